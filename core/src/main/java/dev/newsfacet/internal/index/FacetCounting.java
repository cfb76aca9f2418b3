package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the top hits, the exact total and the facet counts of the counted dimensions in one pass
 * over a query's matches, reading the facet columns. Multi-select ("drill sideways") counts are the
 * caller's: it counts a filtered dimension in a pass of its own over the query without that
 * dimension's filter, as {@code DrillSideways} does, which stays the reference this is tested
 * against. {@link #countOnly} passes collect no hit and need no scores: they count every match.
 *
 * @param <C> the hits collector
 * @param <R> the hits result
 */
final class FacetCounting<C extends Collector, R>
    implements CollectorManager<FacetCounting.Counting<C>, FacetCounting.Result<R>> {
  /** Collected documents between two looks at the search deadline. */
  private static final int DEADLINE_EVERY = 1 << 13;

  private final CollectorManager<C, R> hits;
  private final ReaderFacets.Dim[] counted;
  private final ReaderFacets.Pair pair;

  /**
   * The hits and, per counted dimension, counts by dimension-relative global ordinal.
   *
   * @param matched how many matches passed every filter (the exact total of the hits)
   * @param <R> the hits result
   */
  record Result<R>(R hits, int[][] counts, long matched) {}

  /** Collects nothing (stateless, so one serves every slice): for passes that only count. */
  private static final Collector NOTHING =
      new SimpleCollector() {
        @Override
        public void collect(int doc) {
          // Counting only.
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      };

  private static final CollectorManager<Collector, Void> NO_HITS =
      new CollectorManager<>() {
        @Override
        public Collector newCollector() {
          return NOTHING;
        }

        @Override
        public Void reduce(Collection<Collector> collectors) {
          return null;
        }
      };

  /**
   * Counts the matches in these dimensions without scoring or collecting any hit, two of them fused
   * where {@code pair} has a column, or the first of {@code pair} alone from the fused column when
   * its {@link ReaderFacets.Pair#second} is -1.
   */
  static FacetCounting<Collector, Void> countOnly(
      ReaderFacets.Dim[] counted, ReaderFacets.Pair pair) {
    return new FacetCounting<>(NO_HITS, counted, pair);
  }

  /**
   * @param pair two of the counted dimensions to count from their fused columns (or one, see {@link
   *     #countOnly(ReaderFacets.Dim[], ReaderFacets.Pair)}), or {@code null}
   */
  FacetCounting(CollectorManager<C, R> hits, ReaderFacets.Dim[] counted, ReaderFacets.Pair pair) {
    this.hits = hits;
    this.counted = counted;
    this.pair = pair;
  }

  @Override
  public Counting<C> newCollector() throws IOException {
    int[][] counts = new int[counted.length][];
    for (int i = 0; i < counted.length; i++) {
      counts[i] = new int[counted[i].size];
    }
    return new Counting<>(hits.newCollector(), counted, pair, counts);
  }

  @Override
  public Result<R> reduce(Collection<Counting<C>> collectors) throws IOException {
    List<C> delegates = new ArrayList<>(collectors.size());
    long matched = 0;
    int[][] sum = new int[counted.length][];
    for (int i = 0; i < counted.length; i++) {
      sum[i] = new int[counted[i].size];
    }
    for (Counting<C> c : collectors) {
      delegates.add(c.hits);
      matched += c.matched;
      for (int i = 0; i < sum.length; i++) {
        int[] from = c.counts[i];
        for (int k = 0; k < from.length; k++) {
          sum[i][k] += from[k];
        }
      }
    }
    return new Result<>(hits.reduce(delegates), sum, matched);
  }

  /** Adds one document's values of a column to counts (by global ordinal). */
  static void count(DimensionColumn c, int[] toGlobal, int[] counts, int doc) {
    byte[] small = c.small;
    if (small != null) {
      int o = small[doc];
      if (o >= 0) {
        counts[toGlobal[o]]++;
      }
      return;
    }
    int[] ords = c.ords;
    if (c.starts == null) {
      int o = ords[doc];
      if (o >= 0) {
        counts[toGlobal[o]]++;
      }
    } else {
      for (int i = c.starts[doc], end = c.starts[doc + 1]; i < end; i++) {
        counts[toGlobal[ords[i]]]++;
      }
    }
  }

  /** Adds one document's values of a column to counts[at + global ordinal]. */
  static void count(DimensionColumn c, int[] toGlobal, int[] counts, int at, int doc) {
    byte[] small = c.small;
    if (small != null) {
      int o = small[doc];
      if (o >= 0) {
        counts[at + toGlobal[o]]++;
      }
      return;
    }
    int[] ords = c.ords;
    if (c.starts == null) {
      int o = ords[doc];
      if (o >= 0) {
        counts[at + toGlobal[o]]++;
      }
    } else {
      for (int i = c.starts[doc], end = c.starts[doc + 1]; i < end; i++) {
        counts[at + toGlobal[ords[i]]]++;
      }
    }
  }

  /**
   * The collector of one slice.
   *
   * @param <C> the hits collector
   */
  static final class Counting<C extends Collector> implements Collector {
    final C hits;
    final int[][] counts;
    private long matched;
    private final ReaderFacets.Dim[] counted;
    private final ReaderFacets.Pair pair;

    /** Counts of a fused pair's second dimension when only its first is counted. */
    private int[] unwanted;

    /**
     * Per counted dimension, counts by segment ordinal + 1 (slot 0 for none), zero between
     * segments: reused by each segment of this slice.
     */
    private final int[][] local;

    Counting(C hits, ReaderFacets.Dim[] counted, ReaderFacets.Pair pair, int[][] counts) {
      this.local = new int[counted.length][];
      this.hits = hits;
      this.counted = counted;
      this.pair = pair;
      this.counts = counts;
    }

    @Override
    public ScoreMode scoreMode() {
      ScoreMode m = hits.scoreMode();
      // Every match must be seen to be counted: never let the hits collector skip any.
      if (m.isExhaustive()) {
        return m;
      }
      return m.needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (SearchDeadline.INSTANCE.shouldExit()) {
        throw new CollectionTerminatedException(); // the search reports the timeout
      }
      LeafCounts leafCounts = leafCounts(context.ord);
      if (hits == NOTHING) {
        return countingOnly(leafCounts);
      }
      LeafCollector delegate = hits.getLeafCollector(context);
      return new LeafCollector() {
        private int seen;
        private int passed;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          delegate.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          if ((++seen & (DEADLINE_EVERY - 1)) == 0 && SearchDeadline.INSTANCE.shouldExit()) {
            throw new CollectionTerminatedException();
          }
          passed++;
          delegate.collect(doc);
          leafCounts.count(doc);
        }

        @Override
        public void finish() throws IOException {
          leafCounts.finish();
          matched += passed;
          delegate.finish();
        }
      };
    }

    /** Counts every match: no filter to decide, no hit to hand on. */
    private LeafCollector countingOnly(LeafCounts leafCounts) {
      return new LeafCollector() {
        private int seen;

        @Override
        public void setScorer(Scorable scorer) {
          // Counting needs no scores.
        }

        @Override
        public void collect(int doc) {
          if ((++seen & (DEADLINE_EVERY - 1)) == 0 && SearchDeadline.INSTANCE.shouldExit()) {
            throw new CollectionTerminatedException();
          }
          leafCounts.count(doc);
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
          // A bit set's worth of matches at once, a batch at a time: no call per match.
          int before = seen;
          seen += leafCounts.countAll(stream);
          if ((before ^ seen) >= DEADLINE_EVERY && SearchDeadline.INSTANCE.shouldExit()) {
            throw new CollectionTerminatedException();
          }
        }

        @Override
        public void finish() {
          leafCounts.finish();
          matched += seen;
        }
      };
    }

    /** What counting a hit of one segment reads: the fused pair, if any, then the other columns. */
    private LeafCounts leafCounts(int leaf) {
      PairColumn fused = pair == null ? null : pair.leaves()[leaf];
      int a = pair == null ? -1 : pair.first();
      int b = pair == null ? -1 : pair.second();
      int firstLabels = fused == null ? 0 : counted[a].columns[leaf].valueCount;
      if (b < 0 && firstLabels > LOCAL_MAX) {
        fused = null; // counting the first alone needs it by segment ordinal: count it apart
      }
      int n = counted.length - (fused == null ? 0 : b < 0 ? 1 : 2);
      DimensionColumn[] cols = new DimensionColumn[n];
      int[][] maps = new int[n][];
      int[][] into = new int[n][];
      int[][] byOrd = new int[n][];
      int k = 0;
      for (int i = 0; i < counted.length; i++) {
        if (fused != null && (i == a || i == b)) {
          continue;
        }
        DimensionColumn col = counted[i].columns[leaf];
        cols[k] = col;
        maps[k] = counted[i].toGlobal[leaf];
        into[k] = counts[i];
        byOrd[k++] = col.valueCount <= LOCAL_MAX ? local(i, col.valueCount) : null;
      }
      if (fused == null) {
        return new LeafCounts(null, null, null, null, null, null, null, cols, maps, into, byOrd);
      }
      if (b < 0) {
        if (unwanted == null) {
          unwanted = new int[DimensionColumn.SMALL_VALUES + 1];
        }
        // The second dimension's counts go to a scratch array that nobody reads.
        return new LeafCounts(
            fused,
            counted[a].toGlobal[leaf],
            counts[a],
            null,
            null,
            local(a, firstLabels),
            unwanted,
            cols,
            maps,
            into,
            byOrd);
      }
      boolean local = firstLabels <= LOCAL_MAX;
      return new LeafCounts(
          fused,
          counted[a].toGlobal[leaf],
          counts[a],
          counted[b].toGlobal[leaf],
          counts[b],
          local ? local(a, firstLabels) : null,
          local ? local(b, counted[b].columns[leaf].valueCount) : null,
          cols,
          maps,
          into,
          byOrd);
    }

    private int[] local(int dim, int valueCount) {
      int[] l = local[dim];
      if (l == null || l.length <= valueCount) {
        l = local[dim] = new int[Math.max(valueCount + 1, 128)];
      }
      return l;
    }
  }

  /**
   * The most labels a segment's column may have to be counted by segment ordinal: handing the
   * counts on to the global ordinals walks all of them once per segment, which a small search
   * should not pay for a dimension of many labels (persons, places).
   */
  private static final int LOCAL_MAX = 2048;

  /**
   * Counts the hits of one segment into a collector's counts, in batches: the column entries of a
   * batch of hits are read in one loop before any count is added, so that the processor can wait
   * for many of those (scattered, mostly uncached) reads at once instead of one after the other.
   * Counts go by segment ordinal where the segment has few labels, without a branch (slot 0 takes
   * "no value"), and are handed on to the global ordinals when the segment is done: a hit then
   * costs no look-up in the ordinal map and no mispredicted branch on whether it has a value.
   */
  private static final class LeafCounts {
    private static final int BATCH = 128;

    private final PairColumn fused;
    private final int[] firstMap;
    private final int[] firstCounts;
    private final int[] secondMap;
    private final int[] secondCounts;
    private final int[] localFirst;
    private final int[] localSecond;
    private final DimensionColumn[] cols;
    private final int[][] maps;
    private final int[][] counts;
    private final int[][] byOrd;
    private final int[] docs = new int[BATCH];
    private final int[] values = new int[BATCH];
    private int pending;

    LeafCounts(
        PairColumn fused,
        int[] firstMap,
        int[] firstCounts,
        int[] secondMap,
        int[] secondCounts,
        int[] localFirst,
        int[] localSecond,
        DimensionColumn[] cols,
        int[][] maps,
        int[][] counts,
        int[][] byOrd) {
      this.fused = fused;
      this.firstMap = firstMap;
      this.firstCounts = firstCounts;
      this.secondMap = secondMap;
      this.secondCounts = secondCounts;
      this.localFirst = localFirst;
      this.localSecond = localSecond;
      this.cols = cols;
      this.maps = maps;
      this.counts = counts;
      this.byOrd = byOrd;
    }

    void count(int doc) {
      docs[pending++] = doc;
      if (pending == BATCH) {
        flush();
      }
    }

    /** Counts every document of the stream; returns how many. */
    int countAll(DocIdStream stream) throws IOException {
      int total = 0;
      while (stream.mayHaveRemaining()) {
        if (pending > 0) {
          flush();
        }
        int n = stream.intoArray(docs);
        if (n == 0) {
          break;
        }
        pending = n;
        total += n;
        flush();
      }
      return total;
    }

    /** Counts the hits still waiting in the batch and hands the segment's counts on. */
    void finish() {
      flush();
      if (localFirst != null) {
        toGlobal(localFirst, firstMap, firstCounts);
        if (secondMap != null) {
          toGlobal(localSecond, secondMap, secondCounts);
        }
      }
      for (int c = 0; c < cols.length; c++) {
        if (byOrd[c] != null) {
          toGlobal(byOrd[c], maps[c], counts[c]);
        }
      }
    }

    /** Adds counts by segment ordinal + 1 to counts by global ordinal, and zeroes them. */
    private static void toGlobal(int[] local, int[] map, int[] global) {
      local[0] = 0;
      for (int o = 0; o < map.length; o++) {
        int c = local[o + 1];
        if (c != 0) {
          global[map[o]] += c;
          local[o + 1] = 0;
        }
      }
    }

    /** Counts the hits still waiting in the batch. */
    void flush() {
      int n = pending;
      pending = 0;
      int[] v = values;
      if (fused != null) {
        int[] packed = fused.packed;
        for (int i = 0; i < n; i++) {
          v[i] = packed[docs[i]];
        }
        if (localFirst == null) {
          for (int i = 0; i < n; i++) {
            fused.countPacked(v[i], firstMap, firstCounts, secondMap, secondCounts);
          }
        } else {
          countPackedBySegmentOrdinal(n);
        }
      }
      for (int c = 0; c < cols.length; c++) {
        DimensionColumn col = cols[c];
        int[] local = byOrd[c];
        if (local != null) {
          countBySegmentOrdinal(col, local, n);
        } else {
          countByGlobalOrdinal(col, maps[c], counts[c], n);
        }
      }
    }

    /**
     * The fused pair by segment ordinal. The first dimension's slot 0 also takes the hits of
     * several values, whose entries are moved to the front of {@link #values} (behind the ones
     * already read) and counted apart.
     */
    private void countPackedBySegmentOrdinal(int n) {
      int[] v = values;
      int[] first = localFirst;
      int[] second = localSecond;
      int several = 0;
      for (int i = 0; i < n; i++) {
        int x = v[i];
        second[x & PairColumn.SECOND_MASK]++;
        first[(x >>> PairColumn.SECOND_BITS) & ~(x >> 31)]++;
        v[several] = x;
        several += x >>> 31;
      }
      int[] extra = fused.extra;
      for (int i = 0; i < several; i++) {
        int at = PairColumn.offset(v[i]);
        for (int k = at + 1, end = at + 1 + extra[at]; k < end; k++) {
          first[extra[k] + 1]++;
        }
      }
    }

    /**
     * Reads the column's entry of each waiting hit into {@link #values}: its ordinal (-1 for none)
     * or, when several-valued, its start in {@code ords}.
     */
    private void gather(DimensionColumn col, int n) {
      int[] v = values;
      if (col.small != null) {
        byte[] small = col.small;
        for (int i = 0; i < n; i++) {
          v[i] = small[docs[i]];
        }
      } else {
        int[] entries = col.starts == null ? col.ords : col.starts;
        for (int i = 0; i < n; i++) {
          v[i] = entries[docs[i]];
        }
      }
    }

    private void countBySegmentOrdinal(DimensionColumn col, int[] local, int n) {
      gather(col, n);
      int[] v = values;
      if (col.starts == null) {
        for (int i = 0; i < n; i++) {
          local[v[i] + 1]++;
        }
      } else {
        int[] starts = col.starts;
        int[] ords = col.ords;
        for (int i = 0; i < n; i++) {
          for (int k = v[i], end = starts[docs[i] + 1]; k < end; k++) {
            local[ords[k] + 1]++;
          }
        }
      }
    }

    private void countByGlobalOrdinal(DimensionColumn col, int[] map, int[] into, int n) {
      gather(col, n);
      int[] v = values;
      if (col.starts == null) {
        for (int i = 0; i < n; i++) {
          if (v[i] >= 0) {
            into[map[v[i]]]++;
          }
        }
      } else {
        int[] starts = col.starts;
        int[] ords = col.ords;
        for (int i = 0; i < n; i++) {
          for (int k = v[i], end = starts[docs[i] + 1]; k < end; k++) {
            into[map[ords[k]]]++;
          }
        }
      }
    }
  }
}
