package dev.newsfacet.internal.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A blocked Bloom filter over 64-bit keys, sized once: each key sets one bit in each of the eight
 * longs of one 64-byte block, so a lookup reads one block (about one cache line) and answers "no"
 * exactly for keys never added. One thread at a time may add while other threads look keys up: bits
 * are published with release stores, read with acquire loads, and never cleared.
 */
final class KeyFilter {
  /** Longs per block: 512 bits, the size of a cache line. */
  private static final int BLOCK = 8;

  /**
   * The first word of the first block: an array of half a G1 region or more (a band filter is
   * megabytes) starts a region, its longs 16 bytes in, so blocks from the sixth long on each lie in
   * one 64-byte cache line where from the first they would straddle two. A smaller array may start
   * anywhere, where the offset neither helps nor hurts.
   */
  private static final int LINE_START = 6;

  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  /** Odd multipliers that pick the bit of each word from the key's low 32 bits. */
  private static final int[] SALT = {
    0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d, 0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31
  };

  private final long[] words;
  private final int blocks;
  private final long capacity;
  private long added;

  /**
   * A filter for about {@code capacity} keys at {@code bitsPerKey} bits each (16 gives a false
   * positive rate near 0.1% when full).
   */
  KeyFilter(long capacity, int bitsPerKey) {
    if (capacity < 1 || bitsPerKey < 1) {
      throw new IllegalArgumentException("capacity and bits per key must be positive");
    }
    long bits = capacity * bitsPerKey;
    long b = Math.max(1, (bits + 511) / 512);
    if (b * BLOCK > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("filter too large: " + capacity + " keys");
    }
    this.blocks = (int) b;
    this.words = new long[blocks * BLOCK + BLOCK];
    this.capacity = capacity;
  }

  /**
   * Adds a key; safe while other threads call {@link #mightContain}, but only one thread may add at
   * a time (so a read, an or and a release store suffice: no atomic read-modify-write).
   */
  void add(long key) {
    long h = Fingerprint.mix(key);
    int base = block(h);
    int lo = (int) h;
    for (int i = 0; i < BLOCK; i++) {
      int w = base + i;
      WORDS.setRelease(words, w, words[w] | 1L << ((lo * SALT[i]) >>> 26));
    }
    added++;
  }

  /** Adds a key by plain writes: only before the filter is shared with other threads. */
  void addUnshared(long key) {
    long h = Fingerprint.mix(key);
    int base = block(h);
    int lo = (int) h;
    for (int i = 0; i < BLOCK; i++) {
      words[base + i] |= 1L << ((lo * SALT[i]) >>> 26);
    }
    added++;
  }

  /** False only if the key was never added. */
  boolean mightContain(long key) {
    long h = Fingerprint.mix(key);
    int base = block(h);
    int lo = (int) h;
    for (int i = 0; i < BLOCK; i++) {
      long bit = 1L << ((lo * SALT[i]) >>> 26);
      if (((long) WORDS.getAcquire(words, base + i) & bit) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the blocks of these keys (from {@code from} to {@code to}, exclusive), so that the adds
   * that follow find them in the cache: these loads do not depend on each other, so the lines come
   * in at the same time, where the adds' stores would wait for each line in turn.
   *
   * @return a value to keep, so that the reads are not left out
   */
  long touch(long[] keys, int from, int to) {
    long x = 0;
    for (int k = from; k < to; k++) {
      x += words[block(Fingerprint.mix(keys[k]))];
    }
    return x;
  }

  private int block(long h) {
    // The top 32 bits scaled onto the block count (no modulo, no power of two needed).
    return (int) (((h >>> 32) * blocks) >>> 32) * BLOCK + LINE_START;
  }

  /** Keys added (with repeats), to tell when the filter is full; read by its single writer. */
  long added() {
    return added;
  }

  /** The keys it was sized for. */
  long capacity() {
    return capacity;
  }

  /** Heap bytes of the bit array. */
  long bytes() {
    return (long) words.length * Long.BYTES;
  }
}
