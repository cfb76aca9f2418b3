package dev.newsfacet;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A summary of an index.
 *
 * @param articles number of articles
 * @param undated articles without a publication date
 * @param earliest the earliest publication date, if any article has one
 * @param latest the latest publication date, if any article has one
 * @param cardinalities number of distinct values per dimension
 */
public record IndexStats(
    long articles,
    long undated,
    Optional<LocalDate> earliest,
    Optional<LocalDate> latest,
    Map<Dimension, Integer> cardinalities) {
  /** Validates and copies. */
  public IndexStats {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    cardinalities = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(cardinalities));
  }
}
