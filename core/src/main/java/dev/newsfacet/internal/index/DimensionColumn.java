package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * One dimension's facet ordinals of one segment, read out of the {@code $facets} doc values into
 * plain arrays once, so that counting a hit is an array read instead of a doc-values decode.
 *
 * <p>Ordinals are relative to the dimension's first ordinal in the segment ({@code dim␟} sorts
 * before all of the dimension's labels, so they form one range). A single-valued column holds one
 * ordinal per document ({@code -1} for none); a multi-valued one holds, per document, a slice
 * {@code [starts[doc], starts[doc + 1])} of {@code ords}. A single-valued column of few labels
 * (years, sources) holds its ordinals in bytes instead, a quarter of the memory a counting pass
 * reads: hits are scattered over the segment, so each one costs a cache line. Segments are
 * immutable, so a column serves every reader that shares the segment's core.
 */
final class DimensionColumn {
  /** The segment ordinal of the dimension's first label. */
  final long segmentStart;

  /** How many labels of the dimension the segment holds. */
  final int valueCount;

  /** Per document, the first index into {@link #ords}; null when single-valued. */
  final int[] starts;

  /**
   * Multi-valued: the ordinals, document after document. Single-valued: one per document; null when
   * {@link #small} holds them.
   */
  final int[] ords;

  /**
   * Single-valued with at most {@link #SMALL_VALUES} labels: one ordinal per document, else null.
   */
  final byte[] small;

  /** The most labels a byte column holds (ordinals 0 to 126, -1 for none). */
  static final int SMALL_VALUES = Byte.MAX_VALUE;

  private DimensionColumn(
      long segmentStart, int valueCount, int[] starts, int[] ords, byte[] small) {
    this.segmentStart = segmentStart;
    this.valueCount = valueCount;
    this.starts = starts;
    this.ords = ords;
    this.small = small;
  }

  boolean singleValued() {
    return starts == null;
  }

  /** Reads the column of {@code dim} from a segment (unwrapped: building is not a timed search). */
  static DimensionColumn build(LeafReader segment, String dim) throws IOException {
    int maxDoc = segment.maxDoc();
    SortedSetDocValues dv = segment.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (dv == null) {
      return empty(maxDoc);
    }
    long s = dv.lookupTerm(new BytesRef(dim + FacetsConfig.DELIM_CHAR));
    long start = s < 0 ? -s - 1 : s;
    long e = dv.lookupTerm(new BytesRef(dim + (char) (FacetsConfig.DELIM_CHAR + 1)));
    long end = e < 0 ? -e - 1 : e;
    if (end <= start) {
      return empty(maxDoc);
    }
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc)];
    int n = 0;
    boolean single = true;
    int last = 0;
    for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
      Arrays.fill(starts, last + 1, doc + 1, n);
      int before = n;
      for (int i = 0, c = dv.docValueCount(); i < c; i++) {
        long ord = dv.nextOrd();
        if (ord >= end) {
          break; // a document's ordinals come in ascending order
        }
        if (ord >= start) {
          if (n == ords.length) {
            ords = Arrays.copyOf(ords, ords.length + (ords.length >> 1));
          }
          ords[n++] = (int) (ord - start);
        }
      }
      single &= n - before <= 1;
      last = doc;
      starts[doc + 1] = n;
    }
    Arrays.fill(starts, last + 1, maxDoc + 1, n);
    int valueCount = (int) (end - start);
    if (!single) {
      return new DimensionColumn(start, valueCount, starts, Arrays.copyOf(ords, n), null);
    }
    if (valueCount <= SMALL_VALUES) {
      byte[] perDoc = new byte[maxDoc];
      for (int doc = 0; doc < maxDoc; doc++) {
        perDoc[doc] = (byte) (starts[doc + 1] > starts[doc] ? ords[starts[doc]] : -1);
      }
      return new DimensionColumn(start, valueCount, null, null, perDoc);
    }
    int[] perDoc = new int[maxDoc];
    for (int doc = 0; doc < maxDoc; doc++) {
      perDoc[doc] = starts[doc + 1] > starts[doc] ? ords[starts[doc]] : -1;
    }
    return new DimensionColumn(start, valueCount, null, perDoc, null);
  }

  private static DimensionColumn empty(int maxDoc) {
    byte[] none = new byte[maxDoc];
    Arrays.fill(none, (byte) -1);
    return new DimensionColumn(0, 0, null, null, none);
  }
}
