package dev.newsfacet.internal.index;

import java.util.Arrays;

/**
 * Which articles of a list have which band keys: a hash table of primitive longs, each key with a
 * chain of article numbers, for the tens of thousands of keys of one file without boxing them.
 */
final class BandTable {
  private static final int NONE = -1;

  private final long[] keys;
  private final int[] heads;
  private final int mask;
  private int[] articles;
  private int[] nexts;
  private int entries;
  private int distinct;

  /** A table sized for about this many (key, article) entries. */
  BandTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    heads = new int[capacity];
    Arrays.fill(heads, NONE);
    mask = capacity - 1;
    articles = new int[Math.max(16, expected)];
    nexts = new int[articles.length];
  }

  private int slot(long key) {
    int i = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
    while (heads[i] != NONE && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Adds an article under a key, once: adding the same pair twice in a row keeps one. */
  void add(long key, int article) {
    int s = slot(key);
    int head = heads[s];
    if (head == NONE) {
      keys[s] = key;
      distinct++;
    } else if (articles[head] == article) {
      return;
    }
    if (entries == articles.length) {
      articles = Arrays.copyOf(articles, entries * 2);
      nexts = Arrays.copyOf(nexts, entries * 2);
    }
    articles[entries] = article;
    nexts[entries] = head;
    heads[s] = entries++;
  }

  /** The first entry under a key, or -1; the articles come newest first. */
  int first(long key) {
    return heads[slot(key)];
  }

  /** The entry after this one under the same key, or -1. */
  int next(int entry) {
    return nexts[entry];
  }

  /** The article of an entry. */
  int article(int entry) {
    return articles[entry];
  }

  /** The distinct keys, in no particular order. */
  long[] keys() {
    long[] out = new long[distinct];
    int n = 0;
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] != NONE) {
        out[n++] = keys[i];
      }
    }
    return out;
  }

  /** Whether no key was added. */
  boolean isEmpty() {
    return distinct == 0;
  }
}
