package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values by their words and by those words with one character deleted (a deletion neighbourhood),
 * so that the words one edit away from a given word are found with a few hash probes instead of a
 * scan: a word {@code t} is one substitution, insertion or deletion away from {@code q} only if
 * {@code t} equals {@code q} with one character deleted, {@code q} equals {@code t} with one
 * deleted, or both with one deleted at the same place are equal.
 *
 * <p>The table is keyed by 64-bit hashes of those strings, which are never made: a probe may return
 * values of another word (a hash collision, or a deletion pair that is two edits apart), so a
 * caller tests every value it gets; it never misses one. Immutable once built.
 *
 * @param <T> the values, with the word each was added under
 */
final class NearSpellingIndex<T> {
  /** A probe of a whole word: what {@link #whole} looks up. */
  private static final long WHOLE_SEED = 0x2545F4914F6CDD1DL;

  /** A probe of a word with one character deleted: what {@link #deleted} looks up. */
  private static final long DELETED_SEED = 0x9E3779B97F4A7C15L;

  private static final Object[] NONE = new Object[0];

  private final long[] keys;
  private final Object[][] values;
  private final int mask;

  private NearSpellingIndex(long[] keys, Object[][] values) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
  }

  /** Gathers words and values, then {@link #build}s the index. */
  static final class Builder<T> {
    private final List<String> words = new ArrayList<>();
    private final List<T> items = new ArrayList<>();

    /** Adds a value under a word. */
    void add(String word, T value) {
      words.add(word);
      items.add(value);
    }

    /**
     * The index of the words added so far; only words of at least {@code minDeleted} characters are
     * entered with their deletions too.
     */
    NearSpellingIndex<T> build(int minDeleted) {
      List<long[]> entries = new ArrayList<>();
      for (int v = 0; v < words.size(); v++) {
        String w = words.get(v);
        entries.add(new long[] {hash(w, -1, WHOLE_SEED), v});
        if (w.length() >= minDeleted) {
          for (int i = 0; i < w.length(); i++) {
            entries.add(new long[] {hash(w, i, DELETED_SEED), v});
          }
        }
      }
      int capacity = Integer.highestOneBit(Math.max(16, entries.size() * 2)) * 2;
      long[] keys = new long[capacity];
      Object[][] values = new Object[capacity][];
      for (long[] e : entries) {
        int slot = probe(keys, values, capacity - 1, e[0]);
        T item = items.get((int) e[1]);
        Object[] here = values[slot];
        if (here == null) {
          keys[slot] = e[0];
          values[slot] = new Object[] {item};
        } else if (!containsSame(here, item)) {
          // A word with a doubled letter ("lavrrov") gives one deletion twice: kept once.
          Object[] more = Arrays.copyOf(here, here.length + 1);
          more[here.length] = item;
          values[slot] = more;
        }
      }
      return new NearSpellingIndex<>(keys, values);
    }
  }

  private static boolean containsSame(Object[] values, Object item) {
    for (Object v : values) {
      if (v == item) {
        return true;
      }
    }
    return false;
  }

  /** The slot of a key: where it is, or the empty slot where it would go. */
  private static int probe(long[] keys, Object[][] values, int mask, long key) {
    int slot = (int) mix(key) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * The values added under words whose hash equals that of {@code word} (with character {@code
   * skip} deleted, unless it is -1): at least every value added under that very string.
   */
  Object[] whole(String word, int skip) {
    return at(hash(word, skip, WHOLE_SEED));
  }

  /**
   * The values added under words of which one deletion hashes as {@code word} (with character
   * {@code skip} deleted, unless it is -1): at least every value whose word gives that string.
   */
  Object[] deleted(String word, int skip) {
    return at(hash(word, skip, DELETED_SEED));
  }

  private Object[] at(long key) {
    long[] keys = this.keys;
    int slot = (int) mix(key) & mask;
    long k;
    // The keys alone until one matches: most probes find none, and then the values stay unread.
    while ((k = keys[slot]) != 0) {
      if (k == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return NONE;
  }

  /**
   * A polynomial hash of {@code word} without its character {@code skip} (none if -1), seeded by
   * the kind of probe and the resulting length; never 0, which marks an empty slot.
   */
  static long hash(String word, int skip, long seed) {
    int n = word.length();
    long h = seed + (skip < 0 ? n : n - 1);
    for (int k = 0; k < n; k++) {
      if (k != skip) {
        h = h * 0x100000001B3L + word.charAt(k);
      }
    }
    return h == 0 ? 1 : h;
  }

  /** Spreads a hash's bits over the low ones that pick a slot (the finaliser of MurmurHash3). */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB93FE5A73FEFL;
    h ^= h >>> 33;
    return h;
  }
}
