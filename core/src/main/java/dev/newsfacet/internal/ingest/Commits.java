package dev.newsfacet.internal.ingest;

import dev.newsfacet.FileOutcome;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Commits a long ingest every so many articles and every so often, and tells the listener which
 * files each commit made durable. A file is reported only once its articles were all written before
 * the commit began, so a report is never early.
 *
 * <p>One thread commits at a time, outside the lock: a thread finishing a file while a commit
 * (flush and fsync) is under way notes its file for the next commit and goes on indexing instead of
 * waiting for the disk.
 */
final class Commits {
  private final int every;
  private final long intervalNanos;
  private final List<String> uncommitted = new ArrayList<>();
  private long articlesSince;
  private long last = System.nanoTime();
  private boolean committing;

  Commits(IndexOptions options) {
    this.every = options.commitEvery();
    this.intervalNanos = options.commitInterval().toNanos();
  }

  /**
   * Notes articles written, and the file they finished if they did (a file read in pieces counts
   * its articles piece by piece, so that a single large file is committed as it goes), and commits
   * when enough articles or time have passed.
   *
   * @param finished the file these articles finished, or null
   */
  void written(
      int articles, Ingester.Done finished, Ingester.ArticleSink sink, IngestListener listener)
      throws IOException {
    List<String> files;
    synchronized (this) {
      articlesSince += articles;
      if (finished != null
          && (finished.outcome() == FileOutcome.ADDED
              || finished.outcome() == FileOutcome.UPDATED)) {
        uncommitted.add(finished.display());
      }
      if (committing || (articlesSince < every && System.nanoTime() - last < intervalNanos)) {
        return;
      }
      committing = true;
      files = take();
    }
    try {
      commit(files, sink, listener);
    } finally {
      synchronized (this) {
        committing = false;
      }
    }
  }

  /**
   * Commits now and reports the files it made durable. Called once no file is in progress, at the
   * end of an ingest.
   */
  void commit(Ingester.ArticleSink sink, IngestListener listener) throws IOException {
    List<String> files;
    synchronized (this) {
      files = take();
    }
    commit(files, sink, listener);
  }

  private List<String> take() {
    List<String> files = List.copyOf(uncommitted);
    uncommitted.clear();
    articlesSince = 0;
    last = System.nanoTime();
    return files;
  }

  private static void commit(List<String> files, Ingester.ArticleSink sink, IngestListener listener)
      throws IOException {
    sink.commit();
    if (!files.isEmpty()) {
      synchronized (listener) {
        listener.committed(files);
      }
    }
  }
}
