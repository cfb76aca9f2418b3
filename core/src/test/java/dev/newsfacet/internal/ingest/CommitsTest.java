package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.AddResult;
import dev.newsfacet.FileOutcome;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.internal.index.StagedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CommitsTest {
  /** A sink whose first commit blocks until released, as a slow fsync would. */
  private static final class SlowSink implements Ingester.ArticleSink {
    final CountDownLatch inCommit = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    int commits;

    @Override
    public StagedArticle stage(dev.newsfacet.Article article) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Lookup lookUp(List<StagedArticle> articles) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void place(List<StagedArticle> articles, Lookup lookup) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AddResult write(StagedArticle article) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean complete(String fileId, String stamp) {
      return false;
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
    public void commit() throws java.io.IOException {
      int n;
      synchronized (this) {
        n = ++commits;
      }
      if (n == 1) {
        inCommit.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.IOException(e);
        }
      }
    }
  }

  private static final class Acks implements IngestListener {
    final List<List<String>> commits = new ArrayList<>();

    @Override
    public void committed(List<String> files) {
      commits.add(List.copyOf(files));
    }
  }

  private static Ingester.Done added(String file, int articles) {
    return new Ingester.Done(file, FileOutcome.ADDED, articles, 0, List.of(), List.of());
  }

  @Test
  void aFileFinishingDuringACommitIsLeftForTheNextOneInsteadOfWaiting() throws Exception {
    Commits commits =
        new Commits(
            IndexOptions.builder().commitEvery(1).commitInterval(Duration.ofHours(1)).build());
    SlowSink sink = new SlowSink();
    Acks acks = new Acks();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> first =
          pool.submit(() -> {
            fileDone(commits, added("a", 1), sink, acks);
            return null;
          });
      assertThat(sink.inCommit.await(30, TimeUnit.SECONDS)).isTrue();
      // Returns at once although the first commit is still waiting for the disk.
      fileDone(commits, added("b", 1), sink, acks);
      synchronized (acks) {
        assertThat(acks.commits).isEmpty();
      }
      sink.release.countDown();
      first.get(30, TimeUnit.SECONDS);
      commits.commit(sink, acks);
      synchronized (acks) {
        assertThat(acks.commits).containsExactly(List.of("a"), List.of("b"));
      }
      assertThat(sink.commits).isEqualTo(2);
    } finally {
      sink.release.countDown();
      pool.shutdownNow();
    }
  }

  /** A whole file written: its articles, and the file finished. */
  private static void fileDone(
      Commits commits, Ingester.Done d, Ingester.ArticleSink sink, IngestListener listener)
      throws java.io.IOException {
    commits.written(d.articles(), d, sink, listener);
  }

  @Test
  void commitsAfterEveryNArticlesAndReportsOnlyIndexedFiles() throws Exception {
    Commits commits =
        new Commits(
            IndexOptions.builder().commitEvery(3).commitInterval(Duration.ofHours(1)).build());
    SlowSink sink = new SlowSink();
    sink.release.countDown();
    Acks acks = new Acks();
    fileDone(commits, added("a", 2), sink, acks);
    fileDone(
        commits,
        new Ingester.Done("bad", FileOutcome.FAILED, 0, 0, List.of(), List.of()),
        sink,
        acks);
    assertThat(acks.commits).isEmpty();
    fileDone(commits, added("b", 1), sink, acks);
    fileDone(commits, added("c", 1), sink, acks);
    commits.commit(sink, acks);
    assertThat(acks.commits).containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void theDefaultCommitsEveryHundredThousandArticles() {
    assertThat(IndexOptions.defaults().commitEvery()).isEqualTo(100_000);
  }
}
