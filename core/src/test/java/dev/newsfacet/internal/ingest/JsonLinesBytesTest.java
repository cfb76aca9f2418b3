package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines read from the file's bytes give exactly what the decoded text gives: the same articles
 * (ids by line number included) and the same record errors, over seeded random files mixing good
 * records, blank lines of every kind, CRLF endings, byte-order marks, broken JSON, records the
 * metadata reader refuses, and bytes that are not UTF-8 (which leave the file to the text path).
 */
class JsonLinesBytesTest {
  @TempDir Path dir;

  static final List<String> GOOD =
      List.of(
          "{\"text\":\"Talks resumed in Geneva.\"}",
          "{\"id\":\"a1\",\"title\":\"Truce\",\"text\":\"Caf\u00e9 \u201cquotes\u201d \u2013 dash.\"}",
          "{\"text\":\"Escapes \\\"q\\\" \\u00e9 \\n line\",\"date\":\"2016-04-05\"}",
          "{\"body\":\"Emoji \uD83D\uDE00 and Stepanakert/Khankendi\",\"party\":[\"Armenia\",\"Azerbaijan\"]}",
          "  {\"text\":\"Spaced object\",\"source\":\"Wire\"}  ",
          "{\"text\":\"Year only\",\"year\":2022}",
          "{\"text\":\"CR ending\"}\r",
          "{\"text\":\"\\u2028 separators \u2029 inside\"}");

  static final List<String> BLANK = List.of("", "   ", "\t", "\r", "\u001C ", "\u2003");

  static final List<String> BAD =
      List.of(
          "{\"text\":\"unterminated\"",
          "[{\"text\":\"in an array\"}]",
          "{\"text\":\"x\"} trailing",
          "{\"text\":\"bad date\",\"date\":\"2016-13-45\"}",
          "{\"id\":\"   \",\"text\":\"blank id\"}",
          "\uFEFF{\"text\":\"a mark mid-file\"}",
          "not json at all");

  /** A random JSON Lines file of the lines above, now and then with bytes that are not UTF-8. */
  static byte[] randomFile(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(8) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int lines = 1 + random.nextInt(12);
    for (int i = 0; i < lines; i++) {
      int kind = random.nextInt(20);
      String line;
      if (kind < 13) {
        line = GOOD.get(random.nextInt(GOOD.size()));
      } else if (kind < 16) {
        line = BLANK.get(random.nextInt(BLANK.size()));
      } else {
        line = BAD.get(random.nextInt(BAD.size()));
      }
      Charset cs =
          random.nextInt(25) == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
      out.writeBytes(line.getBytes(cs));
      if (random.nextInt(30) == 0) {
        out.write(0xC0); // never valid in UTF-8
      }
      if (i < lines - 1 || random.nextBoolean()) {
        out.writeBytes(
            random.nextInt(4) == 0
                ? "\r\n".getBytes(StandardCharsets.US_ASCII)
                : new byte[] {'\n'});
      }
    }
    return out.toByteArray();
  }

  @Test
  void bytesGiveWhatTheDecodedTextGives() throws IOException {
    Random random = new Random(20261122L);
    int fromBytes = 0;
    int fromText = 0;
    for (int k = 0; k < 3_000; k++) {
      byte[] bytes = randomFile(random);
      String id = "f" + k + ".jsonl";
      List<ArticleFiles.RecordError> errors = new ArrayList<>();
      List<Article> expected;
      String failure = null;
      try {
        expected = ArticleFiles.jsonLines(TextDecoder.decode(bytes), id, errors);
      } catch (RuntimeException e) {
        expected = null;
        failure = e.getClass().getName();
      }
      List<Article> direct = ArticleFiles.jsonLinesUtf8(bytes, id);
      if (direct != null) {
        fromBytes++;
        assertThat(direct).as("file %d", k).isEqualTo(expected);
        assertThat(errors).as("file %d", k).isEmpty();
      } else {
        fromText++;
      }
      // The whole read, whichever path it takes, gives the text path's articles and errors.
      Path p = dir.resolve(id);
      Files.write(p, bytes);
      if (failure == null && !TextDecoder.decode(bytes).isBlank()) {
        ArticleFiles.FileRead read = ArticleFiles.read(p, id, 1_000_000);
        assertThat(read.articles()).as("file %d", k).isEqualTo(expected);
        assertThat(read.recordErrors()).as("file %d", k).isEqualTo(errors);
      }
    }
    // Both paths are taken often, or the comparison above would prove little.
    assertThat(fromBytes).isGreaterThan(300);
    assertThat(fromText).isGreaterThan(300);
  }
}
