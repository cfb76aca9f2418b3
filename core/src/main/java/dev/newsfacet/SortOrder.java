package dev.newsfacet;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first; ties newest first. */
  RELEVANCE,
  /** Latest publication date first; undated articles last. */
  NEWEST,
  /** Earliest publication date first; undated articles last. */
  OLDEST
}
