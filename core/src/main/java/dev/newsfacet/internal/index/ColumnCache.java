package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * The {@link DimensionColumn}s of an index, kept per segment core: a reopen builds columns only for
 * the segments it has not seen, and a segment's columns go when the segment is closed (merged
 * away). One cache serves all the searchers of one index.
 */
final class ColumnCache {
  private final Map<IndexReader.CacheKey, Map<Dimension, DimensionColumn>> bySegment =
      new ConcurrentHashMap<>();
  private final Map<IndexReader.CacheKey, Map<Dimension, Map<Dimension, Optional<PairColumn>>>>
      pairsBySegment = new ConcurrentHashMap<>();

  /** The column of one dimension in one segment, built on first use. */
  DimensionColumn column(LeafReader leaf, Dimension d) throws IOException {
    LeafReader segment = FilterLeafReader.unwrap(leaf);
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return DimensionColumn.build(segment, d.fieldName()); // not cacheable: never happens on disk
    }
    Map<Dimension, DimensionColumn> columns =
        bySegment.computeIfAbsent(
            helper.getKey(),
            key -> {
              helper.addClosedListener(bySegment::remove);
              return new ConcurrentHashMap<>();
            });
    try {
      return columns.computeIfAbsent(
          d,
          dim -> {
            try {
              return DimensionColumn.build(segment, dim.fieldName());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The fused column of two dimensions in one segment (see {@link PairColumn}), built on first use;
   * {@code null} when the two do not fit one.
   */
  PairColumn pair(LeafReader leaf, Dimension first, Dimension second) throws IOException {
    DimensionColumn a = column(leaf, first);
    DimensionColumn b = column(leaf, second);
    LeafReader segment = FilterLeafReader.unwrap(leaf);
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return PairColumn.of(a, b, segment.maxDoc());
    }
    Map<Dimension, Map<Dimension, Optional<PairColumn>>> pairs =
        pairsBySegment.computeIfAbsent(
            helper.getKey(),
            key -> {
              helper.addClosedListener(pairsBySegment::remove);
              return new ConcurrentHashMap<>();
            });
    return pairs
        .computeIfAbsent(first, x -> new ConcurrentHashMap<>())
        .computeIfAbsent(second, y -> Optional.ofNullable(PairColumn.of(a, b, segment.maxDoc())))
        .orElse(null);
  }

  /** How many segments have columns (for tests). */
  int segments() {
    return bySegment.size();
  }
}
