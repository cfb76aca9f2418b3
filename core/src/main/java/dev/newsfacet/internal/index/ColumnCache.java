package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
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

  /** How many segments have columns (for tests). */
  int segments() {
    return bySegment.size();
  }
}
