package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.AddResult;
import dev.newsfacet.Article;
import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.internal.index.StagedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large JSON Lines files cut into pieces (tiny ones here) on several threads: articles are placed
 * in file and line order as if each file were read whole, every file is reported once with all its
 * articles and record errors, each article carries its file's record count, a long single file is
 * committed as it goes, and an unchanged file is passed over without being read.
 */
class IngesterPiecesTest {
  @TempDir Path dir;

  /** A sink that keeps what it is given, in the order it is given. */
  private static final class RecordingSink implements Ingester.ArticleSink {
    final List<String> placed = new ArrayList<>();
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, Integer> written = new HashMap<>();
    final java.util.Set<String> stagingThreads = new java.util.HashSet<>();
    int staged;
    int commits;

    @Override
    public synchronized StagedArticle stage(Article article) {
      staged++;
      stagingThreads.add(Thread.currentThread().getName());
      return new StagedArticle(article, null);
    }

    @Override
    public Lookup lookUp(List<StagedArticle> articles) {
      return () -> {};
    }

    @Override
    public synchronized void place(List<StagedArticle> articles, Lookup lookup) {
      for (StagedArticle a : articles) {
        placed.add(a.article().id());
      }
    }

    @Override
    public synchronized AddResult write(StagedArticle st) {
      counts.put(st.source().stamp(), st.source().articles());
      written.merge(st.source().stamp(), 1, Integer::sum);
      return new AddResult(st.article().id(), false, st.article().id(), null, false);
    }

    @Override
    public synchronized boolean complete(String fileId, String stamp) {
      Integer n = written.get(stamp);
      return n != null && n.equals(counts.get(stamp));
    }

    @Override
    public String fileId(String path) {
      return null;
    }

    @Override
    public String filePath(String id) {
      return null;
    }

    @Override
    public void retire(String fileId, String stamp) {}

    @Override
    public synchronized void commit() {
      commits++;
    }
  }

  /** Listens for files and commits. */
  private static final class Events implements IngestListener {
    final List<String> done = new ArrayList<>();
    final List<String> committed = new ArrayList<>();
    long total;
    long bytesDone;

    @Override
    public void started(int files, long bytes) {
      total = bytes;
    }

    @Override
    public void bytesDone(long bytes) {
      bytesDone += bytes;
    }

    @Override
    public void fileDone(String file, FileOutcome outcome) {
      done.add(file);
    }

    @Override
    public void committed(List<String> files) {
      committed.addAll(files);
    }
  }

  /**
   * Writes a JSON Lines file of {@code lines} lines: records with and without ids, now and then a
   * blank or a broken line (none if {@code broken} is null, else noted there); returns the ids its
   * articles get, in line order.
   */
  private List<String> jsonLines(String name, int lines, Random random, List<Integer> broken)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    List<String> ids = new ArrayList<>();
    for (int line = 1; line <= lines; line++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        sb.append("   ");
      } else if (kind == 1 && broken != null) {
        sb.append("{\"text\": \"cut off");
        broken.add(line);
      } else if (kind < 5) {
        sb.append("{\"text\": \"Record ").append(line).append(" of ").append(name).append(".\"}");
        ids.add(name + "#" + line);
      } else {
        String id = name.replace(".jsonl", "") + "-" + line;
        sb.append("{\"id\": \"").append(id).append("\", \"text\": \"Talks, day ");
        sb.append(line).append(".\"}");
        ids.add(id);
      }
      sb.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    Files.writeString(dir.resolve(name), sb, StandardCharsets.UTF_8);
    return ids;
  }

  @Test
  void piecesArePlacedInFileAndLineOrder() throws IOException {
    Random random = new Random(7);
    List<Integer> brokenA = new ArrayList<>();
    List<Integer> brokenC = new ArrayList<>();
    List<String> expected = new ArrayList<>(jsonLines("a.jsonl", 400, random, brokenA));
    Files.writeString(dir.resolve("b.txt"), "A plain file\n\nIts body.\n");
    expected.add("b.txt");
    expected.addAll(jsonLines("c.jsonl", 300, random, brokenC));
    // Under two pieces: read whole.
    expected.addAll(jsonLines("d.jsonl", 2, new Random(1), new ArrayList<>()));
    expected.addAll(jsonLines("e.jsonl", 200, random, null));
    // Gzipped, decompressed in order ahead of the threads.
    expected.addAll(jsonLines("f.jsonl.gz", 300, random, null));
    gzipInPlace(dir.resolve("f.jsonl.gz"));

    RecordingSink sink = new RecordingSink();
    Events events = new Events();
    IndexOptions options = IndexOptions.builder().threads(4).commitEvery(50).build();
    IngestReport report = new Ingester(options, 256).run(List.of(dir), sink, events);

    assertThat(sink.placed).containsExactlyElementsOf(expected);
    assertThat(report.files()).isEqualTo(6);
    assertThat(report.added()).isEqualTo(6);
    assertThat(report.articles()).isEqualTo(expected.size());
    List<String> problems = new ArrayList<>();
    for (FileProblem p : report.problems()) {
      problems.add(p.file());
    }
    List<String> expectedProblems = new ArrayList<>();
    for (int line : brokenA) {
      expectedProblems.add(dir.resolve("a.jsonl") + "#" + line);
    }
    for (int line : brokenC) {
      expectedProblems.add(dir.resolve("c.jsonl") + "#" + line);
    }
    assertThat(problems).containsExactlyInAnyOrderElementsOf(expectedProblems);
    // Each file is reported done and committed once, though its pieces finished one by one.
    assertThat(events.done).hasSize(6).doesNotHaveDuplicates();
    assertThat(events.committed).hasSize(6).doesNotHaveDuplicates();
    // Progress by volume counts every byte of every file once, piece by piece.
    long size = 0;
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        size += Files.size(p);
      }
    }
    assertThat(events.total).isEqualTo(size);
    assertThat(events.bytesDone).isEqualTo(size);
    // Every article of a cut file carries the records of the whole file: articles and errors.
    int recordsA = (int) expected.stream().filter(id -> id.startsWith("a")).count();
    assertThat(sink.counts.values()).contains(recordsA + brokenA.size());
    // Some 700 articles with a commit every 50: the cut files were committed as they went.
    assertThat(sink.commits).isGreaterThan(5);

    // Unchanged files are not read again, cut or not. A file with bad records is never complete
    // (its count holds them), so a and c are read again.
    int stagedBefore = sink.staged;
    IngestReport again = new Ingester(options, 256).run(List.of(dir), sink, events);
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.updated() + again.added()).isEqualTo(2);
    int readAgain =
        (int) expected.stream().filter(id -> id.startsWith("a") || id.startsWith("c")).count();
    assertThat(sink.staged).isEqualTo(stagedBefore + readAgain);
  }

  /** Gzips a file where it is. */
  private static void gzipInPlace(Path file) throws IOException {
    byte[] text = Files.readAllBytes(file);
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text);
    }
  }

  @Test
  void aSingleLargeFileUsesEveryThread() throws IOException {
    List<String> expected = jsonLines("one.jsonl", 2_000, new Random(3), new ArrayList<>());
    RecordingSink sink = new RecordingSink();
    IngestReport report =
        new Ingester(IndexOptions.builder().threads(3).build(), 512)
            .run(List.of(dir.resolve("one.jsonl")), sink, IngestListener.NONE);
    assertThat(sink.placed).containsExactlyElementsOf(expected);
    assertThat(report.files()).isEqualTo(1);
    assertThat(report.added()).isEqualTo(1);
    assertThat(sink.stagingThreads).hasSizeGreaterThan(1);
  }
}
