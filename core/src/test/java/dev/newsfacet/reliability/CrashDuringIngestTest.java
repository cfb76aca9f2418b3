package dev.newsfacet.reliability;

import static dev.newsfacet.reliability.Reliability.f;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.FileOutcome;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 1 of issue 6: a child JVM ingests a generated corpus and is killed with SIGKILL at random
 * points. After every kill the index passes CheckIndex, holds every article of every file whose
 * commit the child acknowledged, and a resumed ingest completes with exactly the corpus, no
 * duplicates, acknowledged files passed over as unchanged. Kills land during JVM start, on the
 * creation of a new index, during commits and between them, and during resumed runs.
 */
class CrashDuringIngestTest {
  private static final String TEST = "crash-during-ingest";

  @TempDir Path tmp;

  /** What one child run did. */
  private record ChildRun(
      boolean killed, int exitCode, Set<String> acked, boolean sawOpen, String plan) {}

  @Test
  void killedIngestsLoseNothingAcknowledged() throws Exception {
    long seed = Reliability.seed(TEST, 20261121L);
    Random random = new Random(seed);
    int targetKills = Reliability.scale(50, 500);
    Corpus corpus =
        Corpus.generate(
            tmp.resolve("corpus"), Reliability.scale(150, 300), Reliability.scale(8, 20), random);
    Reliability.print(
        TEST, f("corpus: %d files, %d articles", corpus.ids().size(), corpus.articles()));

    int kills = 0;
    int children = 0;
    int completed = 0;
    int creationKills = 0;
    int creationKillsWithoutIndex = 0;
    int killsOnResume = 0;
    long ackedFilesChecked = 0;
    long articlesChecked = 0;
    Path index = null;
    int indexes = 0;
    int runsOnIndex = 0;
    // Per index, not per child: a file read under other extraction settings is read again.
    boolean extract = false;
    Set<String> acked = new HashSet<>();
    while (kills < targetKills) {
      if (index == null) {
        index = tmp.resolve("index-" + indexes++);
        acked.clear();
        runsOnIndex = 0;
        extract = random.nextInt(10) == 0;
      }
      boolean fresh = runsOnIndex == 0;
      String context = f("seed %d, child %d, index %s", seed, children, index.getFileName());
      ChildRun run = runChild(index, corpus, random, fresh, extract);
      children++;
      runsOnIndex++;
      context += ", plan " + run.plan();
      if (run.killed()) {
        kills++;
        if (!fresh) {
          killsOnResume++;
        }
        if (run.plan().startsWith("creation")) {
          creationKills++;
          if (!Reliability.indexExists(index)) {
            creationKillsWithoutIndex++;
          }
        }
      } else {
        assertThat(run.exitCode()).as("child exit code, %s", context).isZero();
      }
      for (String file : run.acked()) {
        assertThat(corpus.ids())
            .as("acknowledged file is in the corpus, %s", context)
            .containsKey(file);
      }
      acked.addAll(run.acked());
      long[] checked = verify(index, corpus, acked, extract, context);
      ackedFilesChecked += acked.size();
      articlesChecked += checked[0];
      if (!run.killed()) {
        completed++;
        Reliability.deleteTree(index);
        index = null;
      } else if (random.nextInt(5) == 0) {
        Reliability.deleteTree(index);
        index = null;
      }
    }
    Reliability.print(
        TEST,
        f(
            "kills survived: %d (of %d child JVMs, %d ran to completion); kills on a resumed"
                + " index: %d; kills in the creation window: %d (%d before the first commit"
                + " existed); indexes used: %d; CheckIndex clean after every kill;"
                + " acknowledged files checked: %d (%d articles); resumed to completion after"
                + " every kill: exactly %d articles, no duplicates",
            kills,
            children,
            completed,
            killsOnResume,
            creationKills,
            creationKillsWithoutIndex,
            indexes,
            ackedFilesChecked,
            articlesChecked,
            corpus.articles()));
  }

  /**
   * A new index makes an empty first commit: a child that only creates an index is killed at random
   * points spread over its start-up and the creation (calibrated on one run), and the directory it
   * leaves always opens, for reading when a commit exists and for writing in any case, and checks
   * clean.
   */
  @Test
  void killingAroundCreationNeverLeavesAnUnreadableIndex() throws Exception {
    long seed = Reliability.seed(TEST + "/creation", 2026L);
    Random random = new Random(seed);
    int kills = Reliability.scale(12, 200);
    long calibration = timeToOpen(tmp.resolve("calibration"));
    int withIndex = 0;
    int withoutIndex = 0;
    int survived = 0;
    for (int k = 0; k < kills; k++) {
      Path dir = tmp.resolve("created-" + k);
      long delay = (long) (random.nextDouble() * calibration * 1.3);
      String context =
          f("seed %d, kill %d after %d ms (creation takes %d ms)", seed, k, delay, calibration);
      Process p =
          new ProcessBuilder(
                  Reliability.javaCommand(IndexChild.class, List.of("hold", dir.toString())))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      Thread.sleep(delay);
      p.destroyForcibly();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      if (p.exitValue() != 137) {
        survived++;
      }
      if (Reliability.indexExists(dir)) {
        withIndex++;
        assertThat(Reliability.checkIndex(dir).clean).as("CheckIndex, %s", context).isTrue();
        try (NewsIndex read = NewsIndex.openReadOnly(dir)) {
          assertThat(read.stats().articles()).as(context).isZero();
        }
      } else {
        withoutIndex++;
      }
      try (NewsIndex write = NewsIndex.open(dir)) {
        assertThat(write.writable()).as(context).isTrue();
      }
      assertThat(Reliability.checkIndex(dir).clean)
          .as("CheckIndex after reopening, %s", context)
          .isTrue();
      Reliability.deleteTree(dir);
    }
    Reliability.print(
        TEST,
        f(
            "creation: %d kills over the first %d ms of a child creating an index: %d left a"
                + " readable empty commit, %d left no commit yet (%d exited before the kill);"
                + " every directory opened for writing and checked clean",
            kills, calibration * 13 / 10, withIndex, withoutIndex, survived));
  }

  private long timeToOpen(Path dir) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                Reliability.javaCommand(IndexChild.class, List.of("hold", dir.toString())))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("OPEN true");
      long ms = (System.nanoTime() - start) / 1_000_000;
      p.getOutputStream().close();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return ms;
    } finally {
      p.destroyForcibly();
    }
  }

  /**
   * Checks a killed (or finished) index: CheckIndex clean, every acknowledged article present; then
   * resumes a copy to completion and checks it holds exactly the corpus.
   *
   * @return {articles of acknowledged files checked}
   */
  private long[] verify(
      Path index, Corpus corpus, Set<String> acked, boolean extract, String context)
      throws IOException {
    long articles = 0;
    boolean exists = Reliability.indexExists(index);
    if (!exists) {
      assertThat(acked).as("no commit, nothing acknowledged, %s", context).isEmpty();
    } else {
      CheckIndex.Status status = Reliability.checkIndex(index);
      assertThat(status.clean).as("CheckIndex clean, %s", context).isTrue();
      try (NewsIndex read = NewsIndex.openReadOnly(index)) {
        for (String file : acked) {
          for (String id : corpus.ids().get(file)) {
            assertThat(read.get(id))
                .as("article %s of acknowledged file %s, %s", id, file, context)
                .isPresent();
            articles++;
          }
        }
      }
    }
    Path copy = tmp.resolve("resumed");
    Reliability.deleteTree(copy);
    if (exists) {
      Reliability.copyTree(index, copy);
    }
    Map<String, FileOutcome> outcomes = new HashMap<>();
    try (NewsIndex idx =
        NewsIndex.open(copy, IndexOptions.builder().extractEntities(extract).threads(2).build())) {
      IngestReport report =
          idx.ingest(
              List.of(corpus.dir()),
              new IngestListener() {
                @Override
                public void fileDone(String file, FileOutcome outcome) {
                  outcomes.put(file, outcome);
                }
              });
      assertThat(report.files())
          .as("files seen on resume, %s", context)
          .isEqualTo(corpus.ids().size());
      assertThat(report.problems()).as("problems on resume, %s", context).isEmpty();
      for (String file : acked) {
        assertThat(outcomes.get(file))
            .as("acknowledged file %s is passed over on resume, %s", file, context)
            .isEqualTo(FileOutcome.UNCHANGED);
      }
      assertThat(idx.stats().articles())
          .as("articles after resuming to completion (duplicates would add), %s", context)
          .isEqualTo(corpus.articles());
      for (String id : corpus.allIds()) {
        assertThat(idx.get(id)).as("article %s after resume, %s", id, context).isPresent();
      }
    }
    assertThat(Reliability.checkIndex(copy).clean)
        .as("CheckIndex after resume, %s", context)
        .isTrue();
    Reliability.deleteTree(copy);
    return new long[] {articles};
  }

  private ChildRun runChild(
      Path index, Corpus corpus, Random random, boolean fresh, boolean extract)
      throws IOException, InterruptedException {
    int commitEvery = 5 + random.nextInt(60);
    long intervalMs = 50L + random.nextInt(500);
    int threads = 1 + random.nextInt(2);
    int roll = random.nextInt(100);
    String plan;
    int acksBeforeKill = -1;
    long delayMs;
    if (fresh && roll < 30) {
      plan = "creation";
      delayMs = random.nextInt(800);
    } else if (roll < 50) {
      plan = "delay";
      delayMs = random.nextInt(900);
    } else {
      plan = "acks";
      acksBeforeKill = 1 + random.nextInt(Math.min(15, corpus.articles() / commitEvery / 2 + 2));
      delayMs = random.nextInt(30);
    }
    plan +=
        f(
            "(acks=%d, delay=%dms, commitEvery=%d, interval=%dms, extract=%s, threads=%d)",
            acksBeforeKill, delayMs, commitEvery, intervalMs, extract, threads);
    Path stderr = tmp.resolve("child-stderr.txt");
    Process p =
        new ProcessBuilder(
                Reliability.javaCommand(
                    IndexChild.class,
                    List.of(
                        "ingest",
                        index.toString(),
                        corpus.dir().toString(),
                        Integer.toString(commitEvery),
                        Long.toString(intervalMs),
                        Integer.toString(threads),
                        Boolean.toString(extract))))
            .redirectError(stderr.toFile())
            .start();
    p.getOutputStream().close();
    Lines lines = new Lines(p);
    lines.start();
    boolean destroyed = false;
    try {
      switch (plan.substring(0, plan.indexOf('('))) {
        case "creation" -> {
          lines.await(l -> l.equals("OPENING"), p);
          Thread.sleep(delayMs);
        }
        case "delay" -> Thread.sleep(delayMs);
        default -> {
          int want = acksBeforeKill;
          lines.awaitCount(l -> l.startsWith("ACK\t"), want, p);
          Thread.sleep(delayMs);
        }
      }
      if (p.isAlive()) {
        p.destroyForcibly();
        destroyed = true;
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("child did not finish within 120 s: " + plan);
      }
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
    lines.join(10_000);
    int code = p.exitValue();
    // SIGKILL: 128 + 9. A child that finished just before the kill is not counted as killed.
    boolean killed = destroyed && code == 137;
    Set<String> acked = new HashSet<>();
    boolean sawOpen = false;
    for (String l : lines.snapshot()) {
      if (l.startsWith("ACK\t") && l.endsWith("\t$")) {
        String[] parts = l.split("\t", -1);
        for (int i = 1; i < parts.length - 1; i++) {
          acked.add(parts[i]);
        }
      } else if (l.equals("OPEN")) {
        sawOpen = true;
      }
    }
    if (!killed) {
      assertThat(lines.snapshot())
          .as("finished child printed DONE: %s; exit %d; stderr: %s", plan, code, tail(stderr))
          .anyMatch(l -> l.startsWith("DONE "));
    }
    return new ChildRun(killed, code, acked, sawOpen, plan);
  }

  static String tail(Path file) throws IOException {
    String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  /** Reads a child's stdout lines on a thread. */
  static final class Lines extends Thread {
    private final BufferedReader reader;
    private final List<String> lines = new ArrayList<>();

    Lines(Process p) {
      super("child-stdout");
      setDaemon(true);
      this.reader =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public void run() {
      try {
        for (String l = reader.readLine(); l != null; l = reader.readLine()) {
          synchronized (this) {
            lines.add(l);
            notifyAll();
          }
        }
      } catch (IOException e) {
        // the child died: what it wrote so far is in lines
      } finally {
        synchronized (this) {
          notifyAll();
        }
      }
    }

    synchronized List<String> snapshot() {
      return List.copyOf(lines);
    }

    void await(java.util.function.Predicate<String> line, Process p) throws InterruptedException {
      awaitCount(line, 1, p);
    }

    /** Waits until {@code count} lines match, or the child ends. */
    synchronized void awaitCount(java.util.function.Predicate<String> line, int count, Process p)
        throws InterruptedException {
      while (lines.stream().filter(line).count() < count && (p.isAlive() || isAlive())) {
        wait(5);
      }
    }
  }
}
