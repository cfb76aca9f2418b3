package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * The facet columns of one reader, per dimension: each segment's column with its map from segment
 * ordinals to the reader's global ordinals (those of the {@link SortedSetDocValuesReaderState}, so
 * counts line up with the reference path value for value), the labels, and the counts over the
 * whole reader. Built once per reader and dimension, on first use or when the searcher is warmed.
 */
final class ReaderFacets {
  private final IndexReader reader;
  private final SortedSetDocValuesReaderState state;
  private final ColumnCache cache;
  private final Map<Dimension, Dim> dims = new ConcurrentHashMap<>();
  private final Map<List<Dimension>, PairColumn[]> pairs = new ConcurrentHashMap<>();
  private final Map<Dimension, java.util.Optional<int[]>> dayTables = new ConcurrentHashMap<>();
  private java.util.Optional<DayCounts> days;
  private final Map<List<Dimension>, java.util.Optional<int[]>> crossTables =
      new ConcurrentHashMap<>();
  private final Map<Dimension, Map<BytesRef, Integer>> folded = new ConcurrentHashMap<>();

  /** Folds labels as the dimension fields' terms are folded. */
  private static final KeywordNormalizer FOLD = new KeywordNormalizer();

  /**
   * Two of the counted dimensions fused per segment (see {@link PairColumn}).
   *
   * @param first index of the first dimension among the counted ones
   * @param second index of the second (a byte column), or -1 when only the first is counted
   * @param leaves per segment (leaf order): the fused column, or {@code null} where the two did not
   *     fit one (that segment counts them apart)
   */
  record Pair(int first, int second, PairColumn[] leaves) {}

  ReaderFacets(IndexReader reader, SortedSetDocValuesReaderState state, ColumnCache cache) {
    this.reader = reader;
    this.state = state;
    this.cache = cache;
  }

  /** One dimension across the reader's segments. */
  static final class Dim {
    final Dimension dimension;

    /** The global ordinal of the dimension's first label. */
    final int globalStart;

    /** How many labels the dimension has in the reader (0 when it has none). */
    final int size;

    /** Per segment (leaf order): the column. */
    final DimensionColumn[] columns;

    /** Per segment: segment-relative ordinal to dimension-relative global ordinal. */
    final int[][] toGlobal;

    private final String[] labels;
    private volatile int[] allCounts;

    private Dim(
        Dimension dimension,
        int globalStart,
        int size,
        DimensionColumn[] columns,
        int[][] toGlobal) {
      this.dimension = dimension;
      this.globalStart = globalStart;
      this.size = size;
      this.columns = columns;
      this.toGlobal = toGlobal;
      this.labels = new String[size];
    }
  }

  /** The dimension's columns in this reader, built on first use. */
  Dim dim(Dimension d) throws IOException {
    Dim dim = dims.get(d);
    if (dim == null) {
      dim = build(d);
      Dim raced = dims.putIfAbsent(d, dim);
      dim = raced == null ? dim : raced;
    }
    return dim;
  }

  private Dim build(Dimension d) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(d.fieldName());
    int start = range == null ? 0 : range.start();
    int size = range == null ? 0 : range.end() - range.start() + 1;
    OrdinalMap map =
        state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
            ? multi.mapping
            : null;
    DimensionColumn[] columns = new DimensionColumn[leaves.size()];
    int[][] toGlobal = new int[leaves.size()][];
    for (int i = 0; i < columns.length; i++) {
      LeafReaderContext leaf = leaves.get(i);
      columns[i] = cache.column(leaf.reader(), d);
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      int[] g = new int[columns[i].valueCount];
      for (int k = 0; k < g.length; k++) {
        g[k] = (int) (global.get(columns[i].segmentStart + k) - start);
      }
      toGlobal[i] = g;
    }
    return new Dim(d, start, size, columns, toGlobal);
  }

  /** The label (value) of a dimension-relative global ordinal. */
  String label(Dim dim, int index, SortedSetDocValues global) throws IOException {
    String label = dim.labels[index];
    if (label == null) {
      BytesRef path = global.lookupOrd((long) dim.globalStart + index);
      label = FacetsConfig.stringToPath(path.utf8ToString())[1];
      dim.labels[index] = label; // a race writes the same immutable string twice
    }
    return label;
  }

  /** Global doc values to look labels up with; one per search, never shared across threads. */
  SortedSetDocValues globalDocValues() throws IOException {
    return state.getDocValues();
  }

  /** The dimension-relative global ordinal of a label, or -1 if no article in the reader has it. */
  int ordinal(Dim dim, String value, SortedSetDocValues global) throws IOException {
    long ord =
        global.lookupTerm(
            new BytesRef(
                FacetsConfig.pathToString(dim.dimension.fieldName(), new String[] {value})));
    if (ord < dim.globalStart || ord >= (long) dim.globalStart + dim.size) {
      return -1;
    }
    return (int) (ord - dim.globalStart);
  }

  /** Counts over every live article of the reader, computed once. */
  int[] allCounts(Dim dim) {
    int[] counts = dim.allCounts;
    if (counts == null) {
      counts = new int[dim.size];
      List<LeafReaderContext> leaves = reader.leaves();
      for (int i = 0; i < leaves.size(); i++) {
        Bits live = leaves.get(i).reader().getLiveDocs();
        DimensionColumn c = dim.columns[i];
        int[] g = dim.toGlobal[i];
        int maxDoc = leaves.get(i).reader().maxDoc();
        for (int doc = 0; doc < maxDoc; doc++) {
          if (live == null || live.get(doc)) {
            FacetCounting.count(c, g, counts, doc);
          }
        }
      }
      dim.allCounts = counts;
    }
    return counts;
  }

  /**
   * A pair of the counted dimensions to count fused, or {@code null} when none fits: the second
   * must be held in byte columns (single-valued, few labels), the first is the first other one.
   */
  Pair pair(Dim[] counted) throws IOException {
    int second = -1;
    for (int i = 0; i < counted.length && second < 0; i++) {
      for (DimensionColumn c : counted[i].columns) {
        if (c.small != null && c.valueCount > 0) {
          second = i;
          break;
        }
      }
    }
    if (second < 0 || counted.length < 2) {
      return null;
    }
    int first = second == 0 ? 1 : 0;
    Dimension a = counted[first].dimension;
    Dimension b = counted[second].dimension;
    PairColumn[] leaves = pairs.get(List.of(a, b));
    if (leaves == null) {
      List<LeafReaderContext> contexts = reader.leaves();
      leaves = new PairColumn[contexts.size()];
      for (int i = 0; i < leaves.length; i++) {
        leaves[i] = cache.pair(contexts.get(i).reader(), a, b);
      }
      pairs.putIfAbsent(List.of(a, b), leaves);
    }
    return new Pair(first, second, leaves);
  }

  /**
   * A fused pair already built whose first dimension is {@code dim}, for counting {@code dim} alone
   * (the {@link Pair#second} is -1), or {@code null}: when {@code dim} is several-valued, a hit
   * then costs one scattered read instead of two (its start, then its values).
   */
  Pair alone(Dim dim) {
    boolean several = false;
    for (DimensionColumn c : dim.columns) {
      several |= c.starts != null;
    }
    if (!several) {
      return null;
    }
    for (Map.Entry<List<Dimension>, PairColumn[]> e : pairs.entrySet()) {
      if (e.getKey().get(0) == dim.dimension) {
        return new Pair(0, -1, e.getValue());
      }
    }
    return null;
  }

  /**
   * The reader's articles counted by publication day, built on first use; {@code null} when the
   * days span too long a time for a table.
   */
  synchronized DayCounts dayCounts() throws IOException {
    if (days == null) {
      days = java.util.Optional.ofNullable(DayCounts.of(reader.leaves()));
    }
    return days.orElse(null);
  }

  /**
   * A dimension's cumulative counts by publication day (see {@link DayCounts#table}), built on
   * first use; {@code null} when there is no day table or it would be too large.
   */
  int[] dayTable(Dim dim) throws IOException {
    java.util.Optional<int[]> table = dayTables.get(dim.dimension);
    if (table == null) {
      DayCounts counts = dayCounts();
      synchronized (this) {
        table = dayTables.get(dim.dimension);
        if (table == null) {
          table =
              java.util.Optional.ofNullable(
                  counts == null ? null : counts.table(reader.leaves(), dim));
          dayTables.put(dim.dimension, table);
        }
      }
    }
    return table.orElse(null);
  }

  /**
   * Counts of one dimension ({@code of}) over the articles with each value of another ({@code by}):
   * cell {@code a * of.size + b} holds the live articles with value a of {@code by} and value b of
   * {@code of}. Built once per reader on first use, so a search for one value over all articles (a
   * fielded term, or one filter value) reads its counts from a row instead of counting every match;
   * {@code null} when the table would hold more than {@link DayCounts#MAX_CELLS} cells.
   */
  int[] cross(Dim by, Dim of) {
    List<Dimension> key = List.of(by.dimension, of.dimension);
    java.util.Optional<int[]> table = crossTables.get(key);
    if (table == null) {
      table = java.util.Optional.ofNullable(buildCross(by, of));
      java.util.Optional<int[]> raced = crossTables.putIfAbsent(key, table);
      table = raced == null ? table : raced;
    }
    return table.orElse(null);
  }

  private int[] buildCross(Dim by, Dim of) {
    if ((long) by.size * of.size > DayCounts.MAX_CELLS) {
      return null;
    }
    int[] table = new int[by.size * of.size];
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      Bits live = leaves.get(i).reader().getLiveDocs();
      DimensionColumn byCol = by.columns[i];
      int[] byGlobal = by.toGlobal[i];
      DimensionColumn ofCol = of.columns[i];
      int[] ofGlobal = of.toGlobal[i];
      int maxDoc = leaves.get(i).reader().maxDoc();
      for (int doc = 0; doc < maxDoc; doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (byCol.small != null) {
          int o = byCol.small[doc];
          if (o >= 0) {
            FacetCounting.count(ofCol, ofGlobal, table, byGlobal[o] * of.size, doc);
          }
        } else if (byCol.starts == null) {
          int o = byCol.ords[doc];
          if (o >= 0) {
            FacetCounting.count(ofCol, ofGlobal, table, byGlobal[o] * of.size, doc);
          }
        } else {
          for (int k = byCol.starts[doc], end = byCol.starts[doc + 1]; k < end; k++) {
            FacetCounting.count(ofCol, ofGlobal, table, byGlobal[byCol.ords[k]] * of.size, doc);
          }
        }
      }
    }
    return table;
  }

  /**
   * The dimension-relative global ordinal of the one label whose folded form is this indexed term
   * of the dimension's field, or -1 when none or several fold to it (the term then matches the
   * articles of several labels).
   */
  int ordinalOfTerm(Dim dim, BytesRef term) throws IOException {
    Map<BytesRef, Integer> byTerm = folded.get(dim.dimension);
    if (byTerm == null) {
      byTerm = new java.util.HashMap<>();
      SortedSetDocValues global = globalDocValues();
      for (int i = 0; i < dim.size; i++) {
        String[] path =
            FacetsConfig.stringToPath(global.lookupOrd((long) dim.globalStart + i).utf8ToString());
        if (path.length != 2) {
          continue; // the dimension's own entry (its count), not a label
        }
        BytesRef f = BytesRef.deepCopyOf(FOLD.normalize(dim.dimension.fieldName(), path[1]));
        byTerm.merge(f, i, (x, y) -> -1);
      }
      folded.putIfAbsent(dim.dimension, byTerm);
    }
    return byTerm.getOrDefault(term, -1);
  }

  /**
   * Builds the columns of these dimensions now, so the first search does not pay for them. Their
   * whole-reader counts are left to the first search that reads them (all articles, or one value
   * over all articles): a fresh process that opens a large index for one word search would pay a
   * walk over every article for nothing.
   */
  void warm(Dimension... warmed) throws IOException {
    for (Dimension d : warmed) {
      dim(d);
    }
    if (warmed.length == 2) {
      pair(new Dim[] {dim(warmed[0]), dim(warmed[1])});
    }
  }
}
