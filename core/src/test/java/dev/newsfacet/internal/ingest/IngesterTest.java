package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  private static final IndexOptions OPTIONS =
      IndexOptions.builder().extractEntities(false).threads(3).build();

  @TempDir Path dir;

  private final List<NewsIndex> opened = new ArrayList<>();

  @AfterEach
  void closeIndexes() throws IOException {
    for (NewsIndex i : opened) {
      i.close();
    }
  }

  private NewsIndex index(IndexOptions options) {
    NewsIndex i = NewsIndex.inMemory(options);
    opened.add(i);
    return i;
  }

  private Path write(String rel, String content) throws IOException {
    return IngestTesting.write(dir, rel, content);
  }

  private static List<String> ids(NewsIndex index) throws IOException {
    return IngestTesting.ids(index);
  }

  private static long total(NewsIndex index) throws IOException {
    return index.search(SearchRequest.builder().build()).total();
  }

  private static void assertAddsUp(IngestReport r) {
    assertThat(r.added() + r.updated() + r.unchanged() + r.skipped() + r.failed())
        .isEqualTo(r.files());
  }

  /** A small corpus: 4 readable files (5 articles), 2 files skipped, and files to pass over. */
  private void corpus() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke over the wall.\n");
    write("sub/b.md", "---\ntitle: Port strike ends\n---\nDockers returned to work.\n");
    write("sub/deep/c.jsonl", "{\"text\": \"First record.\"}\n{\"text\": \"Second record.\"}\n");
    write("d.html", "<html><body><article><p>The ferry left at dawn.</p></article></body></html>");
    write("e.pdf", "%PDF-1.4 not really");
    write("empty.txt", "");
  }

  @Test
  void everyFileIsCountedOnceAndIdsAreRelativePaths() throws IOException {
    corpus();
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertAddsUp(r);
    assertThat(r.files()).isEqualTo(6);
    assertThat(r.added()).isEqualTo(4);
    assertThat(r.updated()).isZero();
    assertThat(r.skipped()).isEqualTo(2);
    assertThat(r.failed()).isZero();
    assertThat(r.articles()).isEqualTo(5);
    assertThat(r.problems())
        .containsExactly(
            new FileProblem(
                dir.resolve("e.pdf").toString(),
                FileOutcome.SKIPPED,
                "not an article format (.pdf)"),
            new FileProblem(
                dir.resolve("empty.txt").toString(), FileOutcome.SKIPPED, "empty file"));
    assertThat(ids(index))
        .containsExactly("a.txt", "d.html", "sub/b.md", "sub/deep/c.jsonl#1", "sub/deep/c.jsonl#2");
    assertThat(index.get("sub/b.md").orElseThrow().title()).isEqualTo("Port strike ends");
  }

  @Test
  void bytesAreTheBytesOfTheFilesRead() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke over the wall.\n");
    write("b.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(r.bytes())
        .isEqualTo(Files.size(dir.resolve("a.txt")) + Files.size(dir.resolve("b.txt")));
  }

  @Test
  void secondIngestPassesOverUnchangedFilesAndKeepsTheArticleCount() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke over the wall.\n");
    write("sub/b.md", "---\ntitle: Port strike ends\n---\nDockers returned to work.\n");
    write("sub/c.jsonl", "{\"text\": \"First record.\"}\n{\"text\": \"Second record.\"}\n");
    NewsIndex index = index(OPTIONS);

    IngestReport first = index.ingest(List.of(dir), IngestListener.NONE);
    long before = total(index);
    IngestReport second = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(first.added()).isEqualTo(3);
    assertThat(before).isEqualTo(4);
    assertAddsUp(second);
    assertThat(second.files()).isEqualTo(3);
    assertThat(second.unchanged()).isEqualTo(3);
    assertThat(second.articles()).isZero();
    assertThat(total(index)).isEqualTo(4);

    // A changed file is read again.
    write("a.txt", "Storm closes the coastal road\n\nWaves broke over the sea wall.\n");
    IngestReport third = index.ingest(List.of(dir), IngestListener.NONE);
    assertThat(third.updated()).isEqualTo(1);
    assertThat(third.unchanged()).isEqualTo(2);
    assertThat(total(index)).isEqualTo(4);
  }

  @Test
  void secondIngestWithoutSkippingReportsEveryFileAsUpdated() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke over the wall.\n");
    write("sub/c.jsonl", "{\"text\": \"First record.\"}\n{\"text\": \"Second record.\"}\n");
    NewsIndex index =
        index(IndexOptions.builder().extractEntities(false).skipUnchanged(false).build());

    index.ingest(List.of(dir), IngestListener.NONE);
    IngestReport second = index.ingest(List.of(dir), IngestListener.NONE);

    assertAddsUp(second);
    assertThat(second.updated()).isEqualTo(2);
    assertThat(second.articles()).isEqualTo(3);
    assertThat(total(index)).isEqualTo(3);
  }

  @Test
  void fileGivenDirectlyGetsItsFileNameAsId() throws IOException {
    Path b = write("sub/b.md", "---\ntitle: Port strike ends\n---\nDockers returned to work.\n");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(b), IngestListener.NONE);

    assertThat(r.files()).isEqualTo(1);
    assertThat(r.added()).isEqualTo(1);
    assertThat(ids(index)).containsExactly("b.md");
  }

  @Test
  void subdirectoryGivenAsRootGivesIdsRelativeToIt() throws IOException {
    write("sub/deep/x.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("sub/y.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);

    index.ingest(List.of(dir.resolve("sub")), IngestListener.NONE);

    assertThat(ids(index)).containsExactly("deep/x.txt", "y.txt");
  }

  @Test
  void hiddenFilesAndDirectoriesArePassedOver() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write(".hidden.txt", "Secret draft\n\nNot for the index.\n");
    write(".git/objects/x.txt", "Version control\n\nNot for the index.\n");
    write("sub/.cache/y.json", "{\"text\": \"cached\"}");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(r.files()).isEqualTo(1);
    assertThat(r.problems()).isEmpty();
    assertThat(ids(index)).containsExactly("a.txt");
  }

  @Test
  void ignoreFileLeavesMatchingFilesOut() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("README.md", "# About this corpus\n\nNotes for people.\n");
    write("notes/todo.txt", "Things to do\n\nCheck the dates.\n");
    write("notes/old/2019.txt", "Older notes\n\nMore notes.\n");
    write("sub/README.md", "# Sub readme\n\nKept: the pattern is relative to the root.\n");
    write(Ingester.IGNORE_FILE, "# documentation beside the corpus\n\nREADME.md\nnotes/**\n");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertAddsUp(r);
    assertThat(r.files()).isEqualTo(2);
    assertThat(ids(index)).containsExactly("a.txt", "sub/README.md");
  }

  @Test
  void symbolicLinkIsSkippedWithAReason() throws IOException {
    Path real = write("real/a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, real);
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertAddsUp(r);
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.problems()).hasSize(1);
    FileProblem p = r.problems().get(0);
    assertThat(p.file()).isEqualTo(link.toString());
    assertThat(p.outcome()).isEqualTo(FileOutcome.SKIPPED);
    assertThat(p.reason()).contains("symbolic link");
    assertThat(ids(index)).containsExactly("real/a.txt");
  }

  @Test
  void symbolicLinkToADirectoryIsSkippedToo() throws IOException {
    write("real/a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(r.files()).isEqualTo(2);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("symbolic link"));
    assertThat(ids(index)).containsExactly("real/a.txt");
  }

  @Test
  void symbolicLinksAreFollowedWhenTheOptionsSaySo() throws IOException {
    Path real = write("corpus/real/a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Path outside = write("outside/o.txt", "Ferry resumes\n\nThe boat left.\n");
    Files.createSymbolicLink(dir.resolve("corpus/out.txt"), outside);
    Files.createSymbolicLink(dir.resolve("corpus/link.txt"), real);
    Files.createSymbolicLink(dir.resolve("corpus/linked"), dir.resolve("corpus/real"));
    NewsIndex index =
        index(IndexOptions.builder().extractEntities(false).followSymlinks(true).build());

    IngestReport r = index.ingest(List.of(dir.resolve("corpus")), IngestListener.NONE);

    assertAddsUp(r);
    assertThat(r.files()).isEqualTo(4);
    assertThat(r.added()).isEqualTo(2);
    // Two links to a file the walk also finds directly: the file is read once, under its own path.
    String sameAs = "the same file as " + real;
    assertThat(r.problems())
        .containsExactly(
            new FileProblem(dir.resolve("corpus/link.txt").toString(), FileOutcome.SKIPPED, sameAs),
            new FileProblem(
                dir.resolve("corpus/linked/a.txt").toString(), FileOutcome.SKIPPED, sameAs));
    assertThat(ids(index)).containsExactly("out.txt", "real/a.txt");
  }

  @Test
  void symbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
    write("real/a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Files.createSymbolicLink(dir.resolve("real/loop"), dir);
    NewsIndex index =
        index(IndexOptions.builder().extractEntities(false).followSymlinks(true).build());

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertAddsUp(r);
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.problems())
        .containsExactly(
            new FileProblem(
                dir.resolve("real/loop").toString(), FileOutcome.FAILED, "symbolic link loop"));
  }

  @Test
  void nonexistentPathIsReportedAsFailed() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Path missing = dir.resolve("missing");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(missing, dir.resolve("a.txt")), IngestListener.NONE);

    assertAddsUp(r);
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.problems())
        .containsExactly(
            new FileProblem(missing.toString(), FileOutcome.FAILED, "no such file or directory"));
  }

  @Test
  void malformedFilesFailWithAReasonAndDoNotStopTheRun() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("bad.json", "{\"text\": ");
    write("badfront.md", "---\n- not\n- a mapping\n---\nText.\n");
    write("allbad.jsonl", "not json\n");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertAddsUp(r);
    assertThat(r.files()).isEqualTo(4);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(3);
    assertThat(r.problems())
        .extracting(FileProblem::file)
        .containsExactly(
            dir.resolve("allbad.jsonl") + "#1",
            dir.resolve("bad.json").toString(),
            dir.resolve("badfront.md").toString());
    assertThat(r.problems()).extracting(FileProblem::outcome).containsOnly(FileOutcome.FAILED);
    assertThat(r.problems().get(0).reason()).startsWith("invalid JSON: ");
    assertThat(r.problems().get(1).reason()).startsWith("invalid JSON: ");
    assertThat(r.problems().get(2).reason())
        .isEqualTo("front matter must be a YAML mapping of keys to values");
    assertThat(ids(index)).containsExactly("a.txt");
  }

  @Test
  void fileOverTheSizeLimitIsSkipped() throws IOException {
    write("small.txt", "Short headline\n\nTiny.\n");
    write("big.txt", "Long headline here\n\n" + "word ".repeat(100) + "\n");
    NewsIndex index = index(IndexOptions.builder().extractEntities(false).maxFileBytes(64).build());

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(r.added()).isEqualTo(1);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.file()).isEqualTo(dir.resolve("big.txt").toString());
          assertThat(p.reason()).startsWith("larger than the limit of 64 bytes");
        });
  }

  @Test
  void listenerHearsTheTotalAndEveryFileOnce() throws IOException {
    corpus();
    Path real = dir.resolve("a.txt");
    Files.createSymbolicLink(dir.resolve("link.txt"), real);
    Path missing = dir.resolve("missing.txt");
    List<Integer> started = new ArrayList<>();
    List<String> done = new ArrayList<>();
    List<FileOutcome> outcomes = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void started(int files) {
            started.add(files);
          }

          @Override
          public void fileDone(String file, FileOutcome outcome) {
            done.add(file);
            outcomes.add(outcome);
          }
        };
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir, missing), listener);

    assertThat(r.files()).isEqualTo(8);
    assertThat(started).containsExactly(8);
    assertThat(done)
        .containsExactlyInAnyOrder(
            dir.resolve("a.txt").toString(),
            dir.resolve("sub/b.md").toString(),
            dir.resolve("sub/deep/c.jsonl").toString(),
            dir.resolve("d.html").toString(),
            dir.resolve("e.pdf").toString(),
            dir.resolve("empty.txt").toString(),
            dir.resolve("link.txt").toString(),
            missing.toString());
    assertThat(outcomes).filteredOn(o -> o == FileOutcome.ADDED).hasSize(r.added());
    assertThat(outcomes).filteredOn(o -> o == FileOutcome.SKIPPED).hasSize(r.skipped());
    assertThat(outcomes).filteredOn(o -> o == FileOutcome.FAILED).hasSize(r.failed());
    assertThat(r.skipped()).isEqualTo(3);
    assertThat(r.failed()).isEqualTo(1);
  }

  @Test
  void aFileWithABrokenRecordIsUnchangedOnTheNextRunUntilItChanges() throws IOException {
    // Mended, it also loses its third record: the article of that record goes with it.
    Path file =
        write(
            "feed.jsonl",
            "{\"text\": \"First record.\"}\n{\"text\": \n{\"text\": \"Third record.\"}\n");
    NewsIndex index = index(OPTIONS);

    IngestReport first = index.ingest(List.of(dir), IngestListener.NONE);
    IngestReport again = index.ingest(List.of(dir), IngestListener.NONE);
    Files.writeString(file, "{\"text\": \"First record.\"}\n{\"text\": \"Second, mended.\"}\n");
    IngestReport mended = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(first.added()).isEqualTo(1);
    assertThat(first.failedRecords()).isEqualTo(1);
    assertThat(first.problems()).extracting(FileProblem::file).containsExactly(file + "#2");
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.problems()).isEmpty();
    assertThat(mended.updated()).isEqualTo(1);
    assertThat(mended.failedRecords()).isZero();
    assertThat(ids(index)).containsExactly("feed.jsonl#1", "feed.jsonl#2");
    assertThat(index.get("feed.jsonl#2").orElseThrow().body()).isEqualTo("Second, mended.");
  }

  @Test
  void aFileReadAgainLeavesNoArticleOfItsOldVersionBehind() throws IOException {
    Path file =
        write(
            "feed.jsonl",
            "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n");
    write("other.jsonl", "{\"id\": \"c\", \"text\": \"Three.\"}\n");
    NewsIndex index = index(OPTIONS);
    index.ingest(List.of(dir), IngestListener.NONE);
    Files.writeString(file, "{\"id\": \"b\", \"text\": \"Two, again.\"}\n");

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(r.updated()).isEqualTo(1);
    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(ids(index)).containsExactly("b", "c");
  }

  @Test
  void recordProblemsAreInLineOrder() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      lines.append(i == 9 || i == 11 ? "{broken\n" : "{\"text\": \"Record " + i + ".\"}\n");
    }
    Path file = write("feed.jsonl", lines.toString());
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(r.problems())
        .extracting(FileProblem::file)
        .containsExactly(file + "#9", file + "#11");
  }

  @Test
  void luceneIndexDirectoriesArePassedOver() throws IOException {
    write("a.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("index/segments_1", "not text");
    write("index/notes.txt", "Inside an index\n\nShould be passed over.\n");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir), IngestListener.NONE);

    assertThat(r.files()).isEqualTo(1);
    assertThat(ids(index)).containsExactly("a.txt");
  }
}
