package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsfacet.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Fuzz targets of the article readers (item 6 of issue 6): JSON, JSON Lines, Markdown front matter,
 * HTML, plain text and the date parsers. A reader either returns articles or fails with an {@link
 * IOException} with a one-line reason; the date parsers return a date, null, or (ISO metadata
 * dates) an {@link IllegalArgumentException}. Nothing else may escape.
 *
 * <p>Without {@code JAZZER_FUZZ=1} the saved inputs in {@code
 * src/test/resources/dev/newsfacet/internal/ingest/ReadersFuzzTestInputs/METHOD/} replay as
 * ordinary tests.
 */
class ReadersFuzzTest {
  private static final long MAX_BYTES = 1024 * 1024;
  private static Path dir;

  private static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("newsfacet-fuzz");
        dir.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  private static void read(byte[] data, String ext) throws IOException {
    Path file = dir().resolve("input." + ext);
    Files.write(file, data);
    try {
      ArticleFiles.FileRead read = ArticleFiles.read(file, "input." + ext, MAX_BYTES);
      for (Article a : read.articles()) {
        assertThat(a.id()).isNotBlank();
        assertThat(a.body()).isNotNull();
      }
      for (ArticleFiles.RecordError e : read.recordErrors()) {
        assertThat(e.reason()).as("record reason").isNotBlank().doesNotContain("\n");
      }
    } catch (IOException e) {
      assertThat(e.getMessage()).as("a reason").isNotBlank();
      assertThat(e.getMessage()).as("one line").doesNotContain("\n");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void json(byte[] data) throws IOException {
    read(data, "json");
  }

  @FuzzTest(maxDuration = "5m")
  void jsonLines(byte[] data) throws IOException {
    read(data, "jsonl");
  }

  @FuzzTest(maxDuration = "5m")
  void markdown(byte[] data) throws IOException {
    read(data, "md");
  }

  @FuzzTest(maxDuration = "5m")
  void html(byte[] data) throws IOException {
    read(data, "html");
  }

  @FuzzTest(maxDuration = "5m")
  void plainText(byte[] data) throws IOException {
    read(data, "txt");
  }

  @FuzzTest(maxDuration = "5m")
  void dates(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    PublishedDate line = PublishedDate.parseLine(s);
    if (line != null) {
      assertThat(line.year()).isBetween(-999_999_999, 999_999_999);
    }
    PublishedDate path = PublishedDate.inPath(s);
    if (path != null) {
      assertThat(path.year()).isBetween(1900, 2099);
    }
    try {
      LocalDate d = Metadata.parseDate(s);
      assertThat(d).isNotNull();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
