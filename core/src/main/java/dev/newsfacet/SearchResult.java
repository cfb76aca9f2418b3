package dev.newsfacet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a search found: the exact number of matching articles, one page of hits, and the requested
 * facets, timeline and pivot.
 *
 * @param total exact number of matching articles (all filters applied)
 * @param stories exact number of distinct stories among them, when hits are collapsed or stories
 *     counted
 * @param hits the requested page of hits, in the requested order
 * @param facets one facet per requested dimension, in request order
 * @param timeline the year-ordered counts with empty years included, when a timeline was requested
 * @param pivot the cross-tabulation, when one was requested
 */
public record SearchResult(
    long total,
    OptionalLong stories,
    List<Hit> hits,
    Map<Dimension, Facet> facets,
    Optional<Facet> timeline,
    Optional<Pivot> pivot) {

  /** Validates and copies; the facet map keeps its insertion order. */
  public SearchResult {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0, got " + total);
    }
    stories = stories == null ? OptionalLong.empty() : stories;
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    timeline = timeline == null ? Optional.empty() : timeline;
    pivot = pivot == null ? Optional.empty() : pivot;
  }

  /**
   * The facet of one dimension.
   *
   * @throws IllegalArgumentException if that dimension was not requested
   */
  public Facet facet(Dimension dimension) {
    Facet f = facets.get(dimension);
    if (f == null) {
      throw new IllegalArgumentException(
          "dimension " + dimension + " was not requested; requested: " + facets.keySet());
    }
    return f;
  }
}
