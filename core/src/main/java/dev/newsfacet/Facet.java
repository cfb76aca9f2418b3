package dev.newsfacet;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one dimension over the articles that match a search.
 *
 * <p>When the dimension is filtered, its counts ignore its own filter (multi-select): they answer
 * "how many would match if I picked this value instead, or as well".
 *
 * @param dimension the dimension counted
 * @param values values with their counts: by count, highest first (ties by value), or in year order
 *     with empty years for a {@linkplain SearchRequest.Builder#timeline timeline}
 * @param distinctValues how many distinct values have at least one matching article, including
 *     those cut off by the limit
 */
public record Facet(Dimension dimension, List<FacetValue> values, int distinctValues) {
  /** Validates the fields and copies the list. */
  public Facet {
    Objects.requireNonNull(dimension, "dimension");
    values = List.copyOf(values);
    if (distinctValues < 0) {
      throw new IllegalArgumentException("distinctValues must be >= 0, got " + distinctValues);
    }
  }

  /** The count of one value, or 0 when it is not among {@link #values()}. */
  public int count(String value) {
    for (FacetValue v : values) {
      if (v.value().equals(value)) {
        return v.count();
      }
    }
    return 0;
  }
}
