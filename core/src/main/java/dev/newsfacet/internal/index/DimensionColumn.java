package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * One dimension's facet ordinals of one segment, read once into plain arrays (from the postings of
 * the {@code $facets} drill-down terms, which hold the same labels as its doc values and are
 * quicker to read), so that counting a hit is an array read instead of a doc-values decode.
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

  /**
   * Reads the column of {@code dim} from a segment (unwrapped: building is not a timed search):
   * from the drill-down terms' postings when they hold exactly the doc values' labels, else from
   * the doc values.
   */
  static DimensionColumn build(LeafReader segment, String dim) throws IOException {
    return build(segment, dim, true);
  }

  /**
   * The column from the doc values alone, for tests: {@link #build} takes the postings when it can.
   */
  static DimensionColumn buildFromDocValues(LeafReader segment, String dim) throws IOException {
    return build(segment, dim, false);
  }

  private static DimensionColumn build(LeafReader segment, String dim, boolean postings)
      throws IOException {
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
    DimensionColumn fromPostings = postings ? fromPostings(segment, dv, start, end) : null;
    return fromPostings != null ? fromPostings : fromDocValues(dv, start, end, maxDoc);
  }

  /**
   * The column from the postings of the drill-down terms, which the schema indexes beside each
   * label's doc value ({@code Schema.addFacetFields}), or {@code null} when the segment's terms of
   * the dimension are not exactly its doc-value labels. Walking the doc values decodes every
   * ordinal of every dimension of every document to pick out one dimension's; the postings hold
   * just that dimension's documents, label by label, in compressed blocks: at a million articles
   * this is what a fresh process pays before its first faceted search.
   */
  private static DimensionColumn fromPostings(
      LeafReader segment, SortedSetDocValues dv, long start, long end) throws IOException {
    Terms terms = segment.terms(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (terms == null) {
      return null;
    }
    int valueCount = (int) (end - start);
    int maxDoc = segment.maxDoc();
    TermsEnum te = terms.iterator();
    TermsEnum labels = dv.termsEnum();
    labels.seekExact(start);
    if (te.seekCeil(labels.term()) != TermsEnum.SeekStatus.FOUND) {
      return null;
    }
    // Pass 1: how many labels each document has, and the last one it was seen with.
    int[] starts = new int[maxDoc + 1];
    int[] last = new int[maxDoc];
    Arrays.fill(last, -1);
    boolean single = true;
    long total = 0;
    PostingsEnum postings = null;
    for (int k = 0; k < valueCount; k++) {
      if (k > 0) {
        BytesRef next = te.next();
        if (next == null || !next.equals(labels.next())) {
          return null;
        }
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        single &= starts[doc + 1]++ == 0;
        last[doc] = k;
        total++;
      }
    }
    if (single) {
      if (valueCount <= SMALL_VALUES) {
        byte[] perDoc = new byte[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++) {
          perDoc[doc] = (byte) last[doc];
        }
        return new DimensionColumn(start, valueCount, null, null, perDoc);
      }
      return new DimensionColumn(start, valueCount, null, last, null);
    }
    if (total > Integer.MAX_VALUE - 16) {
      return null;
    }
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc + 1] += starts[doc];
    }
    // Pass 2: the labels in order, so each document's slice is ascending as in the doc values.
    int[] ords = new int[(int) total];
    int[] at = last;
    System.arraycopy(starts, 0, at, 0, maxDoc);
    labels.seekExact(start);
    te.seekExact(labels.term());
    for (int k = 0; k < valueCount; k++) {
      if (k > 0) {
        te.next();
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        ords[at[doc]++] = k;
      }
    }
    return new DimensionColumn(start, valueCount, starts, ords, null);
  }

  private static DimensionColumn fromDocValues(
      SortedSetDocValues dv, long start, long end, int maxDoc) throws IOException {
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
