package dev.newsfacet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable search: a query, filters, the facets to count, sort and paging. Build one with
 * {@link #builder()} or {@link #query(String)}:
 *
 * <pre>{@code
 * SearchRequest request = SearchRequest.query("ceasefire")
 *     .facet(Dimension.PARTY).facet(Dimension.YEAR)
 *     .filter(Dimension.PARTY, "Armenia")
 *     .sort(SortOrder.NEWEST)
 *     .limit(20)
 *     .build();
 * }</pre>
 *
 * <p>Filters on one dimension are OR-ed, filters on different dimensions AND-ed; the date range is
 * inclusive and excludes undated articles.
 */
public final class SearchRequest {
  /** The largest {@code offset + limit}: deeper pages cost memory on every search. */
  public static final int MAX_WINDOW = 100_000;

  private final String query;
  private final List<Dimension> facets;
  private final int facetLimit;
  private final Map<Dimension, List<String>> filters;
  private final LocalDate from;
  private final LocalDate to;
  private final SortOrder sort;
  private final int offset;
  private final int limit;
  private final Dimension timeline;
  private final Dimension pivotRows;
  private final Dimension pivotColumns;
  private final boolean collapse;
  private final boolean countStories;
  private final boolean snippets;

  private SearchRequest(Builder b) {
    this.query = b.query;
    this.facets = List.copyOf(b.facets);
    this.facetLimit = b.facetLimit;
    EnumMap<Dimension, List<String>> f = new EnumMap<>(Dimension.class);
    b.filters.forEach((k, v) -> f.put(k, List.copyOf(v)));
    this.filters = Collections.unmodifiableMap(f);
    this.from = b.from;
    this.to = b.to;
    this.sort = b.sort;
    this.offset = b.offset;
    this.limit = b.limit;
    this.timeline = b.timeline;
    this.pivotRows = b.pivotRows;
    this.pivotColumns = b.pivotColumns;
    this.collapse = b.collapse;
    this.countStories = b.countStories;
    this.snippets = b.snippets;
  }

  /** Starts a request that matches all articles. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a request with a query in Lucene syntax; blank matches all articles. */
  public static Builder query(String query) {
    return new Builder().q(query);
  }

  /** The query in Lucene syntax; empty means all articles. */
  public String query() {
    return query;
  }

  /** The dimensions to count, in order. */
  public List<Dimension> facets() {
    return facets;
  }

  /** How many values to list per facet. */
  public int facetLimit() {
    return facetLimit;
  }

  /** The filter values per dimension. */
  public Map<Dimension, List<String>> filters() {
    return filters;
  }

  /** Inclusive lower bound of the publication date. */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** Inclusive upper bound of the publication date. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /** The hit order. */
  public SortOrder sort() {
    return sort;
  }

  /** How many hits to skip. */
  public int offset() {
    return offset;
  }

  /** How many hits to return; 0 asks for counts only. */
  public int limit() {
    return limit;
  }

  /** The year-like dimension to list as a timeline, if any. */
  public Optional<Dimension> timeline() {
    return Optional.ofNullable(timeline);
  }

  /** The row dimension of the pivot, if one is requested. */
  public Optional<Dimension> pivotRows() {
    return Optional.ofNullable(pivotRows);
  }

  /** The column dimension of the pivot, if one is requested. */
  public Optional<Dimension> pivotColumns() {
    return Optional.ofNullable(pivotColumns);
  }

  /** Whether hits are collapsed to one per story. */
  public boolean collapse() {
    return collapse;
  }

  /** Whether facets, timeline and pivot count stories rather than articles. */
  public boolean countStories() {
    return countStories;
  }

  /** Whether hits carry highlighted snippets; without them {@link Hit#snippet()} is empty. */
  public boolean snippets() {
    return snippets;
  }

  /** A builder holding this request's settings. */
  public Builder toBuilder() {
    Builder b = new Builder().q(query).facetLimit(facetLimit).sort(sort);
    b.facets.addAll(facets);
    filters.forEach((k, v) -> b.filters.put(k, new ArrayList<>(v)));
    b.from = from;
    b.to = to;
    b.offset = offset;
    b.limit = limit;
    b.timeline = timeline;
    b.pivotRows = pivotRows;
    b.pivotColumns = pivotColumns;
    b.collapse = collapse;
    b.countStories = countStories;
    b.snippets = snippets;
    return b;
  }

  @Override
  public String toString() {
    return "SearchRequest{query='"
        + query
        + "', facets="
        + facets
        + ", filters="
        + filters
        + ", from="
        + from
        + ", to="
        + to
        + ", sort="
        + sort
        + ", offset="
        + offset
        + ", limit="
        + limit
        + ", snippets="
        + snippets
        + "}";
  }

  /** Builds a {@link SearchRequest}; every setter validates its argument at once. */
  public static final class Builder {
    private String query = "";
    private final LinkedHashSet<Dimension> facets = new LinkedHashSet<>();
    private int facetLimit = 10;
    private final EnumMap<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int offset;
    private int limit = 10;
    private Dimension timeline;
    private Dimension pivotRows;
    private Dimension pivotColumns;
    private boolean collapse;
    private boolean countStories;
    private boolean snippets = true;

    private Builder() {}

    /**
     * Whether to build a highlighted snippet for each returned hit (default {@code true}). Without
     * snippets {@link Hit#snippet()} is empty and the search skips reading article bodies and
     * highlighting, which is a large share of a fast query's cost.
     */
    public Builder snippets(boolean snippets) {
      this.snippets = snippets;
      return this;
    }

    /**
     * Returns one hit per story (the best, or the first in date order), with the number of its
     * matching copies in {@link Hit#copies()}; paging then counts stories.
     */
    public Builder collapse(boolean collapse) {
      this.collapse = collapse;
      return this;
    }

    /**
     * Counts stories instead of articles in facets and the timeline: a value carried by several
     * copies of one story counts once.
     */
    public Builder countStories(boolean countStories) {
      this.countStories = countStories;
      return this;
    }

    /** Sets the query in Lucene syntax; {@code null} or blank matches all articles. */
    public Builder q(String query) {
      this.query = query == null ? "" : query.strip();
      return this;
    }

    /** Counts this dimension. */
    public Builder facet(Dimension dimension) {
      facets.add(Objects.requireNonNull(dimension, "dimension"));
      return this;
    }

    /** Counts every dimension. */
    public Builder allFacets() {
      facets.addAll(List.of(Dimension.values()));
      return this;
    }

    /** How many values to list per facet, at least 1. */
    public Builder facetLimit(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("facetLimit must be >= 1, got " + n);
      }
      this.facetLimit = n;
      return this;
    }

    /** Keeps articles that carry this value (or another value given for the same dimension). */
    public Builder filter(Dimension dimension, String value) {
      Objects.requireNonNull(dimension, "dimension");
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            "filter value for " + dimension + " must not be blank, got '" + value + "'");
      }
      if (dimension.yearLike() && !value.strip().matches("-?\\d{1,4}")) {
        throw new IllegalArgumentException(
            "filter value for " + dimension + " must be a year (YYYY), got '" + value + "'");
      }
      List<String> values = filters.computeIfAbsent(dimension, d -> new ArrayList<>());
      if (!values.contains(value.strip())) {
        values.add(value.strip());
      }
      return this;
    }

    /** Keeps articles published on or after this day. */
    public Builder from(LocalDate from) {
      this.from = from;
      checkRange();
      return this;
    }

    /** Keeps articles published on or before this day. */
    public Builder to(LocalDate to) {
      this.to = to;
      checkRange();
      return this;
    }

    private void checkRange() {
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from " + from + " is after to " + to);
      }
    }

    /** Sets the hit order. */
    public Builder sort(SortOrder sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /** Skips this many hits, for paging. */
    public Builder offset(int offset) {
      if (offset < 0 || offset >= MAX_WINDOW) {
        throw new IllegalArgumentException(
            "offset must be in [0, " + MAX_WINDOW + "), got " + offset);
      }
      this.offset = offset;
      return this;
    }

    /** Returns at most this many hits; 0 returns counts only. */
    public Builder limit(int limit) {
      if (limit < 0 || limit > MAX_WINDOW) {
        throw new IllegalArgumentException(
            "limit must be in [0, " + MAX_WINDOW + "], got " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Lists a year-like dimension in year order, with empty years between the first and last. */
    public Builder timeline(Dimension dimension) {
      if (!dimension.yearLike()) {
        throw new IllegalArgumentException(
            "timeline needs a year-like dimension (year, mentioned_year), got " + dimension);
      }
      this.timeline = dimension;
      return this;
    }

    /** Cross-tabulates two different dimensions, e.g. party by year. */
    public Builder pivot(Dimension rows, Dimension columns) {
      Objects.requireNonNull(rows, "rows");
      Objects.requireNonNull(columns, "columns");
      if (rows == columns) {
        throw new IllegalArgumentException(
            "pivot needs two different dimensions, got " + rows + " twice");
      }
      this.pivotRows = rows;
      this.pivotColumns = columns;
      return this;
    }

    /** Builds the request. */
    public SearchRequest build() {
      if ((long) offset + limit > MAX_WINDOW) {
        throw new IllegalArgumentException(
            "offset + limit must be <= " + MAX_WINDOW + ", got " + offset + " + " + limit);
      }
      return new SearchRequest(this);
    }
  }
}
