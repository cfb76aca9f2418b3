package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import dev.newsfacet.internal.extract.Folding;
import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a filter value as a user typed it ({@code russia}, {@code Cavusoglu}, {@code Lech Walesa})
 * to the facet label as indexed ({@code Russia}, {@code Çavuşoğlu}, {@code Lech Wałęsa}), so
 * filters forgive case and diacritics as the extractor does ({@link Folding}).
 */
final class Labels {
  private final SortedSetDocValuesReaderState state;

  Labels(SortedSetDocValuesReaderState state) {
    this.state = state;
  }

  /** The indexed label equal to {@code value}, else one equal after folding, else the value. */
  String resolve(Dimension d, String value) throws IOException {
    SortedSetDocValues dv = state.getDocValues();
    String dim = d.fieldName();
    if (dv.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, new String[] {value}))) >= 0) {
      return value;
    }
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return value;
    }
    String wanted = fold(value);
    // A miss is rare (a typo or different case) and the scan is linear in the dimension's values.
    for (int ord = range.start(); ord <= range.end(); ord++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      if (path.length == 2 && fold(path[1]).equals(wanted)) {
        return path[1];
      }
    }
    return value;
  }

  static String fold(String s) {
    return Folding.fold(s);
  }
}
