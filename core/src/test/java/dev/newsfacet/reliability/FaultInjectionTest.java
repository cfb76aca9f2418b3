package dev.newsfacet.reliability;

import static dev.newsfacet.reliability.Reliability.f;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.internal.index.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 2 of issue 6: power loss and disk faults, with {@link FaultyDirectory}.
 *
 * <p>{@code NewsIndex} cannot be given a {@code Directory} (its constructor is private and {@code
 * open} takes a {@code Path}), so the writer here is set up the way {@code NewsIndex} sets up its
 * own: {@link Schema}'s analyzer and documents, CREATE_OR_APPEND, commit on close, schema commit
 * data and an empty first commit. What the faults leave behind is then opened through the public
 * API: written to a real directory and opened with {@link NewsIndex#openReadOnly} and {@link
 * NewsIndex#open}.
 */
class FaultInjectionTest {
  private static final String TEST = "faults";

  @TempDir Path tmp;

  private static final dev.newsfacet.IndexOptions NO_EXTRACTION =
      dev.newsfacet.IndexOptions.builder().extractEntities(false).build();

  private final Schema schema = new Schema();

  /** The commit data NewsIndex writes (its schema version), read from an index it created. */
  private Map<String, String> commitData;

  @org.junit.jupiter.api.BeforeEach
  void readCommitData() throws IOException {
    Path reference = tmp.resolve("reference");
    NewsIndex.open(reference).close();
    try (Directory d = FSDirectory.open(reference)) {
      commitData =
          Map.copyOf(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData());
    }
    assertThat(commitData).isNotEmpty();
  }

  /** The ids of each commit that completed, in order, the empty first one included. */
  private static final class Commits {
    final List<Set<String>> done = new ArrayList<>();
    Set<String> pending;
  }

  @Test
  void powerLossLeavesTheLastOrThePreviousCommit() throws Exception {
    long seed = Reliability.seed(TEST + "/power-loss", 6L);
    Random random = new Random(seed);
    int iterations = Reliability.scale(60, 3000);
    int duringCommit = 0;
    int noIndexYet = 0;
    int previous = 0;
    int last = 0;
    for (int it = 0; it < iterations; it++) {
      long workload = random.nextLong();
      // A dry run counts the events of this workload; the power then goes at one of them.
      FaultyDirectory dry = new FaultyDirectory(new ByteBuffersDirectory(), new Random(1));
      run(dry, workload, new Commits());
      long at =
          random.nextBoolean()
              ? 1 + (long) (random.nextDouble() * dry.events())
              : dry.fileEvents().get(random.nextInt(dry.fileEvents().size()));
      String context =
          f(
              "seed %d, iteration %d, workload %d, power lost at event %d of %d",
              seed, it, workload, at, dry.events());

      FaultyDirectory dir = new FaultyDirectory(new ByteBuffersDirectory(), new Random(workload));
      dir.powerLossAt(at);
      Commits commits = new Commits();
      Throwable failure = null;
      try {
        run(dir, workload, commits);
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
      assertThat(failure).as("the power loss surfaced, %s", context).isNotNull();
      assertThat(dir.snapshot()).as(context).isNotNull();

      Path disk = tmp.resolve("disk-" + it);
      write(dir.snapshot(), disk);
      List<Set<String>> allowed = new ArrayList<>();
      if (!commits.done.isEmpty()) {
        allowed.add(commits.done.get(commits.done.size() - 1));
      }
      if (commits.pending != null) {
        allowed.add(commits.pending);
        duringCommit++;
      }
      if (!Reliability.indexExists(disk)) {
        assertThat(commits.done)
            .as("no commit on disk, so none had completed, %s", context)
            .isEmpty();
        noIndexYet++;
      } else {
        assertThat(Reliability.checkIndex(disk).clean).as("CheckIndex, %s", context).isTrue();
        Set<String> ids = ids(disk);
        assertThat(allowed)
            .as("the index holds the last or the previous commit, %s", context)
            .contains(ids);
        if (!commits.done.isEmpty() && ids.equals(commits.done.get(commits.done.size() - 1))) {
          last++;
        } else {
          previous++;
        }
        try (NewsIndex index = NewsIndex.openReadOnly(disk)) {
          assertThat(index.stats().articles()).as(context).isEqualTo(ids.size());
        }
      }
      // The index takes writes again after the crash.
      try (NewsIndex index = NewsIndex.open(disk, NO_EXTRACTION)) {
        index.add(Article.builder("after-crash").body("recovered").build());
      }
      assertThat(Reliability.checkIndex(disk).clean)
          .as("CheckIndex after recovery, %s", context)
          .isTrue();
      Reliability.deleteTree(disk);
    }
    Reliability.print(
        TEST,
        f(
            "power losses injected: %d (%d during a commit); index at the last commit: %d, at"
                + " the previous one: %d, no commit yet: %d; CheckIndex clean and writable after"
                + " every one",
            iterations, duringCommit, last, previous, noIndexYet));
  }

  @Test
  void ioErrorsAndAFullDiskLeaveTheLastCommit() throws Exception {
    long seed = Reliability.seed(TEST + "/io-errors", 7L);
    Random random = new Random(seed);
    int iterations = Reliability.scale(80, 4000);
    int[] byMode = new int[4];
    int faults = 0;
    for (int it = 0; it < iterations; it++) {
      long workload = random.nextLong();
      FaultyDirectory dry = new FaultyDirectory(new ByteBuffersDirectory(), new Random(1));
      run(dry, workload, new Commits());
      int mode = random.nextInt(4);
      FaultyDirectory dir = new FaultyDirectory(new ByteBuffersDirectory(), new Random(workload));
      String fault;
      switch (mode) {
        case 0 -> {
          long capacity = (long) (random.nextDouble() * dry.bytesWritten());
          dir.capacity(capacity);
          fault = "disk full after " + capacity + " of " + dry.bytesWritten() + " bytes";
        }
        case 1 -> {
          int k = 1 + random.nextInt(40);
          dir.failCreateOutput(k);
          fault = "createOutput #" + k + " fails";
        }
        case 2 -> {
          int k = 1 + random.nextInt(12);
          dir.failSync(k);
          fault = "sync #" + k + " fails";
        }
        default -> {
          double p = 1.0 / (50 + random.nextInt(2000));
          dir.failureRate(p);
          fault = f("each operation fails with p=%.5f", p);
        }
      }
      String context = f("seed %d, iteration %d, workload %d, %s", seed, it, workload, fault);
      Commits commits = new Commits();
      Throwable failure = null;
      try {
        run(dir, workload, commits);
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
      if (dir.faults() == 0) {
        assertThat(failure).as("no fault fired, no failure, %s", context).isNull();
        continue;
      }
      byMode[mode]++;
      faults += dir.faults();
      assertThat(failure).as("the fault surfaced, %s", context).isNotNull();
      assertThat(failure).as("a clear IOException, %s", context).isInstanceOf(IOException.class);
      assertThat(messages(failure))
          .as("the injected error is named, %s", context)
          .containsAnyOf(FaultyDirectory.DISK_FULL, FaultyDirectory.IO_ERROR);
      dir.heal();
      Map<String, byte[]> files = contents(dir);
      Path disk = tmp.resolve("disk-" + it);
      write(files, disk);
      List<Set<String>> allowed = new ArrayList<>();
      if (!commits.done.isEmpty()) {
        allowed.add(commits.done.get(commits.done.size() - 1));
      }
      if (commits.pending != null) {
        // A commit that failed after its rename may have landed.
        allowed.add(commits.pending);
      }
      if (!Reliability.indexExists(disk)) {
        assertThat(commits.done).as("no commit on disk, none completed, %s", context).isEmpty();
      } else {
        assertThat(Reliability.checkIndex(disk).clean).as("CheckIndex, %s", context).isTrue();
        assertThat(allowed).as("the index holds its last commit, %s", context).contains(ids(disk));
      }
      try (NewsIndex index = NewsIndex.open(disk, NO_EXTRACTION)) {
        index.add(Article.builder("after-fault").body("the disk was freed").build());
      }
      assertThat(Reliability.checkIndex(disk).clean)
          .as("CheckIndex after recovery, %s", context)
          .isTrue();
      Reliability.deleteTree(disk);
    }
    Reliability.print(
        TEST,
        f(
            "I/O fault runs: %d (disk full %d, createOutput failing %d, sync failing %d, random"
                + " errors %d), faults injected: %d; every one ended in an IOException naming"
                + " the error, and the index at its last commit, CheckIndex clean, writable again",
            byMode[0] + byMode[1] + byMode[2] + byMode[3],
            byMode[0],
            byMode[1],
            byMode[2],
            byMode[3],
            faults));
  }

  /**
   * The workload: the writer NewsIndex opens (same analyzer, documents, commit data, empty first
   * commit), then batches of adds and replacements, each committed; small buffers and a merge
   * policy that merges often, so that flushes, merges and deletes of old files all happen.
   */
  private void run(FaultyDirectory dir, long workload, Commits commits) throws IOException {
    Random r = new Random(workload);
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer(true));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(true);
    config.setMaxBufferedDocs(2 + r.nextInt(15));
    config.setMergeScheduler(new SerialMergeScheduler());
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setSegmentsPerTier(2 + r.nextInt(4));
    config.setMergePolicy(merges);
    config.setUseCompoundFile(r.nextBoolean());
    Set<String> ids = new HashSet<>();
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      writer.setLiveCommitData(commitData.entrySet());
      commit(writer, ids, commits);
      int batches = 2 + r.nextInt(6);
      for (int b = 0; b < batches; b++) {
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
          String id = "a" + r.nextInt(120);
          Article a =
              Article.builder(id)
                  .title("Batch " + b + " article " + i)
                  .body("The ceasefire held in batch " + b + ", " + r.nextInt(1000) + " monitors.")
                  .date(LocalDate.of(2000 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                  .parties(List.of(r.nextBoolean() ? "Armenia" : "Azerbaijan"))
                  .build();
          writer.updateDocument(Schema.idTerm(id), schema.toDocument(a, null));
          ids.add(id);
        }
        if (r.nextInt(4) == 0) {
          String gone = "a" + r.nextInt(120);
          writer.deleteDocuments(Schema.idTerm(gone));
          ids.remove(gone);
        }
        commit(writer, ids, commits);
      }
    }
    // close committed nothing new: every change was committed above
  }

  private static void commit(IndexWriter writer, Set<String> ids, Commits commits)
      throws IOException {
    commits.pending = Set.copyOf(ids);
    writer.commit();
    commits.done.add(commits.pending);
    commits.pending = null;
  }

  private static Map<String, byte[]> contents(Directory dir) throws IOException {
    Map<String, byte[]> out = new java.util.HashMap<>();
    for (String name : dir.listAll()) {
      try (var input = dir.openInput(name, IOContext.READONCE)) {
        byte[] bytes = new byte[(int) input.length()];
        input.readBytes(bytes, 0, bytes.length);
        out.put(name, bytes);
      } catch (IOException e) {
        // a file still open for writing when the error struck: not on disk as a whole
      }
    }
    return out;
  }

  private static void write(Map<String, byte[]> files, Path disk) throws IOException {
    Files.createDirectories(disk);
    try (Directory d = FSDirectory.open(disk)) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        try (IndexOutput out = d.createOutput(e.getKey(), IOContext.DEFAULT)) {
          out.writeBytes(e.getValue(), e.getValue().length);
        }
      }
    }
  }

  private static Set<String> ids(Path disk) throws IOException {
    Set<String> ids = new HashSet<>();
    try (Directory d = FSDirectory.open(disk);
        DirectoryReader reader = DirectoryReader.open(d)) {
      for (var leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            ids.add(stored.document(doc).get(Schema.ID));
          }
        }
      }
    }
    return ids;
  }

  private static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append(" | ");
      for (Throwable s : c.getSuppressed()) {
        sb.append(s.getMessage()).append(" | ");
      }
    }
    return sb.toString();
  }
}
