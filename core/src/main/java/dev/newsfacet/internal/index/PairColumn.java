package dev.newsfacet.internal.index;

import java.util.Arrays;

/**
 * Two dimensions' ordinals of one segment fused into one int per document, so that counting both
 * for a hit reads one cache line instead of two or three: hits are scattered over the segment, and
 * at a million articles the columns no longer stay in the processor's caches, so each array a hit
 * touches costs a memory access. The second dimension must be a byte column ({@link
 * DimensionColumn#small}, e.g. year); the first may be anything.
 *
 * <p>Layout of {@link #packed}: bits 0-6 hold the second dimension's ordinal + 1 (0 for none). When
 * the sign bit is clear, bits 7-30 hold the first dimension's only ordinal + 1 (0 for none); when
 * it is set, the document has several values of the first dimension and bits 7-30 are an offset
 * into {@link #extra}, which holds there how many, then the ordinals; documents with the same
 * values share one such list. Ordinals are segment-relative, as in {@link DimensionColumn}.
 */
final class PairColumn {
  /** The largest first-dimension ordinal + 1 that fits beside the second dimension. */
  private static final int MAX_FIRST = (1 << 24) - 1;

  static final int SECOND_BITS = 7;
  static final int SECOND_MASK = (1 << SECOND_BITS) - 1;

  final int[] packed;
  final int[] extra;

  private PairColumn(int[] packed, int[] extra) {
    this.packed = packed;
    this.extra = extra;
  }

  /**
   * Fuses two columns of one segment, or returns {@code null} when they do not fit the layout (the
   * second is not a byte column, or the first has too many labels or values).
   */
  static PairColumn of(DimensionColumn first, DimensionColumn second, int maxDoc) {
    if (second.small == null || first.valueCount >= MAX_FIRST) {
      return null;
    }
    int[] packed = new int[maxDoc];
    int[] extra = new int[16];
    int n = 0;
    // Documents with the same values share one list: a third of the articles name several
    // parties, but far fewer distinct sets of them, and a smaller extra stays in the caches. The
    // lists are found again through an open-addressing table of their offsets in extra (-1 for
    // none), hashed from their values: no object per document, which a fresh process building
    // this for a million articles would pay in allocation and interpreted hashing.
    int[] table = new int[64];
    Arrays.fill(table, -1);
    int lists = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      int low = second.small[doc] + 1;
      int high;
      if (first.small != null) {
        high = first.small[doc] + 1;
      } else if (first.starts == null) {
        high = first.ords[doc] + 1;
      } else {
        int s = first.starts[doc];
        int count = first.starts[doc + 1] - s;
        if (count <= 1) {
          high = count == 0 ? 0 : first.ords[s] + 1;
        } else {
          int hash = hash(first.ords, s, count);
          int mask = table.length - 1;
          int slot = hash & mask;
          int at;
          while ((at = table[slot]) >= 0 && !sameList(extra, at, first.ords, s, count)) {
            slot = (slot + 1) & mask;
          }
          if (at < 0) {
            if (n + count + 1 > MAX_FIRST) {
              return null;
            }
            if (n + count + 1 > extra.length) {
              extra = Arrays.copyOf(extra, Math.max(n + count + 1, extra.length * 2));
            }
            at = n;
            table[slot] = at;
            extra[n++] = count;
            System.arraycopy(first.ords, s, extra, n, count);
            n += count;
            if (++lists * 2 > table.length) {
              table = rehash(table, extra);
            }
          }
          packed[doc] = Integer.MIN_VALUE | (at << SECOND_BITS) | low;
          continue;
        }
      }
      packed[doc] = (high << SECOND_BITS) | low;
    }
    return new PairColumn(packed, Arrays.copyOf(extra, n));
  }

  private static int hash(int[] values, int from, int count) {
    int h = count;
    for (int i = from, end = from + count; i < end; i++) {
      h = 31 * h + values[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Whether the list at {@code at} in {@code extra} holds the {@code count} values at from. */
  private static boolean sameList(int[] extra, int at, int[] values, int from, int count) {
    return extra[at] == count
        && Arrays.equals(extra, at + 1, at + 1 + count, values, from, from + count);
  }

  /** The table twice as large, every list in it again. */
  private static int[] rehash(int[] table, int[] extra) {
    int[] larger = new int[table.length * 2];
    Arrays.fill(larger, -1);
    int mask = larger.length - 1;
    for (int at : table) {
      if (at >= 0) {
        int slot = hash(extra, at + 1, extra[at]) & mask;
        while (larger[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        larger[slot] = at;
      }
    }
    return larger;
  }

  /**
   * Adds one document's values of both dimensions to their counts (by global ordinal).
   *
   * @param firstToGlobal segment ordinal to global ordinal of the first dimension
   * @param secondToGlobal the same for the second
   */
  void count(
      int doc, int[] firstToGlobal, int[] firstCounts, int[] secondToGlobal, int[] secondCounts) {
    countPacked(packed[doc], firstToGlobal, firstCounts, secondToGlobal, secondCounts);
  }

  /** Where in {@link #extra} the values of a {@link #packed} entry with the sign bit set start. */
  static int offset(int v) {
    return (v & Integer.MAX_VALUE) >>> SECOND_BITS;
  }

  /** Adds the values of one document, given its {@link #packed} entry, to their counts. */
  void countPacked(
      int v, int[] firstToGlobal, int[] firstCounts, int[] secondToGlobal, int[] secondCounts) {
    int low = v & SECOND_MASK;
    if (low != 0) {
      secondCounts[secondToGlobal[low - 1]]++;
    }
    if (v >= 0) {
      int high = v >>> SECOND_BITS;
      if (high != 0) {
        firstCounts[firstToGlobal[high - 1]]++;
      }
    } else {
      int at = offset(v);
      for (int i = at + 1, end = at + 1 + extra[at]; i < end; i++) {
        firstCounts[firstToGlobal[extra[i]]]++;
      }
    }
  }
}
