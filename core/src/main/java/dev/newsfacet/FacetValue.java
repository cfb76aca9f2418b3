package dev.newsfacet;

import java.util.Objects;

/**
 * One value of a facet and the number of matching articles that carry it.
 *
 * @param value the label, e.g. {@code Armenia} or {@code 2016}
 * @param count matching articles with this value, zero or more
 */
public record FacetValue(String value, int count) {
  /** Validates the fields. */
  public FacetValue {
    Objects.requireNonNull(value, "value");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count + " for " + value);
    }
  }
}
