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

  /**
   * Two longs per slot, so that a probe reads one cache line: the key, then the chain's first entry
   * plus one in the high half and its last entry in the low half (0 for an empty slot).
   */
  private long[] table;

  private int mask;
  private int distinct;
  private Object[] values;
  private int[] nexts;

  /** The key of each entry: a rebuild reads the entries in the order added, not chain by chain. */
  private long[] entryKeys;

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
    table = new long[capacity * 2];
    mask = capacity - 1;
    distinct = 0;
    values = new Object[Math.max(16, expectedEntries)];
    nexts = new int[values.length];
    entryKeys = new long[values.length];
    entries = 0;
    dropped = 0;
  }

  /** The index in {@link #table} of the key's slot, or of the empty slot where it would go. */
  private int slot(long key) {
    int i = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
    while (true) {
      int t = i << 1;
      if (table[t + 1] == 0 || table[t] == key) {
        return t;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds a value at the end of a key's chain. */
  void add(long key, T value) {
    if ((distinct + 1) * 2 > table.length >>> 1) {
      if (dropped * 4 > entries) {
        rebuild(distinct + 1);
      } else {
        grow();
      }
    }
    put(key, value);
  }

  /**
   * Doubles the table, its slots moved as they are: the chains live in the entry arrays, which
   * stay, so growing reads the table once and no entry (a rebuild copies every live entry).
   */
  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    mask = old.length - 1;
    for (int t = 0; t < old.length; t += 2) {
      if (old[t + 1] != 0) {
        // The keys are distinct, so this finds an empty slot.
        int to = slot(old[t]);
        table[to] = old[t];
        table[to + 1] = old[t + 1];
      }
    }
  }

  private void put(long key, Object value) {
    if (entries == values.length) {
      values = Arrays.copyOf(values, entries * 2);
      nexts = Arrays.copyOf(nexts, entries * 2);
      entryKeys = Arrays.copyOf(entryKeys, entries * 2);
    }
    int t = slot(key);
    int e = entries++;
    values[e] = value;
    nexts[e] = NONE;
    entryKeys[e] = key;
    long chain = table[t + 1];
    if (chain == 0) {
      table[t] = key;
      table[t + 1] = (long) (e + 1) << 32 | e;
      distinct++;
    } else {
      nexts[(int) chain] = e;
      table[t + 1] = (chain & 0xFFFFFFFF00000000L) | e;
    }
  }

  /** The first entry under a key, or -1. */
  int first(long key) {
    return (int) (table[slot(key) + 1] >>> 32) - 1;
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
    Object[] oldValues = values;
    long[] oldKeys = entryKeys;
    int oldEntries = entries;
    int kept = entries - dropped;
    allocate(Math.max(16, expectedKeys), kept + 16);
    // In the order added, so every key's values keep their order; a sequential read, where walking
    // the old chains jumped about the arrays (the values dropped first are the oldest).
    for (int e = 0; e < oldEntries; e++) {
      T v = (T) oldValues[e];
      if (live.test(v)) {
        put(oldKeys[e], v);
      }
    }
  }
}
