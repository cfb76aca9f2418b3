package dev.newsfacet;

/** What happened to one file during {@link NewsIndex#ingest}. */
public enum FileOutcome {
  /** Every article in it was new to the index. */
  ADDED,
  /** At least one of its articles replaced one with the same id. */
  UPDATED,
  /**
   * Not read again: its articles were indexed from this very file before (same path, size and
   * modification time) and are all in the index.
   */
  UNCHANGED,
  /** Not read: not an article format, empty, or too large. */
  SKIPPED,
  /**
   * Nothing from it could be indexed: unreadable, malformed or an I/O error. A multi-record file
   * (JSON Lines, a JSON array) with some good records counts as added or updated, and each bad
   * record is listed in {@link IngestReport#problems()} as {@code FILE#N}.
   */
  FAILED
}
