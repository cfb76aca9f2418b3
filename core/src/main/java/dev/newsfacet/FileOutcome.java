package dev.newsfacet;

/** What happened to one file during {@link NewsIndex#ingest}. */
public enum FileOutcome {
  /** Every article in it was new to the index. */
  ADDED,
  /** At least one of its articles replaced one with the same id. */
  UPDATED,
  /** Not read: not an article format, empty, or too large. */
  SKIPPED,
  /** Read but not (fully) indexed: unreadable, malformed or an I/O error. */
  FAILED
}
