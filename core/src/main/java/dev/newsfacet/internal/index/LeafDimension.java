package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * One dimension's facet ordinals in one segment. Labels sort as {@code dim␟value}, so a dimension's
 * ordinals form one range; each ordinal is turned into a shared label number once, on first sight.
 */
final class LeafDimension {
  private final SortedSetDocValues dv;
  private final LabelDictionary labels;
  private final long start;
  private final long end;
  private final int[] numberOf;

  LeafDimension(SortedSetDocValues dv, String dim, LabelDictionary labels) throws IOException {
    this.dv = dv;
    this.labels = labels;
    long s = dv.lookupTerm(new BytesRef(dim + FacetsConfig.DELIM_CHAR));
    this.start = s < 0 ? -s - 1 : s;
    long e = dv.lookupTerm(new BytesRef(dim + (char) (FacetsConfig.DELIM_CHAR + 1)));
    this.end = e < 0 ? -e - 1 : e;
    this.numberOf = new int[(int) (end - start)];
    Arrays.fill(numberOf, -1);
  }

  /** The label number of a segment ordinal, or -1 when the ordinal is not of this dimension. */
  int number(long ord) throws IOException {
    if (ord < start || ord >= end) {
      return -1;
    }
    int k = (int) (ord - start);
    if (numberOf[k] < 0) {
      numberOf[k] = labels.number(FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString())[1]);
    }
    return numberOf[k];
  }
}
