package dev.newsfacet.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.InvalidQueryException;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bugs in main code found by the reliability tests of issue 6. Each test states the right
 * behaviour; it fails until the main code is fixed.
 */
class ReliabilityIssuesTest {
  private static InvalidQueryException invalid(String query) throws IOException {
    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build())) {
      Throwable t = catchThrowable(() -> index.search(SearchRequest.query(query).build()));
      assertThat(t)
          .as("query %s", query.length() > 60 ? query.substring(0, 60) + "..." : query)
          .isInstanceOf(InvalidQueryException.class);
      return (InvalidQueryException) t;
    }
  }

  /**
   * 10,000 nested parentheses overflow the stack of Lucene's recursive-descent QueryParser; the
   * StackOverflowError escapes NewsQueryParser.parse (it catches ParseException, TokenMgrError and
   * runtime exceptions, not errors), so a search throws an Error instead of an
   * InvalidQueryException, and the CLI dies with a stack trace.
   */
  @Test
  void deeplyNestedParenthesesAreAnInvalidQuery() throws IOException {
    InvalidQueryException e = invalid("(".repeat(10_000) + "ceasefire" + ")".repeat(10_000));
    assertThat(e.getMessage()).doesNotContain("\n");
    invalid("(".repeat(10_000) + "ceasefire");
  }

  /**
   * The position of an unexpected token is one too small: NewsQueryParser takes {@code
   * Token.beginColumn - 1}, but Lucene's FastCharStream counts columns from 0. A token at the start
   * of the query gets position -1 (no position at all), one in the middle points at the character
   * before it.
   */
  @Test
  void anUnexpectedTokenIsReportedWhereItIs() throws IOException {
    assertThat(invalid("ceasefire) AND talks").position()).isEqualTo(9);
    assertThat(invalid("AND OR NOT").position()).isZero();
    assertThat(invalid(":").position()).isZero();
    assertThat(invalid("ceasefire AND AND talks").position()).isEqualTo(14);
  }

  /**
   * An article id longer than Lucene's 32,766-byte term limit (a 40,000-character {@code id} in a
   * JSON file, in front matter or on one JSON Lines record) makes {@code
   * IndexWriter.updateDocument} throw IllegalArgumentException ("immense term in field=id").
   * Ingester.process calls {@code sink.write} outside its try/catch, so the exception ends the
   * whole ingest ("indexing failed: ...") instead of failing that one file or record with a reason;
   * the files after it are never indexed.
   */
  @Test
  void anIdOverTheTermLimitFailsOnlyItsFile(@TempDir Path tmp) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    String longId = "w".repeat(40_000);
    Files.writeString(corpus.resolve("a-good.json"), "{\"id\": \"good-a\", \"text\": \"fine\"}");
    Files.writeString(
        corpus.resolve("b-long.json"), "{\"id\": \"" + longId + "\", \"text\": \"x\"}");
    Files.writeString(corpus.resolve("c-long.md"), "---\nid: " + longId + "m\n---\nbody\n");
    Files.writeString(
        corpus.resolve("d-records.jsonl"),
        "{\"id\": \"beside-1\", \"text\": \"before\"}\n{\"id\": \""
            + longId
            + "j\", \"text\": \"long\"}\n{\"id\": \"beside-2\", \"text\": \"after\"}\n");
    Files.writeString(corpus.resolve("e-good.json"), "{\"id\": \"good-e\", \"text\": \"fine\"}");
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index"))) {
      IngestReport report = index.ingest(List.of(corpus), IngestListener.NONE);
      assertThat(report.files()).isEqualTo(5);
      assertThat(report.problems())
          .extracting(FileProblem::file)
          .anyMatch(f -> f.endsWith("b-long.json"))
          .anyMatch(f -> f.endsWith("c-long.md"))
          .anyMatch(f -> f.contains("d-records.jsonl"));
      for (String id : List.of("good-a", "good-e", "beside-1", "beside-2")) {
        assertThat(index.get(id)).as(id).isPresent();
      }
    }
  }

  /**
   * The reason of a failed JSON Lines record is not one line when the record's date holds a newline
   * ({@code {"date": "2020-01-01\nINJECTED LINE"}}): ArticleFiles.jsonLines stores {@code
   * IllegalArgumentException.getMessage()} as it is (Metadata.parseDate quotes the value), while
   * whole files go through firstLine. The CLI summary then prints an injected line.
   */
  @Test
  @SuppressWarnings("StringConcatToTextBlock") // the escaped \\n is the point of the record
  void aRecordReasonIsOneLine(@TempDir Path tmp) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("wire.jsonl"),
        "{\"id\": \"ok\", \"text\": \"fine\"}\n"
            + "{\"date\": \"2020-01-01\\nINJECTED LINE\", \"text\": \"x\"}\n");
    try (NewsIndex index = NewsIndex.open(tmp.resolve("index"))) {
      IngestReport report = index.ingest(List.of(corpus), IngestListener.NONE);
      assertThat(report.problems()).hasSize(1);
      assertThat(report.problems().get(0).reason()).doesNotContain("\n");
    }
  }

  /**
   * A plain-text article with an impossible ISO date line near the top ("2023-02-30", "1999-13-01")
   * is lost: PublishedDate.parseLine, documented to return null for a line that is not a date line,
   * calls LocalDate.parse outside its try when the line matches \d{4}-\d{2}-\d{2}, and the
   * DateTimeParseException fails the whole file ("Text '2023-02-30' could not be parsed"). Found by
   * the {@code dates} fuzz target (ReadersFuzzTestInputs/dates/crash-*: 2023-02-30, 2023-02-29,
   * 1999-13-01, "2016-04-85 10:00"). Expected: the line is not a date, the article is read undated
   * (or dated from elsewhere).
   */
  @Test
  void anImpossibleDateLineDoesNotLoseTheArticle(@TempDir Path tmp) throws IOException {
    ArticleReader reader =
        ArticleReader.create(IndexOptions.builder().extractEntities(false).build());
    for (String line : List.of("2023-02-30", "1999-13-01")) {
      Path file = tmp.resolve("note-" + line + ".txt");
      Files.writeString(
          file, "Truce holds on the border\n" + line + "\n\nThe ceasefire held overnight.\n");
      List<Article> articles = reader.read(file);
      assertThat(articles).as(line).hasSize(1);
      assertThat(articles.get(0).body()).contains("ceasefire held");
    }
  }

  /**
   * The message of an InvalidQueryException is not always one line: for an unexpected token,
   * NewsQueryParser builds "unexpected '" + token.image + "'", and a token's image can hold a
   * newline (a backslash-escaped newline in a term, found by HostileQueryTest's random queries: the
   * query "{^3truce", a space, a backslash, a newline and "!" gives "unexpected '\n!' at position
   * 9"). The CLI then prints a broken error line. Expected: one line (escape or drop control
   * characters in the image).
   */
  @Test
  void anUnexpectedTokenMessageIsOneLine() throws IOException {
    for (String query : List.of("{^3truce \\\n!", "/.*/{) \nOR-: AND", "ceasefire) \\\nx")) {
      InvalidQueryException e = invalid(query);
      assertThat(e.getMessage()).as(query).doesNotContain("\n").doesNotContain("\r");
    }
  }

  /**
   * SearchTimeoutException quotes the query as given ("the search for '" + query + "' took longer
   * than ..."), so a query holding a newline gives a message of several lines, and a 100 KB query a
   * 100 KB message. Expected: one line (control characters escaped or dropped, a long query cut).
   */
  @Test
  void aTimeoutMessageIsOneLine() throws IOException {
    IndexOptions options =
        IndexOptions.builder()
            .extractEntities(false)
            .searchTimeout(java.time.Duration.ofNanos(1))
            .build();
    try (NewsIndex index = NewsIndex.inMemory(options)) {
      for (int i = 0; i < 2000; i++) {
        index.add(dev.newsfacet.Article.builder("t" + i).body("word" + i + " other" + i).build());
      }
      index.commit();
      Throwable t = catchThrowable(() -> index.search(SearchRequest.query("w*\nOR\no*").build()));
      assertThat(t).isInstanceOf(dev.newsfacet.SearchTimeoutException.class);
      assertThat(t.getMessage()).doesNotContain("\n");
    }
  }

  /**
   * A bad date in a {@code date:} range is quoted as it was typed ("invalid query: date '...' is
   * not YYYY, YYYY-MM or YYYY-MM-DD"), and inside a range a term can hold a carriage return or a
   * newline, so the message spans lines. Found by the query fuzz target
   * (QueryFuzzTestInputs/queryParser/crash-92dfda46...: {@code date:[202[-0279\r TO 2020-11-10]}).
   */
  @Test
  void aBadDateMessageIsOneLine() throws IOException {
    for (String query : List.of("date:[202[-0279\r TO 2020-11-10]", "date:[2020\n01 TO 2021]")) {
      InvalidQueryException e = invalid(query);
      assertThat(e.getMessage()).as(query).doesNotContain("\n").doesNotContain("\r");
    }
  }
}
