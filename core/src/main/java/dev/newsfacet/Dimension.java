package dev.newsfacet;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The facet dimensions of an article. Each is counted, filtered and queried by exact value ({@code
 * party:Russia} in a query, {@code --filter party=Russia} on the command line).
 */
public enum Dimension {
  /** States, de facto states, international organisations and armed groups named in the article. */
  PARTY("party", true, false),
  /** People named in the article, by full name. */
  PERSON("person", true, false),
  /** Cities, towns, villages and regions named in the article. */
  PLACE("place", true, false),
  /** The year the article was published. */
  YEAR("year", false, true),
  /** Years the text refers to ("the 1994 ceasefire"). */
  MENTIONED_YEAR("mentioned_year", true, true),
  /** The outlet or agency that published the article. */
  SOURCE("source", false, false);

  private final String fieldName;
  private final boolean multiValued;
  private final boolean yearLike;

  Dimension(String fieldName, boolean multiValued, boolean yearLike) {
    this.fieldName = fieldName;
    this.multiValued = multiValued;
    this.yearLike = yearLike;
  }

  /** The name used in queries, filters, JSON and on the command line, e.g. {@code party}. */
  public String fieldName() {
    return fieldName;
  }

  /** Whether an article can hold several values of this dimension. */
  public boolean multiValued() {
    return multiValued;
  }

  /** Whether the values are years, which can be listed in order as a timeline. */
  public boolean yearLike() {
    return yearLike;
  }

  /**
   * Looks a dimension up by its field name, ignoring case ({@code "party"}, {@code
   * "mentioned_year"}).
   *
   * @throws IllegalArgumentException naming the value and the known dimensions if there is none
   */
  public static Dimension of(String name) {
    if (name != null) {
      String wanted = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
      for (Dimension d : values()) {
        if (d.fieldName.equals(wanted)) {
          return d;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown dimension '"
            + name
            + "'; known dimensions: "
            + Arrays.stream(values()).map(Dimension::fieldName).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return fieldName;
  }
}
