package dev.newsfacet;

/**
 * Hears the progress of {@link NewsIndex#ingest}, for a progress bar. Calls come from the ingest
 * threads, one at a time.
 */
public interface IngestListener {
  /** A listener that ignores everything. */
  IngestListener NONE = new IngestListener() {};

  /** The walk is done: this many files will be read. */
  default void started(int files) {}

  /** One file is done. */
  default void fileDone(String file, FileOutcome outcome) {}

  /**
   * A commit made these files' articles durable: a crash from now on loses none of them. Long runs
   * commit every {@link IndexOptions#commitEvery()} articles or {@link
   * IndexOptions#commitInterval()}, and once at the end.
   */
  default void committed(java.util.List<String> files) {}
}
