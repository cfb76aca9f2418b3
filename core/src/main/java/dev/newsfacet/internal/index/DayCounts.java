package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Counts of a reader's live dated articles by publication day, cumulated over the days, so that
 * browsing a date range (no query, no filter) takes its total and most of its facet counts from two
 * rows instead of visiting every article of the range: at a million articles a range of a few years
 * holds hundreds of thousands. The total is kept per day; facet counts per block of {@link #BLOCK}
 * days (a table per day would be labels times days large), so only the articles of the range's
 * partial blocks at either end are counted per hit. Built once per reader and dimension, on first
 * use; a dimension whose table would still be too large has none and is counted per hit.
 */
final class DayCounts {
  /** Days per row of a dimension's table. */
  static final int BLOCK = 16;

  /** The most cells (blocks times labels) a dimension's table may hold. */
  static final long MAX_CELLS = 1L << 22;

  /** The most days between the first and the last publication day the tables cover. */
  private static final long MAX_DAYS = 1L << 17;

  private final long firstDay;
  private final int days;

  /** Per day index i (0 to days): live dated articles published before firstDay + i. */
  private final int[] articles;

  private DayCounts(long firstDay, int days, int[] articles) {
    this.firstDay = firstDay;
    this.days = days;
    this.articles = articles;
  }

  /** A segment's publication days, unwrapped: building a table is not a timed search. */
  private static NumericDocValues dates(LeafReaderContext leaf) throws IOException {
    return FilterLeafReader.unwrap(leaf.reader()).getNumericDocValues(Schema.DATE);
  }

  /** Calls the consumer with the publication day of every live dated article of the reader. */
  private static void forEachLiveDay(List<LeafReaderContext> leaves, LongConsumer consumer)
      throws IOException {
    for (LeafReaderContext leaf : leaves) {
      NumericDocValues dates = dates(leaf);
      Bits live = leaf.reader().getLiveDocs();
      if (dates == null) {
        continue;
      }
      for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
        if (live == null || live.get(doc)) {
          consumer.accept(dates.longValue());
        }
      }
    }
  }

  /** The day span of a reader's live dated articles, or {@code null} when it is too long. */
  static DayCounts of(List<LeafReaderContext> leaves) throws IOException {
    long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
    forEachLiveDay(
        leaves,
        day -> {
          span[0] = Math.min(span[0], day);
          span[1] = Math.max(span[1], day);
        });
    long min = span[0];
    long max = span[1];
    if (min > max) {
      return new DayCounts(0, 0, new int[1]);
    }
    if (max - min >= MAX_DAYS) {
      return null;
    }
    int days = (int) (max - min + 1);
    int[] articles = new int[days + 1];
    forEachLiveDay(leaves, day -> articles[(int) (day - min) + 1]++);
    for (int i = 1; i <= days; i++) {
      articles[i] += articles[i - 1];
    }
    return new DayCounts(min, days, articles);
  }

  /**
   * A dimension's cumulative table: row r (0 to the number of whole blocks) holds, per
   * dimension-relative global ordinal, the live dated articles published before day firstDay + r *
   * BLOCK with that value; {@code null} when it would hold more than {@link #MAX_CELLS} cells.
   */
  int[] table(List<LeafReaderContext> leaves, ReaderFacets.Dim dim) throws IOException {
    int size = dim.size;
    int blocks = days / BLOCK;
    if ((long) (blocks + 1) * size > MAX_CELLS) {
      return null;
    }
    int[] table = new int[(blocks + 1) * size];
    if (size == 0) {
      return table;
    }
    for (int i = 0; i < leaves.size(); i++) {
      LeafReaderContext leaf = leaves.get(i);
      NumericDocValues dates = dates(leaf);
      Bits live = leaf.reader().getLiveDocs();
      if (dates == null) {
        continue;
      }
      DimensionColumn column = dim.columns[i];
      int[] toGlobal = dim.toGlobal[i];
      for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
        if (live == null || live.get(doc)) {
          int block = (int) (dates.longValue() - firstDay) / BLOCK;
          if (block < blocks) { // the last, partial block is never read from the table
            FacetCounting.count(column, toGlobal, table, (block + 1) * size, doc);
          }
        }
      }
    }
    for (int r = 1; r <= blocks; r++) {
      int at = r * size;
      int before = at - size;
      for (int k = 0; k < size; k++) {
        table[at + k] += table[before + k];
      }
    }
    return table;
  }

  /**
   * How a range [from, to] (epoch days, inclusive) splits: the whole blocks inside it, read from
   * the tables, and the days at either end, counted per hit.
   *
   * @param firstBlock the first whole block inside the range
   * @param endBlock past the last whole block (no whole block when not above firstBlock)
   * @param headTo the last day before the whole blocks (the head is [from, headTo])
   * @param tailFrom the first day after them (the tail is [tailFrom, to])
   */
  record Split(int firstBlock, int endBlock, long headTo, long tailFrom) {
    boolean hasBlocks() {
      return endBlock > firstBlock;
    }
  }

  /** Splits [from, to] (epoch days, inclusive) into whole blocks and the days at either end. */
  Split split(long from, long to) {
    long lo = Math.max(from, firstDay) - firstDay; // day index of the range's start
    long hi = Math.min(to, firstDay + days - 1L) - firstDay; // day index of its end
    int blocks = days / BLOCK;
    int first = (int) Math.min(blocks, (lo + BLOCK - 1) / BLOCK);
    int end = (int) Math.min(blocks, Math.max(0, (hi + 1) / BLOCK));
    if (hi < lo || end <= first) {
      return new Split(0, 0, to, to + 1);
    }
    return new Split(
        first, end, firstDay + (long) first * BLOCK - 1, firstDay + (long) end * BLOCK);
  }

  /** A dimension's counts over the whole blocks of a split, from its table. */
  static int[] counts(int[] table, int size, Split split) {
    int[] counts = new int[size];
    int a = split.firstBlock() * size;
    int b = split.endBlock() * size;
    for (int k = 0; k < size; k++) {
      counts[k] = table[b + k] - table[a + k];
    }
    return counts;
  }

  /** The index of the day row that counts the articles published before {@code day}. */
  private int index(long day) {
    if (day <= firstDay) {
      return 0;
    }
    return (int) Math.min(days, day - firstDay);
  }

  /**
   * The latest day on or after which at least {@code n} live articles were published (the newest
   * {@code n} articles are all from that day or later), or {@code Long.MIN_VALUE} when fewer than
   * {@code n} are dated.
   */
  long newestFrom(int n) {
    int total = articles[days];
    for (int i = days - 1; i >= 0; i--) {
      if (total - articles[i] >= n) {
        return firstDay + i;
      }
    }
    return Long.MIN_VALUE;
  }

  /**
   * The earliest day up to which at least {@code n} live articles were published, or {@code
   * Long.MAX_VALUE} when fewer than {@code n} are dated.
   */
  long oldestTo(int n) {
    for (int i = 1; i <= days; i++) {
      if (articles[i] >= n) {
        return firstDay + i - 1;
      }
    }
    return Long.MAX_VALUE;
  }

  /** Live dated articles published from {@code from} to {@code to} (epoch days, inclusive). */
  int articles(long from, long to) {
    int lo = index(from);
    int hi = to == Long.MAX_VALUE ? days : index(to + 1);
    return hi <= lo ? 0 : articles[hi] - articles[lo];
  }
}
