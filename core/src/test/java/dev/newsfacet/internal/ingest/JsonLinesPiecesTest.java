package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfacet.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file read in pieces gives what it gives read whole: the same articles (ids by line
 * number included), record errors and record count, whatever the piece size; the pieces cover the
 * file in whole lines; lines over the limit are reported, not read.
 */
class JsonLinesPiecesTest {
  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private record Read(List<Article> articles, List<ArticleFiles.RecordError> errors) {}

  private static Read readPieces(Path p, JsonLinesPieces pieces, String id) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<ArticleFiles.RecordError> errors = new ArrayList<>();
    pieces.forEachPart(
        p,
        id,
        r -> {
          articles.addAll(r.articles());
          errors.addAll(r.recordErrors());
        });
    return new Read(articles, errors);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void piecesGiveWhatTheWholeFileGives() throws IOException {
    Random random = new Random(20261122L);
    int compared = 0;
    int severalPieces = 0;
    for (int k = 0; k < 1_500; k++) {
      byte[] bytes = JsonLinesBytesTest.randomFile(random);
      int from = TextDecoder.utf8BomLength(bytes);
      String text = TextDecoder.decode(bytes);
      // Bytes that are not UTF-8 are decoded piece by piece (see the test below), and a blank
      // file is skipped whole.
      if (!TextDecoder.validUtf8(bytes, from) || text.isBlank()) {
        continue;
      }
      // Every third file gzipped: its pieces are spans of the decompressed bytes.
      boolean gzipped = k % 3 == 0;
      String id = "f" + k + (gzipped ? ".jsonl.gz" : ".jsonl");
      Path p = file(id, gzipped ? gzip(bytes) : bytes);
      ArticleFiles.FileRead whole = ArticleFiles.read(p, id, 1_000_000);
      int pieceBytes = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
      JsonLinesPieces pieces = JsonLinesPieces.scan(p, pieceBytes, 1_000_000);
      assertThat(pieces).as("file %d", k).isNotNull();
      assertThat(pieces.gzip()).isEqualTo(gzipped);
      Read read = readPieces(p, pieces, id);
      assertThat(read.articles()).as("file %d", k).isEqualTo(whole.articles());
      assertThat(read.errors()).as("file %d", k).isEqualTo(whole.recordErrors());
      assertThat(pieces.records())
          .as("file %d", k)
          .isEqualTo(whole.articles().size() + whole.recordErrors().size());
      assertCovers(pieces, bytes, from, pieceBytes);
      compared++;
      severalPieces += pieces.pieces().size() > 1 ? 1 : 0;
    }
    assertThat(compared).isGreaterThan(800);
    assertThat(severalPieces).isGreaterThan(400);
  }

  /** Contiguous whole lines from after the byte-order mark to the end, each at least the size. */
  private static void assertCovers(JsonLinesPieces pieces, byte[] bytes, int from, int pieceBytes) {
    long at = from;
    List<JsonLinesPieces.Piece> list = pieces.pieces();
    for (int i = 0; i < list.size(); i++) {
      JsonLinesPieces.Piece piece = list.get(i);
      assertThat(piece.start()).isEqualTo(at);
      int newlines = 0;
      for (int b = 0; b < piece.start(); b++) {
        newlines += bytes[b] == '\n' ? 1 : 0;
      }
      assertThat(piece.lineBase()).isEqualTo(newlines);
      if (i < list.size() - 1) {
        assertThat(bytes[(int) piece.end() - 1]).isEqualTo((byte) '\n');
        assertThat(piece.end() - piece.start()).isGreaterThanOrEqualTo(pieceBytes);
      }
      at = piece.end();
    }
    assertThat(at).isEqualTo(bytes.length);
  }

  @Test
  void aPieceThatIsNotUtf8IsDecodedOnItsOwn() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"id\":\"a\",\"text\":\"Caf\u00e9 in Yerevan\"}\n".getBytes(UTF8));
    out.writeBytes(
        "{\"id\":\"b\",\"text\":\"Caf\u00e9 in Baku\"}\n"
            .getBytes(Charset.forName("windows-1252")));
    out.writeBytes("{\"id\":\"c\",\"text\":\"Caf\u00e9 in Tbilisi\"}\n".getBytes(UTF8));
    Path p = file("mixed.jsonl", out.toByteArray());
    JsonLinesPieces pieces = JsonLinesPieces.scan(p, 1, 1_000_000);
    assertThat(pieces.pieces()).hasSize(3);
    Read read = readPieces(p, pieces, "mixed.jsonl");
    // Read whole, the file would be windows-1252 throughout and the UTF-8 lines mangled.
    assertThat(read.articles())
        .extracting(Article::body)
        .containsExactly("Caf\u00e9 in Yerevan", "Caf\u00e9 in Baku", "Caf\u00e9 in Tbilisi");
    assertThat(read.errors()).isEmpty();
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  @Test
  void linesOverTheLimitAreReportedNotRead() throws IOException {
    String longText = "x".repeat(300);
    String content =
        "{\"text\":\"one\"}\n"
            + "\n"
            + "{\"text\":\""
            + longText
            + "\"}\n"
            + "{\"text\":\"four\"}\n"
            + "{\"text\":\""
            + longText
            + "\"}";
    Path p = file("long.jsonl", content.getBytes(UTF8));
    for (int pieceBytes : new int[] {1, 20, 1_000}) {
      JsonLinesPieces pieces = JsonLinesPieces.scan(p, pieceBytes, 100);
      Read read = readPieces(p, pieces, "long.jsonl");
      assertThat(read.articles())
          .extracting(Article::id, Article::body)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("long.jsonl#1", "one"),
              org.assertj.core.groups.Tuple.tuple("long.jsonl#4", "four"));
      assertThat(read.errors())
          .containsExactly(
              new ArticleFiles.RecordError(3, "line longer than the limit of 100 bytes (311)"),
              new ArticleFiles.RecordError(5, "line longer than the limit of 100 bytes (311)"));
      assertThat(pieces.records()).isEqualTo(4);
    }
  }

  @Test
  void aGzippedFileIsScannedAndCutInItsDecompressedBytes() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      sb.append("{\"text\":\"Record ").append(i).append(" of the dump.\"}\n");
    }
    byte[] text = sb.toString().getBytes(UTF8);
    Path p = file("dump.jsonl.gz", gzip(text));
    JsonLinesPieces pieces = JsonLinesPieces.scan(p, 500, 1_000);
    assertThat(pieces.gzip()).isTrue();
    assertCovers(pieces, text, 0, 500);
    Read read = readPieces(p, pieces, "dump.jsonl.gz");
    assertThat(read.articles()).hasSize(200);
    assertThat(read.articles().get(199).id()).isEqualTo("dump.jsonl.gz#200");
    assertThat(pieces.records()).isEqualTo(200);
    // Truncated: the scan says why.
    byte[] gz = gzip(text);
    Path cut = file("cut.jsonl.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
    assertThatThrownBy(() -> JsonLinesPieces.scan(cut, 500, 1_000)).isInstanceOf(IOException.class);
  }

  @Test
  void utf16AndBinaryFilesAreNotCut() throws IOException {
    byte[] utf16 = "\uFEFF{\"text\":\"wide\"}\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(JsonLinesPieces.scan(file("wide.jsonl", utf16), 4, 1_000)).isNull();
    byte[] binary = {'{', 0, 0, '}', '\n', 'x'};
    assertThat(JsonLinesPieces.scan(file("bin.jsonl", binary), 4, 1_000)).isNull();
  }

  @Test
  void onlyLargePlainJsonLinesAreCut() {
    assertThat(JsonLinesPieces.cuttable(Path.of("a.jsonl"), 201, 100)).isTrue();
    assertThat(JsonLinesPieces.cuttable(Path.of("a.NDJSON"), 201, 100)).isTrue();
    assertThat(JsonLinesPieces.cuttable(Path.of("a.jsonl"), 200, 100)).isFalse();
    // Gzipped: half a piece compressed is some two pieces of text.
    assertThat(JsonLinesPieces.cuttable(Path.of("a.jsonl.gz"), 51, 100)).isTrue();
    assertThat(JsonLinesPieces.cuttable(Path.of("a.jsonl.gz"), 50, 100)).isFalse();
    assertThat(JsonLinesPieces.cuttable(Path.of("a.json.gz"), 10_000, 100)).isFalse();
    assertThat(JsonLinesPieces.cuttable(Path.of("a.json"), 10_000, 100)).isFalse();
    assertThatThrownBy(() -> JsonLinesPieces.scan(Path.of("a.jsonl"), 0, 100))
        .hasMessage("pieceBytes must be >= 1, got 0");
  }

  @Test
  void newlineFindsTheFirstNewlineInRange() {
    Random random = new Random(42);
    for (int k = 0; k < 20_000; k++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        int r = random.nextInt(12);
        // Bytes one away from a newline, and bytes with the high bit, catch a sloppy bit trick.
        b[i] = (byte) (r == 0 ? '\n' : r == 1 ? 0x0B : r == 2 ? 0x8A : r == 3 ? 0x09 : 'a' + r);
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      int expected = -1;
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertThat(JsonLinesPieces.newline(b, from, to)).as("case %d", k).isEqualTo(expected);
    }
  }
}
