package dev.newsfacet.reliability;

import static dev.newsfacet.reliability.Reliability.f;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.newsfacet.Dimension;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 3 of issue 6: searches while an ingest runs (readers in this process on the last commit, and
 * the writing instance itself), and a second writer, in this process or another, failing at once
 * with an IOException that names the index.
 */
class ConcurrentUseTest {
  private static final String TEST = "concurrent-use";

  @TempDir Path tmp;

  @Test
  void searchesDuringAnIngestNeverGoBackwards() throws Exception {
    long seed = Reliability.seed(TEST + "/search-during-ingest", 3L);
    Corpus corpus =
        Corpus.generate(tmp.resolve("corpus"), Reliability.scale(150, 1500), 12, new Random(seed));
    Path dir = tmp.resolve("index");
    IndexOptions options =
        IndexOptions.builder()
            .extractEntities(false)
            .commitEvery(20)
            .commitInterval(Duration.ofMillis(50))
            .threads(2)
            .build();
    AtomicInteger commits = new AtomicInteger();
    AtomicInteger searches = new AtomicInteger();
    AtomicInteger totalsSeen = new AtomicInteger();
    try (NewsIndex writer = NewsIndex.open(dir, options)) {
      AtomicBoolean ingesting = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Long>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          boolean sameInstance = r == 2;
          readers.add(
              pool.submit(() -> {
                try (NewsIndex reader = sameInstance ? null : NewsIndex.openReadOnly(dir)) {
                  NewsIndex index = sameInstance ? writer : reader;
                  long last = 0;
                  int rounds = 0;
                  while (ingesting.get() || rounds < 3) {
                    SearchResult res =
                        index.search(
                            SearchRequest.query(rounds % 2 == 0 ? "" : "report")
                                .facet(Dimension.PARTY)
                                .limit(3)
                                .build());
                    if (rounds % 2 == 0) {
                      assertThat(res.total())
                          .as("total never goes backwards")
                          .isGreaterThanOrEqualTo(last);
                      if (res.total() > last) {
                        totalsSeen.incrementAndGet();
                      }
                      last = res.total();
                    }
                    rounds++;
                    searches.incrementAndGet();
                  }
                  return index.search(SearchRequest.query("").build()).total();
                }
              }));
        }
        IngestReport report =
            writer.ingest(
                List.of(corpus.dir()),
                new IngestListener() {
                  @Override
                  public void committed(List<String> files) {
                    commits.incrementAndGet();
                  }
                });
        ingesting.set(false);
        assertThat(report.articles()).isEqualTo(corpus.articles());
        for (Future<Long> r : readers) {
          assertThat(r.get(120, TimeUnit.SECONDS))
              .as("readers end on the last commit")
              .isEqualTo(corpus.articles());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    Reliability.print(
        TEST,
        f(
            "%d searches during an ingest of %d articles with %d commits; %d increases of the"
                + " total seen, none backwards, no exception",
            searches.get(), corpus.articles(), commits.get(), totalsSeen.get()));
  }

  @Test
  void aSecondWriterInThisProcessFailsNamingTheIndex() throws Exception {
    Path dir = tmp.resolve("index");
    try (NewsIndex first = NewsIndex.open(dir)) {
      Throwable e = catchThrowable(() -> NewsIndex.open(dir).close());
      assertSecondWriterError(e, dir);
      try (NewsIndex reader = NewsIndex.openReadOnly(dir)) {
        assertThat(reader.stats().articles()).isZero();
      }
      assertThat(first.writable()).isTrue();
      Reliability.print(TEST, f("second writer in-process refused: %s", e.getMessage()));
    }
  }

  @Test
  void aSecondWriterInAnotherProcessFailsNamingTheIndex() throws Exception {
    Path dir = tmp.resolve("index");
    // This process writes; a child tries.
    try (NewsIndex first = NewsIndex.open(dir)) {
      Process child =
          new ProcessBuilder(
                  Reliability.javaCommand(IndexChild.class, List.of("tryopen", dir.toString())))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String line;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        line = out.readLine();
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(line).startsWith("FAILED\t");
      String[] parts = line.split("\t", -1);
      assertThat(parts[1]).isEqualTo("java.io.IOException");
      assertThat(parts[2])
          .contains(dir.toString())
          .doesNotContain("Exception")
          .doesNotContain("write.lock");
      Reliability.print(TEST, f("second writer in a child JVM refused: %s", parts[2]));
      assertThat(first.writable()).isTrue();
    }
    // A child writes; this process tries.
    Process holder =
        new ProcessBuilder(
                Reliability.javaCommand(IndexChild.class, List.of("hold", dir.toString())))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("OPEN true");
      Throwable e = catchThrowable(() -> NewsIndex.open(dir).close());
      assertSecondWriterError(e, dir);
      Reliability.print(TEST, "second writer while a child JVM writes refused");
      try (NewsIndex reader = NewsIndex.openReadOnly(dir)) {
        assertThat(reader.stats().articles()).isZero();
      }
      holder.getOutputStream().close();
      assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(holder.exitValue()).isZero();
    } finally {
      holder.destroyForcibly();
    }
    // Once the other writer is gone, the index opens for writing.
    try (NewsIndex again = NewsIndex.open(dir)) {
      assertThat(again.writable()).isTrue();
    }
  }

  private static void assertSecondWriterError(Throwable e, Path dir) {
    assertThat(e).isExactlyInstanceOf(java.io.IOException.class);
    assertThat(e.getMessage())
        .contains(dir.toString())
        .doesNotContain("\n")
        .doesNotContain("Exception")
        .doesNotContain("write.lock");
  }
}
