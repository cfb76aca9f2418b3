package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Counts of the fast path turned into facets, ordered like the reference path orders them (count
 * descending, then label in index order), with the same number of distinct values.
 */
final class CountedFacets {
  private final ReaderFacets reader;
  private final Map<Dimension, ReaderFacets.Dim> dims;
  private final Map<Dimension, int[]> counts;
  private SortedSetDocValues global;

  CountedFacets(
      ReaderFacets reader, Map<Dimension, ReaderFacets.Dim> dims, Map<Dimension, int[]> counts) {
    this.reader = reader;
    this.dims = dims;
    this.counts = counts;
  }

  /** The top {@code limit} values of a counted dimension. */
  Facet facet(Dimension d, int limit) throws IOException {
    ReaderFacets.Dim dim = dims.get(d);
    int[] c = counts.get(d);
    if (dim == null || c == null || dim.size == 0) {
      return new Facet(d, List.of(), 0);
    }
    // count in the high half, the ordinal reversed in the low half: larger is better.
    long[] keys = new long[c.length];
    int n = 0;
    for (int ord = 0; ord < c.length; ord++) {
      if (c[ord] > 0) {
        keys[n++] = ((long) c[ord] << 32) | (0xFFFF_FFFFL - ord);
      }
    }
    Arrays.sort(keys, 0, n);
    int take = Math.min(limit, n);
    List<FacetValue> values = new ArrayList<>(take);
    for (int i = n - 1; i >= n - take; i--) {
      int ord = (int) (0xFFFF_FFFFL - (keys[i] & 0xFFFF_FFFFL));
      values.add(new FacetValue(reader.label(dim, ord, global()), (int) (keys[i] >>> 32)));
    }
    return new Facet(d, values, n);
  }

  /** Every value of a counted dimension with a count above zero, in index order. */
  List<FacetValue> allValues(Dimension d) throws IOException {
    ReaderFacets.Dim dim = dims.get(d);
    int[] c = counts.get(d);
    if (dim == null || c == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>();
    for (int ord = 0; ord < c.length; ord++) {
      if (c[ord] > 0) {
        values.add(new FacetValue(reader.label(dim, ord, global()), c[ord]));
      }
    }
    return values;
  }

  private SortedSetDocValues global() throws IOException {
    if (global == null) {
      global = reader.globalDocValues();
    }
    return global;
  }
}
