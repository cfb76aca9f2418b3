package dev.newsfacet;

import java.time.Duration;

/**
 * A search that ran past its time limit ({@link IndexOptions#searchTimeout()}). Nothing partial is
 * returned: counts would be wrong.
 */
public final class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Duration limit;

  /**
   * Creates the exception.
   *
   * @param query the query as given
   * @param limit the time limit that was exceeded
   */
  public SearchTimeoutException(String query, Duration limit) {
    super(
        "the search for '"
            + oneLine(query)
            + "' took longer than "
            + limit.toMillis()
            + " ms; narrow the query (fewer wildcards) or raise the time limit");
    this.limit = limit;
  }

  private static String oneLine(String query) {
    String q = query == null ? "" : query.replaceAll("\\p{Cntrl}+", " ").strip();
    return q.length() <= 80 ? q : q.substring(0, 80) + "…";
  }

  /** The time limit that was exceeded. */
  public Duration limit() {
    return limit;
  }
}
