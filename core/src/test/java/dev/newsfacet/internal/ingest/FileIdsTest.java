package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ids: stable whichever root a file is found through, and never shared by two files. */
class FileIdsTest {
  private static final IndexOptions OPTIONS =
      IndexOptions.builder().extractEntities(false).threads(2).build();

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

  private static String title(NewsIndex index, String id) throws IOException {
    return index.get(id).orElseThrow(() -> new AssertionError("no article " + id)).title();
  }

  @Test
  void aFileFoundThroughAnotherRootKeepsItsIdAndIsUnchanged() throws IOException {
    write("messy/sub/x.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("messy/y.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);
    index.ingest(List.of(dir.resolve("messy")), IngestListener.NONE);

    IngestReport again = index.ingest(List.of(dir.resolve("messy/sub/x.txt")), IngestListener.NONE);
    IngestReport sub = index.ingest(List.of(dir.resolve("messy/sub")), IngestListener.NONE);

    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(sub.unchanged()).isEqualTo(1);
    assertThat(ids(index)).containsExactly("sub/x.txt", "y.txt");
  }

  @Test
  void aFileGivenFirstKeepsItsIdWhenItsDirectoryIsIndexed() throws IOException {
    write("messy/sub/x.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("messy/x.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);
    index.ingest(List.of(dir.resolve("messy/sub/x.txt")), IngestListener.NONE);

    IngestReport r = index.ingest(List.of(dir.resolve("messy")), IngestListener.NONE);

    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(r.added()).isEqualTo(1);
    // "x.txt" stays the first file's: the top-level one, another file, takes a longer id.
    assertThat(ids(index)).containsExactly("messy/x.txt", "x.txt");
    assertThat(title(index, "x.txt")).isEqualTo("Storm closes the coastal road");
    assertThat(title(index, "messy/x.txt")).isEqualTo("Ferry resumes");
  }

  @Test
  void twoRootsWithTheSameRelativePathKeepBothFilesInOneRun() throws IOException {
    write("north/001.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("south/001.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);

    IngestReport r =
        index.ingest(List.of(dir.resolve("north"), dir.resolve("south")), IngestListener.NONE);

    assertThat(r.added()).isEqualTo(2);
    assertThat(r.updated()).isZero();
    assertThat(ids(index)).containsExactly("001.txt", "south/001.txt");
    assertThat(title(index, "001.txt")).isEqualTo("Storm closes the coastal road");
    assertThat(title(index, "south/001.txt")).isEqualTo("Ferry resumes");
  }

  @Test
  void twoRootsWithTheSameRelativePathKeepBothFilesAcrossRuns() throws IOException {
    write("north/001.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("south/001.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);
    index.ingest(List.of(dir.resolve("north")), IngestListener.NONE);

    IngestReport r = index.ingest(List.of(dir.resolve("south")), IngestListener.NONE);
    IngestReport again =
        index.ingest(List.of(dir.resolve("north"), dir.resolve("south")), IngestListener.NONE);

    assertThat(r.added()).isEqualTo(1);
    assertThat(r.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(ids(index)).containsExactly("001.txt", "south/001.txt");
  }

  @Test
  void twoFilesGivenDirectlyWithTheSameNameGetDifferentIds() throws IOException {
    Path a = write("a/deep/note.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    Path b = write("b/deep/note.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);

    index.ingest(List.of(a, b), IngestListener.NONE);

    // The first file took "note.txt"; the second takes one more name of its path.
    assertThat(ids(index)).containsExactly("deep/note.txt", "note.txt");
    assertThat(title(index, "deep/note.txt")).isEqualTo("Ferry resumes");
  }

  @Test
  void aMovedCorpusKeepsItsIds() throws IOException {
    write("old/sub/x.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    write("old/y.txt", "Ferry resumes\n\nThe boat left.\n");
    NewsIndex index = index(OPTIONS);
    index.ingest(List.of(dir.resolve("old")), IngestListener.NONE);
    Files.move(dir.resolve("old"), dir.resolve("new"));

    IngestReport r = index.ingest(List.of(dir.resolve("new")), IngestListener.NONE);

    assertThat(r.unchanged()).isEqualTo(2);
    assertThat(ids(index)).containsExactly("sub/x.txt", "y.txt");
  }

  @Test
  void aFileThatTookTheIdOfAMovedOneKeepsItOnTheNextRun() throws IOException {
    write("old/x.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    NewsIndex index = index(OPTIONS);
    index.ingest(List.of(dir.resolve("old")), IngestListener.NONE);
    Files.move(dir.resolve("old"), dir.resolve("gone"));
    Files.delete(dir.resolve("gone/x.txt"));
    write("other/x.txt", "Ferry resumes\n\nThe boat left.\n");

    IngestReport r = index.ingest(List.of(dir.resolve("other")), IngestListener.NONE);
    IngestReport again = index.ingest(List.of(dir.resolve("other")), IngestListener.NONE);

    assertThat(r.updated()).isEqualTo(1);
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(ids(index)).containsExactly("x.txt");
    assertThat(title(index, "x.txt")).isEqualTo("Ferry resumes");
  }

  @Test
  void theSameFileMetTwiceInOneRunIsReadOnce() throws IOException {
    Path x = write("corpus/x.txt", "Storm closes the coastal road\n\nWaves broke.\n");
    NewsIndex index = index(OPTIONS);

    IngestReport r = index.ingest(List.of(dir.resolve("corpus"), x), IngestListener.NONE);

    assertThat(r.files()).isEqualTo(2);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.problems())
        .containsExactly(
            new FileProblem(
                x.toString(),
                FileOutcome.SKIPPED,
                "the same file as " + dir.resolve("corpus/x.txt")));
    assertThat(ids(index)).containsExactly("x.txt");
  }
}
