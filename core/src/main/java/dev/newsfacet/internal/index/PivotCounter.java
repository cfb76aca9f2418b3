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
    LabelDictionary rowLabels = new LabelDictionary();
    LabelDictionary colLabels = new LabelDictionary();
    Map<Long, int[]> pairs = new HashMap<>();
    Map<Integer, int[]> rowTotals = new HashMap<>();

    for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
      if (md.bits() == null) {
        continue;
      }
      SortedSetDocValues dv =
          DocValues.getSortedSet(md.context().reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      LeafDimension rowDim = new LeafDimension(dv, rows.fieldName(), rowLabels);
      LeafDimension colDim = new LeafDimension(dv, columns.fieldName(), colLabels);
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
          int r = rowDim.number(ord);
          if (r >= 0) {
            docRows = grow(docRows, nr);
            docRows[nr++] = r;
            continue;
          }
          int c = colDim.number(ord);
          if (c >= 0) {
            docCols = grow(docCols, nc);
            docCols[nc++] = c;
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
        Comparator.<Integer>comparingInt(r -> -rowTotals.get(r)[0])
            .thenComparing(rowLabels::label));
    if (rowOrder.size() > rowLimit) {
      rowOrder = rowOrder.subList(0, rowLimit);
    }
    List<String> columnsOut = columnOrder(columns, colLabels.labels(), pairs);
    List<Pivot.Row> out = new ArrayList<>();
    for (int r : rowOrder) {
      List<Integer> counts = new ArrayList<>(columnsOut.size());
      for (String c : columnsOut) {
        int ci = colLabels.find(c);
        int[] n = ci < 0 ? null : pairs.get(((long) r << 32) | ci);
        counts.add(n == null ? 0 : n[0]);
      }
      out.add(new Pivot.Row(rowLabels.label(r), rowTotals.get(r)[0], counts));
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

  private static int[] grow(int[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }
}
