package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edge cases of real input: quoted headlines, acronyms, inline "Read more", links, odd dates. */
class IngestEdgeCasesTest {
  @TempDir Path dir;

  private Path write(String rel, String content) throws IOException {
    return IngestTesting.write(dir, rel, content);
  }

  // PlainText.looksLikeHeadline only checks endsWith("."), so a full stop inside a closing quote
  // (.\u201D) makes a short body sentence the title.
  @Test
  void plainTextSentenceEndingWithAQuotedFullStopIsNotAHeadline() {
    PlainText.Parsed p =
        PlainText.parse(
            "The general said his troops would \u201Chold the line until spring.\u201D\n\n"
                + "Fighting continued along the river.\n");

    assertThat(p.title()).isNull();
  }

  // PlainText.CREDIT_AT_END is applied to every line, and its first alternative takes any
  // parenthesis holding an agency word ("(EPA)") as a photo credit.
  @Test
  void plainTextKeepsAnAcronymInParenthesesAtTheEndOfABodyLine() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Chemical spill closes the river port

            The cleanup was ordered by the Environmental Protection Agency (EPA)
            and will take a month.
            """);

    assertThat(p.body())
        .isEqualTo(
            "The cleanup was ordered by the Environmental Protection Agency (EPA)\n"
                + "and will take a month.");
  }

  // PlainText.TRAILER must match the whole line ("read more\\s*:?$"), so "Read more: <headline>"
  // does not end the body.
  @Test
  void plainTextDropsReadMoreWithHeadlinesOnTheSameLine() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Ferry service resumes across the strait

            The first boat in a week left the harbour at dawn.

            Read more: Orchestra tours the northern provinces
            Tax office extends the filing deadline
            """);

    assertThat(p.body()).isEqualTo("The first boat in a week left the harbour at dawn.");
  }

  // PlainText.BOILERPLATE has no alternative for the common "We use cookies ..." prompt.
  @Test
  void plainTextDropsAWeUseCookiesPrompt() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            We use cookies to give you the best experience on our website.
            Dam repairs finish ahead of the spring floods

            Engineers closed the last breach in the wall on Thursday.
            """);

    assertThat(p.title()).isEqualTo("Dam repairs finish ahead of the spring floods");
    assertThat(p.body()).isEqualTo("Engineers closed the last breach in the wall on Thursday.");
  }

  // HtmlArticle.parse removes every <header> (with its <h1> and <time>) before it looks for them.
  @Test
  void htmlHeadlineAndTimeInsideTheArticleHeaderAreUsed() {
    Article a =
        HtmlArticle.parse(
                """
                <html><head><title>Drone strikes | Example Daily</title></head>
                <body><article>
                  <header>
                    <h1>Drones strike a fuel depot</h1>
                    <time datetime="2020-10-10T09:30:00+04:00">10 October</time>
                  </header>
                  <p>Fires burned overnight.</p>
                </article></body></html>
                """,
                "page.html")
            .build();

    assertThat(a.title()).isEqualTo("Drones strike a fuel depot");
    assertThat(a.date()).isEqualTo(LocalDate.of(2020, 10, 10));
  }

  // Metadata.toBuilder passes mentioned_year values to parseYear, whose message says "year".
  @Test
  void metadataErrorForMentionedYearNamesTheField() {
    Throwable t =
        catchThrowable(
            () -> Metadata.toBuilder(Map.of("mentioned_year", List.of("MMXX")), "x", ""));

    assertThat(t).isInstanceOf(IllegalArgumentException.class);
    assertThat(t.getMessage()).contains("mentioned_year").contains("MMXX");
  }

  // ArticleFiles.read documents IOException for unparseable files, but FrontMatter.split's
  // IllegalArgumentException escapes unwrapped.
  @Test
  void articleFilesReportsFrontMatterThatIsNotAMappingAsIoException() throws IOException {
    Path p = write("list.md", "---\n- one\n- two\n---\nBody.\n");

    Throwable t = catchThrowable(() -> ArticleFiles.read(p, "list.md", 1_000_000));

    assertThat(t).isInstanceOf(IOException.class).hasMessageContaining("YAML mapping");
  }

  // snakeyaml-engine's ParserException (a RuntimeException) escapes ArticleFiles.markdown.
  @Test
  void articleFilesReportsBrokenYamlAsIoException() throws IOException {
    Path p = write("broken.md", "---\ntitle: [unclosed\n---\nBody.\n");

    Throwable t = catchThrowable(() -> ArticleFiles.read(p, "broken.md", 1_000_000));

    assertThat(t).isInstanceOf(IOException.class);
  }

  // ArticleFiles.json wraps Metadata errors only for array elements; for a root object the
  // IllegalArgumentException escapes ArticleFiles.read and ArticleReader.read.
  @Test
  void articleReaderReportsABadDateInAJsonObjectAsIoException() throws IOException {
    Path p = write("bad-date.json", "{\"text\": \"Body.\", \"date\": \"yesterday\"}");

    ArticleReader reader =
        ArticleReader.create(IndexOptions.builder().extractEntities(false).build());

    Throwable t = catchThrowable(() -> reader.read(p));

    assertThat(t).isInstanceOf(IOException.class).hasMessageContaining("yesterday");
  }

  // FileProblem documents "#LINE" in file for a JSON Lines record; Ingester.process uses the bare
  // path and puts "line N:" in the reason.
  @Test
  void problemOfAJsonLinesRecordNamesTheLine() throws IOException {
    Path p =
        write("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": broken}\n{\"text\": \"Three.\"}\n");

    IngestReport r;
    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build())) {
      r = index.ingest(List.of(dir), IngestListener.NONE);
    }

    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.problems()).extracting(FileProblem::file).containsExactly(p + "#2");
  }

  // A multi-record file with good records is added; its bad records are problems of their own.
  @Test
  void jsonLinesFileWithSomeGoodRecordsCountsAsAddedAndListsTheBadOne() throws IOException {
    write("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": broken}\n{\"text\": \"Three.\"}\n");

    IngestReport r;
    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build())) {
      r = index.ingest(List.of(dir), IngestListener.NONE);
    }

    assertThat(r.failed()).isZero();
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.articles()).isEqualTo(2);
    assertThat(r.problems())
        .extracting(FileProblem::file)
        .containsExactly(dir.resolve("feed.jsonl") + "#2");
  }

  // With FOLLOW_LINKS, walkFileTree hands a dangling link to visitFile with link attributes, and
  // Ingester reports it as "not followed (use --follow-symlinks)" although following is on.
  @Test
  void danglingSymlinkWithFollowOnIsNotReportedAsNotFollowed() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));

    IngestReport r;
    try (NewsIndex index =
        NewsIndex.inMemory(
            IndexOptions.builder().extractEntities(false).followSymlinks(true).build())) {
      r = index.ingest(List.of(dir), IngestListener.NONE);
    }

    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.reason()).doesNotContain("not followed");
          assertThat(p.outcome()).isEqualTo(FileOutcome.FAILED);
        });
  }

  @Test
  void metadataAcceptsAnOffsetWithoutColon() {
    // Metadata.parseDate routes "+0400" to OffsetDateTime.parse on purpose (its regex has ":?"),
    // but ISO_OFFSET_DATE_TIME only accepts "+04:00", so the date is rejected.
    assertThat(Metadata.parseDate("2016-04-05T10:00:00+0400")).isEqualTo(LocalDate.of(2016, 4, 5));
  }

  // Metadata.parseDate turns a Number into LocalDate.of(n, 1, 1), inventing a day-precise date,
  // while the string "2016" is rejected.
  @Test
  void numericDateGivesAYearNotAFabricatedFirstOfJanuary() {
    Article a = Metadata.toBuilder(Map.of("date", 2016), "x", "").build();

    assertThat(a.date()).isNull();
    assertThat(a.year()).isEqualTo(2016);
  }

  // Ingester.walk: Files.isDirectory(root) follows the link, but walkFileTree without FOLLOW_LINKS
  // then visits the root itself as a link and skips it; a linked file given directly is read.
  @Test
  void symlinkedDirectoryGivenExplicitlyIsWalked() throws IOException {
    write("real/a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Path link = dir.resolve("linked");
    Files.createSymbolicLink(link, dir.resolve("real"));

    IngestReport r;
    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build())) {
      r = index.ingest(List.of(link), IngestListener.NONE);
    }

    assertThat(r.added()).isEqualTo(1);
    assertThat(r.skipped()).isZero();
  }
}
