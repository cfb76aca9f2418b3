package dev.newsfacet.internal.index;

/**
 * A {@link KeyFilter} that keeps its false positive rate when more keys come than it was sized for:
 * a chain of filters, each {@value #GROWTH} times the capacity of the one before, where a key goes
 * into the newest and a lookup asks them all.
 *
 * <p>A chain rather than a rebuild: a rebuild needs every key again, which only the index and the
 * pending placements hold between them, and would have to stop the lookups of every thread while it
 * re-reads the index; a new filter needs nothing but memory, and the old filters keep answering for
 * the keys they hold. The price is one more block read per filter on each lookup (most lookups find
 * nothing, so they read every filter's block), and a false positive rate of at most the sum of the
 * filters' rates. Hence the steep growth: doubling left four filters after 1M articles from an
 * empty index (four cache misses per band key); eight times leaves two, in less memory (the bits of
 * 1.2M articles' capacity against 1.9M), for a newest filter that may stand mostly empty.
 *
 * <p>One thread at a time may add (the caller serialises adds); any thread may look up meanwhile.
 */
final class KeyFilterChain {
  /** How many times the capacity of the filter before a new filter is made. */
  static final int GROWTH = 8;

  private final int bitsPerKey;
  private volatile KeyFilter[] filters;

  /** A chain whose first filter holds about {@code capacity} keys. */
  KeyFilterChain(long capacity, int bitsPerKey) {
    this.bitsPerKey = bitsPerKey;
    this.filters = new KeyFilter[] {new KeyFilter(capacity, bitsPerKey)};
  }

  /** Adds a key, starting a larger filter when the newest one is full. */
  void add(long key) {
    newest().add(key);
  }

  /** Adds several keys, as many calls of {@link #add} would. */
  void addAll(long[] keys) {
    KeyFilter f = newest();
    if (f.added() + keys.length <= f.capacity()) {
      touched += f.touch(keys, 0, keys.length);
    }
    for (long key : keys) {
      add(key);
    }
  }

  /**
   * The sum of the words {@link KeyFilter#touch} read: kept, so that the compiler cannot drop the
   * reads. Written by the single adding thread only, and never read.
   */
  @SuppressWarnings("unused")
  private long touched;

  /** Adds a key by plain writes: only before the chain is shared with other threads. */
  void addUnshared(long key) {
    KeyFilter f = filters[filters.length - 1];
    if (f.added() >= f.capacity()) {
      f = grow(f);
    }
    f.addUnshared(key);
  }

  private KeyFilter newest() {
    KeyFilter[] fs = filters;
    KeyFilter f = fs[fs.length - 1];
    return f.added() >= f.capacity() ? grow(f) : f;
  }

  private KeyFilter grow(KeyFilter full) {
    KeyFilter[] fs = filters;
    KeyFilter[] more = java.util.Arrays.copyOf(fs, fs.length + 1);
    more[fs.length] = new KeyFilter(Math.min(full.capacity() * GROWTH, 1L << 32), bitsPerKey);
    filters = more;
    return more[fs.length];
  }

  /** False only if the key was never added. */
  boolean mightContain(long key) {
    KeyFilter[] fs = filters;
    // The newest first: it holds most keys.
    for (int i = fs.length - 1; i >= 0; i--) {
      if (fs[i].mightContain(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves the keys that might have been added to the front of the array, in order, as a {@link
   * #mightContain} per key would find them; the rest of the array is left undefined.
   *
   * @return how many keys were kept
   */
  int retainMaybe(long[] keys) {
    KeyFilter[] fs = filters;
    int kept = 0;
    // A chunk's blocks are read first, in loads that do not depend on each other, so that their
    // cache misses overlap; probed one by one, each key's miss waits for the one before, since a
    // probe's early "no" is a branch that cannot be predicted. In chunks, so that the lines read
    // are still in the cache when probed (a file's lookup asks for a quarter million keys).
    for (int from = 0; from < keys.length; from += CHUNK) {
      int to = Math.min(keys.length, from + CHUNK);
      long x = 0;
      for (KeyFilter f : fs) {
        x += f.touch(keys, from, to);
      }
      if (x == UNLIKELY) {
        sink = x;
      }
      for (int k = from; k < to; k++) {
        long key = keys[k];
        boolean maybe = false;
        for (int i = fs.length - 1; i >= 0 && !maybe; i--) {
          maybe = fs[i].mightContain(key);
        }
        if (maybe) {
          keys[kept++] = key;
        }
      }
    }
    return kept;
  }

  /** Keys whose blocks are read ahead at a time: a few cache lines per key, all in flight. */
  private static final int CHUNK = 32;

  /** A sum of touched words that keeps their reads from being dropped as unused. */
  private static final long UNLIKELY = 0x5eed_f00d_dead_beefL;

  @SuppressWarnings("unused")
  private static long sink;

  /** How many filters the chain has grown to. */
  int filters() {
    return filters.length;
  }

  /** Heap bytes of all the filters' bit arrays. */
  long bytes() {
    long b = 0;
    for (KeyFilter f : filters) {
      b += f.bytes();
    }
    return b;
  }
}
