package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import dev.newsfacet.Pivot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Counts pairs of values of two dimensions over the matching documents, in one pass over each
 * document's facet ordinals.
 *
 * <p>Works per segment on segment ordinals: the two dimensions' ordinals are contiguous ranges
 * (labels sort as {@code dim␟value}), and each segment ordinal is turned into a label once.
 */
final class PivotCounter {
  private PivotCounter() {}

  static Pivot count(FacetsCollector matching, Dimension rows, Dimension columns, int rowLimit)
      throws IOException {
    Map<String, Integer> rowIndex = new HashMap<>();
    Map<String, Integer> colIndex = new HashMap<>();
    List<String> rowLabels = new ArrayList<>();
    List<String> colLabels = new ArrayList<>();
    Map<Long, int[]> pairs = new HashMap<>();
    Map<Integer, int[]> rowTotals = new HashMap<>();

    for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
      if (md.bits() == null) {
        continue;
      }
      SortedSetDocValues dv =
          DocValues.getSortedSet(md.context().reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      long[] rowRange = range(dv, rows.fieldName());
      long[] colRange = range(dv, columns.fieldName());
      int[] rowOf = new int[(int) (rowRange[1] - rowRange[0])];
      int[] colOf = new int[(int) (colRange[1] - colRange[0])];
      Arrays.fill(rowOf, -1);
      Arrays.fill(colOf, -1);
      int[] docRows = new int[8];
      int[] docCols = new int[8];
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!dv.advanceExact(doc)) {
          continue;
        }
        int nr = 0;
        int nc = 0;
        for (int i = 0, n = dv.docValueCount(); i < n; i++) {
          long ord = dv.nextOrd();
          if (ord >= rowRange[0] && ord < rowRange[1]) {
            int k = (int) (ord - rowRange[0]);
            if (rowOf[k] < 0) {
              rowOf[k] = index(dv, ord, rowIndex, rowLabels);
            }
            docRows = grow(docRows, nr);
            docRows[nr++] = rowOf[k];
          } else if (ord >= colRange[0] && ord < colRange[1]) {
            int k = (int) (ord - colRange[0]);
            if (colOf[k] < 0) {
              colOf[k] = index(dv, ord, colIndex, colLabels);
            }
            docCols = grow(docCols, nc);
            docCols[nc++] = colOf[k];
          }
        }
        for (int r = 0; r < nr; r++) {
          rowTotals.computeIfAbsent(docRows[r], x -> new int[1])[0]++;
          for (int c = 0; c < nc; c++) {
            pairs.computeIfAbsent(((long) docRows[r] << 32) | docCols[c], x -> new int[1])[0]++;
          }
        }
      }
    }

    List<Integer> rowOrder = new ArrayList<>(rowTotals.keySet());
    rowOrder.sort(
        Comparator.<Integer>comparingInt(r -> -rowTotals.get(r)[0]).thenComparing(rowLabels::get));
    if (rowOrder.size() > rowLimit) {
      rowOrder = rowOrder.subList(0, rowLimit);
    }
    List<String> columnsOut = columnOrder(columns, colLabels, pairs);
    List<Pivot.Row> out = new ArrayList<>();
    for (int r : rowOrder) {
      List<Integer> counts = new ArrayList<>(columnsOut.size());
      for (String c : columnsOut) {
        Integer ci = colIndex.get(c);
        int[] n = ci == null ? null : pairs.get(((long) r << 32) | ci);
        counts.add(n == null ? 0 : n[0]);
      }
      out.add(new Pivot.Row(rowLabels.get(r), rowTotals.get(r)[0], counts));
    }
    return new Pivot(rows, columns, columnsOut, out);
  }

  private static List<String> columnOrder(
      Dimension columns, List<String> colLabels, Map<Long, int[]> pairs) {
    if (columns.yearLike()) {
      List<String> years = new ArrayList<>(colLabels);
      years.sort(Comparator.comparingInt(Integer::parseInt));
      return years;
    }
    int[] totals = new int[colLabels.size()];
    pairs.forEach((k, v) -> totals[(int) (k & 0xffffffffL)] += v[0]);
    List<String> sorted = new ArrayList<>(colLabels);
    sorted.sort(
        Comparator.<String>comparingInt(c -> -totals[colLabels.indexOf(c)])
            .thenComparing(Comparator.naturalOrder()));
    return sorted;
  }

  private static int index(
      SortedSetDocValues dv, long ord, Map<String, Integer> index, List<String> labels)
      throws IOException {
    String label = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString())[1];
    return index.computeIfAbsent(
        label,
        l -> {
          labels.add(l);
          return labels.size() - 1;
        });
  }

  /** The segment ordinals {@code [start, end)} of one dimension's labels. */
  private static long[] range(SortedSetDocValues dv, String dim) throws IOException {
    String prefix = dim + FacetsConfig.DELIM_CHAR;
    long start = dv.lookupTerm(new BytesRef(prefix));
    start = start < 0 ? -start - 1 : start;
    BytesRef after = new BytesRef(dim + (char) (FacetsConfig.DELIM_CHAR + 1));
    long end = dv.lookupTerm(after);
    end = end < 0 ? -end - 1 : end;
    return new long[] {start, end};
  }

  private static int[] grow(int[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }
}
