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
 */
final class Commits {
  private final int every;
  private final long intervalNanos;
  private final List<String> uncommitted = new ArrayList<>();
  private long articlesSince;
  private long last = System.nanoTime();

  Commits(IndexOptions options) {
    this.every = options.commitEvery();
    this.intervalNanos = options.commitInterval().toNanos();
  }

  /** Notes a finished file, and commits when enough articles or time have passed. */
  synchronized void fileDone(Ingester.Done d, Ingester.ArticleSink sink, IngestListener listener)
      throws IOException {
    if (d.outcome() == FileOutcome.ADDED || d.outcome() == FileOutcome.UPDATED) {
      uncommitted.add(d.display());
      articlesSince += d.articles();
    }
    if (articlesSince >= every || System.nanoTime() - last >= intervalNanos) {
      commit(sink, listener);
    }
  }

  /** Commits now and reports the files it made durable. */
  synchronized void commit(Ingester.ArticleSink sink, IngestListener listener) throws IOException {
    List<String> files = List.copyOf(uncommitted);
    uncommitted.clear();
    articlesSince = 0;
    last = System.nanoTime();
    sink.commit();
    if (!files.isEmpty()) {
      synchronized (listener) {
        listener.committed(files);
      }
    }
  }
}
