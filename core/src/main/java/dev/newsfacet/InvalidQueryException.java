package dev.newsfacet;

/**
 * A query that cannot be run: bad syntax, an unknown field, a pattern too complex to search.
 *
 * <p>The message is one readable line meant for the person who typed the query, with the position
 * of the problem when it is known.
 */
public final class InvalidQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int position;

  /**
   * Creates the exception.
   *
   * @param query the query as given
   * @param position 0-based character position of the problem, or -1 when unknown
   * @param reason what is wrong, without the position
   * @param cause the underlying exception, or {@code null}
   */
  public InvalidQueryException(String query, int position, String reason, Throwable cause) {
    super(position >= 0 ? reason + " at position " + (position + 1) : reason, cause);
    this.query = query;
    this.position = position;
  }

  /** The query as given. */
  public String query() {
    return query;
  }

  /** 0-based character position of the problem in {@link #query()}, or -1 when unknown. */
  public int position() {
    return position;
  }
}
