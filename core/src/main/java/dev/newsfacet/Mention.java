package dev.newsfacet;

import java.util.Objects;

/**
 * Where an extracted value was found and how often: the provenance of a facet value.
 *
 * @param dimension the dimension of the value
 * @param value the value, e.g. {@code Armenia}
 * @param where the part of the article it was found in
 * @param count how many times it was mentioned there, at least 1
 */
public record Mention(Dimension dimension, String value, Where where, int count) {
  /** Validates the fields. */
  public Mention {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(where, "where");
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, got " + count + " for " + value);
    }
  }

  /** A part of an article. */
  public enum Where {
    /** The headline. */
    TITLE,
    /** The article text. */
    BODY,
    /** A photo caption. */
    CAPTION
  }
}
