package dev.newsfacet.internal.index;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Band key to values in the order they were added: a table of primitive keys whose chains share two
 * flat arrays, for the pending articles of a long ingest (32 entries each) without a boxed key, a
 * map node and a list per entry. Values that are dropped stay in their chains, skipped by the
 * reader, until they make up half the entries; then the table is rebuilt from the live ones.
 */
final class BandChains<T> {
  private static final int NONE = -1;

  private long[] keys;
  private int[] heads;
  private int[] tails;
  private int mask;
  private int distinct;
  private Object[] values;
  private int[] nexts;
  private int entries;
  private int dropped;
  private final Predicate<T> live;

  /** An empty table; {@code live} tells the values still wanted from those dropped. */
  BandChains(Predicate<T> live) {
    this.live = live;
    allocate(64, 16);
  }

  private void allocate(int expectedKeys, int expectedEntries) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2) - 1) << 1;
    keys = new long[capacity];
    heads = new int[capacity];
    tails = new int[capacity];
    Arrays.fill(heads, NONE);
    mask = capacity - 1;
    distinct = 0;
    values = new Object[Math.max(16, expectedEntries)];
    nexts = new int[values.length];
    entries = 0;
    dropped = 0;
  }

  private int slot(long key) {
    int i = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
    while (heads[i] != NONE && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Adds a value at the end of a key's chain. */
  void add(long key, T value) {
    if ((distinct + 1) * 2 > keys.length) {
      rebuild(distinct + 1);
    }
    put(key, value);
  }

  private void put(long key, Object value) {
    if (entries == values.length) {
      values = Arrays.copyOf(values, entries * 2);
      nexts = Arrays.copyOf(nexts, entries * 2);
    }
    int s = slot(key);
    values[entries] = value;
    nexts[entries] = NONE;
    if (heads[s] == NONE) {
      keys[s] = key;
      heads[s] = entries;
      distinct++;
    } else {
      nexts[tails[s]] = entries;
    }
    tails[s] = entries++;
  }

  /** The first entry under a key, or -1. */
  int first(long key) {
    return heads[slot(key)];
  }

  /** The entry after this one under the same key, or -1. */
  int next(int entry) {
    return nexts[entry];
  }

  /** The value of an entry, dropped or not. */
  @SuppressWarnings("unchecked")
  T value(int entry) {
    return (T) values[entry];
  }

  /**
   * Notes that values making up this many entries were dropped (the live test now says false for
   * them); rebuilds once they are half of all entries.
   */
  void dropped(int count) {
    dropped += count;
    if (dropped > 4096 && dropped * 2 > entries) {
      rebuild(distinct);
    }
  }

  /** How many entries are held, dropped ones included. */
  int entries() {
    return entries;
  }

  @SuppressWarnings("unchecked")
  private void rebuild(int expectedKeys) {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    Object[] oldValues = values;
    int[] oldNexts = nexts;
    int kept = entries - dropped;
    // Walking each old chain in order keeps every key's values in the order they were added.
    allocate(Math.max(16, expectedKeys), kept + 16);
    for (int i = 0; i < oldHeads.length; i++) {
      for (int e = oldHeads[i]; e != NONE; e = oldNexts[e]) {
        T v = (T) oldValues[e];
        if (live.test(v)) {
          put(oldKeys[i], v);
        }
      }
    }
  }
}
