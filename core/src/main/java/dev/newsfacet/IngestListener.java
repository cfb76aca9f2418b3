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

  /**
   * The walk is done: this many files, of this many bytes in all, will be read. Calls {@link
   * #started(int)} unless overridden.
   */
  default void started(int files, long bytes) {
    started(files);
  }

  /**
   * This many more bytes of the files are done: a whole file (read or not), or a piece of a large
   * JSON Lines file, which is read in pieces. The sum reaches the total given to {@link
   * #started(int, long)}, for a progress bar that moves during a single large file.
   */
  default void bytesDone(long bytes) {}

  /** One file is done. */
  default void fileDone(String file, FileOutcome outcome) {}

  /**
   * A commit made these files' articles durable: a crash from now on loses none of them. Long runs
   * commit every {@link IndexOptions#commitEvery()} articles or {@link
   * IndexOptions#commitInterval()}, and once at the end.
   */
  default void committed(java.util.List<String> files) {}
}
