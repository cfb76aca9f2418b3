package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.newsfacet.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
  private static final long LIMIT = 1_000_000;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeGzip(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  private static ArticleFiles.FileRead read(Path p) throws IOException {
    return ArticleFiles.read(p, p.getFileName().toString(), LIMIT);
  }

  private static List<String> ids(ArticleFiles.FileRead r) {
    return r.articles().stream().map(Article::id).toList();
  }

  @Test
  void plainTextFile() throws IOException {
    Path p =
        write(
            "a.txt",
            "Storm closes the coastal road\n/ Source: Example Wire\n\nWaves broke over the wall.\n");

    ArticleFiles.FileRead r = read(p);

    assertThat(r.recordErrors()).isEmpty();
    assertThat(r.bytes()).isEqualTo(Files.size(p));
    assertThat(r.articles()).hasSize(1);
    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("a.txt");
    assertThat(a.title()).isEqualTo("Storm closes the coastal road");
    assertThat(a.source()).isEqualTo("Example Wire");
    assertThat(a.body()).isEqualTo("Waves broke over the wall.");
  }

  @Test
  void textExtensionIsPlainTextToo() throws IOException {
    Path p = write("note.text", "Storm closes the coastal road\n\nWaves broke over the wall.\n");

    Article a = ArticleFiles.read(p, "given-id", LIMIT).articles().get(0);

    assertThat(a.id()).isEqualTo("given-id");
    assertThat(a.title()).isEqualTo("Storm closes the coastal road");
  }

  @Test
  void markdownWithFrontMatterIdWins() throws IOException {
    Path p =
        write(
            "b.md",
            """
            ---
            id: harbour-2019
            title: Port strike ends
            date: 2019-02-01
            place: [Gdynia]
            ---
            Dockers returned to work on Friday.
            """);

    Article a = read(p).articles().get(0);

    assertThat(a.id()).isEqualTo("harbour-2019");
    assertThat(a.title()).isEqualTo("Port strike ends");
    assertThat(a.date()).isEqualTo(LocalDate.of(2019, 2, 1));
    assertThat(a.places()).containsExactly("Gdynia");
    assertThat(a.body()).isEqualTo("Dockers returned to work on Friday.\n");
  }

  @Test
  void markdownHeadingIsTheTitleWithoutFrontMatterTitle() throws IOException {
    Path p =
        write(
            "c.markdown",
            "---\nsource: Harbour Times\n---\n\n# Cranes idle at the port\n\nNo ship has left since Monday.\n");

    ArticleFiles.FileRead r = read(p);

    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("c.markdown");
    assertThat(a.title()).isEqualTo("Cranes idle at the port");
    assertThat(a.source()).isEqualTo("Harbour Times");
    assertThat(a.body()).isEqualTo("No ship has left since Monday.");
  }

  @Test
  void markdownWithoutFrontMatter() throws IOException {
    Path p = write("d.md", "Only a paragraph of text.\n");

    Article a = read(p).articles().get(0);

    assertThat(a.id()).isEqualTo("d.md");
    assertThat(a.title()).isNull();
    assertThat(a.body()).isEqualTo("Only a paragraph of text.\n");
  }

  @Test
  void jsonObject() throws IOException {
    Path p =
        write(
            "e.json",
            """
            {"title": "Rail link reopens", "text": "Trains ran again.", "date": "2021-06-14",
             "party": ["Georgia"], "extra": {"nested": [1, 2, 3]}}
            """);

    Article a = read(p).articles().get(0);

    assertThat(a.id()).isEqualTo("e.json");
    assertThat(a.title()).isEqualTo("Rail link reopens");
    assertThat(a.body()).isEqualTo("Trains ran again.");
    assertThat(a.date()).isEqualTo(LocalDate.of(2021, 6, 14));
    assertThat(a.parties()).containsExactly("Georgia");
  }

  @Test
  void jsonObjectIdWins() throws IOException {
    Path p = write("f.json", "{\"id\": \"rail-7\", \"text\": \"Trains ran again.\"}");

    assertThat(ids(read(p))).containsExactly("rail-7");
  }

  @Test
  void jsonArrayElementsWithoutIdGetNumberedIds() throws IOException {
    Path p =
        write(
            "g.json",
            """
            [
              {"id": "first", "text": "One."},
              {"text": "Two."},
              {"text": "Three."}
            ]
            """);

    ArticleFiles.FileRead r = read(p);

    assertThat(ids(r)).containsExactly("first", "g.json#2", "g.json#3");
    assertThat(r.articles()).extracting(Article::body).containsExactly("One.", "Two.", "Three.");
    assertThat(r.recordErrors()).isEmpty();
  }

  @Test
  void jsonArrayElementThatIsNotAnObjectIsARecordError() throws IOException {
    Path p =
        write("h.json", "[{\"text\": \"One.\"}, 7, {\"text\": \"Three.\", \"date\": \"soon\"}]");

    ArticleFiles.FileRead r = read(p);

    assertThat(ids(r)).containsExactly("h.json#1");
    assertThat(r.recordErrors())
        .containsExactly(
            new ArticleFiles.RecordError(2, "element is not an object"),
            new ArticleFiles.RecordError(
                3, "date 'soon' is not an ISO-8601 date or date-time (e.g. 2016-04-05)"));
  }

  @Test
  void jsonThatIsNeitherObjectNorArrayIsAnError() throws IOException {
    Path p = write("i.json", "\"just a string\"");

    assertThatThrownBy(() -> read(p))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("JSON must be an article object or an array of them");
  }

  @Test
  void jsonLinesIdsAreNumberedByLine() throws IOException {
    Path p =
        write(
            "j.jsonl",
            """
            {"text": "Line one."}

            {"id": "named", "text": "Line three."}
            {"text": "Line four."}
            """);

    ArticleFiles.FileRead r = read(p);

    assertThat(ids(r)).containsExactly("j.jsonl#1", "named", "j.jsonl#4");
    assertThat(r.recordErrors()).isEmpty();
  }

  @Test
  void ndjsonIsJsonLines() throws IOException {
    Path p = write("k.ndjson", "{\"text\": \"A.\"}\r\n{\"text\": \"B.\"}\r\n");

    assertThat(ids(ArticleFiles.read(p, "feed", LIMIT))).containsExactly("feed#1", "feed#2");
  }

  @Test
  void jsonLinesWithOneBrokenLineKeepsTheOthers() throws IOException {
    Path p =
        write(
            "l.jsonl",
            """
            {"text": "Good one."}
            {"text": "Broken
            {"text": "Good three."}
            [1, 2]
            {"text": "Bad year.", "year": "MMXX"}
            """);

    ArticleFiles.FileRead r = read(p);

    assertThat(ids(r)).containsExactly("l.jsonl#1", "l.jsonl#3");
    assertThat(r.recordErrors()).hasSize(3);
    assertThat(r.recordErrors().get(0).number()).isEqualTo(2);
    assertThat(r.recordErrors().get(0).reason()).startsWith("invalid JSON: ");
    assertThat(r.recordErrors().get(1))
        .isEqualTo(new ArticleFiles.RecordError(4, "not a JSON object"));
    assertThat(r.recordErrors().get(2))
        .isEqualTo(new ArticleFiles.RecordError(5, "year 'MMXX' is not a year such as 2016"));
  }

  @Test
  void htmlAndHtm() throws IOException {
    String html =
        "<html><head><meta property=\"og:title\" content=\"Ferry resumes\"></head>"
            + "<body><article><p>The first boat left at dawn.</p></article></body></html>";
    Path a = write("m.html", html);
    Path b = write("n.HTM", html);

    Article first = read(a).articles().get(0);
    Article second = read(b).articles().get(0);

    assertThat(first.id()).isEqualTo("m.html");
    assertThat(first.title()).isEqualTo("Ferry resumes");
    assertThat(first.body()).isEqualTo("The first boat left at dawn.");
    assertThat(second.id()).isEqualTo("n.HTM");
    assertThat(second.title()).isEqualTo("Ferry resumes");
  }

  @Test
  void gzippedPlainText() throws IOException {
    String text = "Storm closes the coastal road\n\nWaves broke over the wall.\n";
    Path p = writeGzip("o.txt.gz", text);

    ArticleFiles.FileRead r = read(p);

    assertThat(r.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("o.txt.gz");
    assertThat(a.title()).isEqualTo("Storm closes the coastal road");
    assertThat(a.body()).isEqualTo("Waves broke over the wall.");
  }

  @Test
  void gzippedJsonLines() throws IOException {
    Path p = writeGzip("p.jsonl.gz", "{\"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n");

    ArticleFiles.FileRead r = read(p);

    assertThat(ids(r)).containsExactly("p.jsonl.gz#1", "b");
  }

  @Test
  void gzipThatDecompressesBeyondTheLimitIsSkipped() throws IOException {
    Path p = writeGzip("q.txt.gz", "word ".repeat(1000));

    assertThatThrownBy(() -> ArticleFiles.read(p, "q", 100))
        .isInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("decompresses to more than the limit of 100 bytes");
  }

  @Test
  void fileThatIsNotGzipFails() throws IOException {
    Path p = write("r.txt.gz", "plain text, not compressed");

    assertThatThrownBy(() -> read(p))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessageStartingWith("not valid gzip: ");
  }

  @Test
  void unsupportedExtensionIsSkipped() throws IOException {
    Path pdf = write("s.pdf", "%PDF-1.4");
    Path none = write("README", "Some notes.");

    assertThatThrownBy(() -> read(pdf))
        .isInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("not an article format (.pdf)");
    assertThatThrownBy(() -> read(none))
        .isInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("not an article format (.?)");
  }

  @Test
  void supportedAndExtension() {
    assertThat(ArticleFiles.supported(Path.of("x/A.TXT"))).isTrue();
    assertThat(ArticleFiles.supported(Path.of("x/a.jsonl.gz"))).isTrue();
    assertThat(ArticleFiles.supported(Path.of("x/a.gz"))).isFalse();
    assertThat(ArticleFiles.supported(Path.of("x/a.docx"))).isFalse();
    assertThat(ArticleFiles.extension(Path.of("Feed.NDJSON.GZ"))).isEqualTo("ndjson");
  }

  @Test
  void emptyAndBlankFilesAreSkipped() throws IOException {
    Path empty = write("t.txt", "");
    Path blank = write("u.md", " \n\t\n");

    assertThatThrownBy(() -> read(empty))
        .isInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("empty file");
    assertThatThrownBy(() -> read(blank))
        .isInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("empty file");
  }

  @Test
  void binaryFileIsSkipped() throws IOException {
    Path p = dir.resolve("v.txt");
    Files.write(p, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});

    assertThatThrownBy(() -> read(p))
        .isInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("binary content, not text");
  }

  @Test
  void fileOverTheLimitIsSkipped() throws IOException {
    Path p = write("w.txt", "0123456789ABCDEF");

    assertThatThrownBy(() -> ArticleFiles.read(p, "w", 10))
        .isInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessage("larger than the limit of 10 bytes (16)");
    assertThat(ArticleFiles.read(p, "w", 16).articles()).hasSize(1);
  }

  @Test
  void utf16FileWithBomIsRead() throws IOException {
    Path p = dir.resolve("x.txt");
    byte[] text = "Border posts reopen\n\nTraffic resumed.\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[text.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(text, 0, all, 2, text.length);
    Files.write(p, all);

    Article a = read(p).articles().get(0);

    assertThat(a.title()).isEqualTo("Border posts reopen");
    assertThat(a.body()).isEqualTo("Traffic resumed.");
  }

  @Test
  void invalidJsonSaysWhere() throws IOException {
    Path p = write("y.json", "{\n  \"title\": \"x\",\n  \"text\": oops\n}\n");

    assertThatThrownBy(() -> read(p))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessageStartingWith("invalid JSON: ")
        .hasMessageEndingWith(" at line 3, column 11");
  }

  @Test
  void jsonNestedDeeperThanTheLimitFailsWithAnIoException() throws IOException {
    int depth = 100_000;
    Path p = write("z.json", "[".repeat(depth) + "]".repeat(depth));

    Throwable t = catchThrowable(() -> read(p));

    assertThat(t)
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(ArticleFiles.SkippedException.class)
        .hasMessageStartingWith("invalid JSON: ")
        .hasMessageContaining("nesting depth");
  }

  @Test
  void jsonOneLevelDeeperThanMaxDepthFails() throws IOException {
    int depth = Json.MAX_DEPTH + 1;
    Path tooDeep =
        write(
            "deep.json",
            "{\"text\": \"x\", \"a\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}");
    Path atLimit =
        write(
            "limit.json",
            "{\"text\": \"x\", \"a\": " + "[".repeat(depth - 2) + "]".repeat(depth - 2) + "}");

    assertThatThrownBy(() -> read(tooDeep))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("invalid JSON: ");
    assertThat(ids(read(atLimit))).containsExactly("limit.json");
  }

  @Test
  void deeplyNestedJsonLineIsARecordErrorNotAStackOverflow() throws IOException {
    Path p =
        write(
            "deep.jsonl",
            "{\"text\": \"fine\"}\n" + "[".repeat(50_000) + "]".repeat(50_000) + "\n");

    ArticleFiles.FileRead r = read(p);

    assertThat(ids(r)).containsExactly("deep.jsonl#1");
    assertThat(r.recordErrors()).hasSize(1);
    assertThat(r.recordErrors().get(0).number()).isEqualTo(2);
    assertThat(r.recordErrors().get(0).reason()).startsWith("invalid JSON: ");
  }
}
