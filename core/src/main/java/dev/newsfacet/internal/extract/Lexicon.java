package dev.newsfacet.internal.extract;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fixed set of folded words, each with a dense id, in one open-addressing table. The tokeniser
 * looks every ASCII word up straight from the text (with the hash it computed while reading the
 * word), so a known word costs neither a new string nor a second hash, and its id is what the
 * dictionary needs. Immutable, so one instance serves every thread.
 */
final class Lexicon {
  /**
   * Frequent English words that start no phrase: looked up like dictionary words so that their
   * folded form is shared, not allocated for every occurrence.
   */
  private static final String[] COMMON = {
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "was",
    "that",
    "for",
    "on",
    "it",
    "with",
    "as",
    "he",
    "she",
    "at",
    "by",
    "from",
    "his",
    "her",
    "its",
    "an",
    "be",
    "had",
    "has",
    "have",
    "were",
    "are",
    "not",
    "but",
    "or",
    "this",
    "which",
    "said",
    "they",
    "their",
    "been",
    "after",
    "who",
    "would",
    "will",
    "than",
    "more",
    "one",
    "two",
    "three",
    "about",
    "into",
    "over",
    "also",
    "against",
    "between",
    "since",
    "during",
    "when",
    "where",
    "while",
    "we",
    "our",
    "us",
    "there",
    "all",
    "new",
    "other",
    "some",
    "up",
    "out",
    "no",
    "year",
    "years",
    "last",
    "first",
    "government",
    "president",
    "minister",
    "people",
    "forces",
    "military",
    "officials",
    "told",
    "says",
    "say",
    "could",
    "can",
    "may",
    "what",
    "if",
    "them",
    "him",
    "both",
    "under",
    "before",
    "such",
    "only",
    "s",
    "t",
    "most",
    "many",
    "any",
    "did",
    "do",
    "does",
    "being",
    "these",
    "those",
    "then",
    "because",
    "so",
    "still",
    "any",
    "each",
    "week",
    "day",
    "country",
    "state",
    "talks",
    "war",
    "peace",
    "security",
    "border",
    "city",
    "region",
    "north",
    "south",
    "east",
    "west",
    "several",
    "later",
    "earlier",
    "including",
    "according",
    "called",
    "made",
    "make",
    "part",
    "per",
    "least",
    "near",
    "around",
    "through",
    "across",
    "without",
    "within",
    "further",
    "like"
  };

  /**
   * Two longs per slot: the word's hash in the high half and its id + 1 in the low half (0 when
   * empty), then the word packed into a long ({@link #pack}), side by side so that a look-up reads
   * one cache line.
   */
  private final long[] slots;

  private final String[] words;
  private final int mask;

  /** Per id: a value its owner attached ({@link #attach}), or null. */
  private int[] info;

  /**
   * One bit per hash bucket of a table small enough to stay in the first-level cache: a clear bit
   * says the word is not in the lexicon without a look at {@link #slots}.
   */
  private final long[] filter = new long[FILTER_BITS / 64];

  private static final int FILTER_BITS = 1 << 16;

  /** The given words (first occurrence gets the lower id), then the common words not among them. */
  Lexicon(Collection<String> given) {
    Set<String> all = new LinkedHashSet<>(given);
    for (String w : COMMON) {
      all.add(w);
    }
    words = all.toArray(new String[0]);
    int cap = Integer.highestOneBit(Math.max(16, words.length * 2) - 1) << 1;
    slots = new long[2 * cap];
    mask = cap - 1;
    for (int id = 0; id < words.length; id++) {
      String w = words[id];
      int h = w.hashCode();
      int slot = spread(h) & mask;
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = ((long) h << 32) | (id + 1);
      slots[2 * slot + 1] = pack(w, 0, w.length());
      int f = h & (FILTER_BITS - 1);
      filter[f >>> 6] |= 1L << f;
    }
  }

  /**
   * {@code s[from, to)} lower-cased and packed one character a byte, or 0 if it is longer than 8
   * characters, empty or not ASCII letters and digits.
   */
  private static long pack(String s, int from, int to) {
    if (to - from > 8 || to == from) {
      return 0;
    }
    long p = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return 0;
      }
      p = (p << 8) | c;
    }
    return p;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 7;
  }

  /**
   * Attaches a value to every id, which {@link TextTokens} gives each word it tokenises with this
   * lexicon ({@link TextTokens#lexiconInfo}); once, before the lexicon is shared between threads.
   */
  void attach(int[] values) {
    if (values.length != words.length) {
      throw new IllegalArgumentException(values.length + " values for " + words.length + " ids");
    }
    info = values;
  }

  /** The values {@link #attach}ed, or null. */
  int[] info() {
    return info;
  }

  /**
   * Per id: the word's {@link PlaceFinder#keyword}, made on first use (the table is immutable, so a
   * race makes it twice at worst), so that the place finder does not switch on the strings of the
   * frequent words "in" and "from" at every occurrence.
   */
  private volatile int[] placeKeywords;

  /** {@link PlaceFinder#keyword} of every word, by id. */
  int[] placeKeywords() {
    int[] k = placeKeywords;
    if (k == null) {
      k = new int[words.length];
      for (int id = 0; id < words.length; id++) {
        k[id] = PlaceFinder.keyword(words[id]);
      }
      placeKeywords = k;
    }
    return k;
  }

  /** How many words (ids run from 0 to this, exclusive). */
  int size() {
    return words.length;
  }

  /** The word of an id. */
  String word(int id) {
    return words[id];
  }

  /**
   * False if no word of the lexicon has this {@link String#hashCode} of its folded form (one bit of
   * the first-level-cache-sized filter); true if one may.
   */
  boolean mayContain(int hash) {
    int f = hash & (FILTER_BITS - 1);
    return (filter[f >>> 6] & (1L << f)) != 0;
  }

  /** The id of a folded word, or -1. */
  int id(String word) {
    int h = word.hashCode();
    int f = h & (FILTER_BITS - 1);
    if ((filter[f >>> 6] & (1L << f)) == 0) {
      return -1;
    }
    int slot = spread(h) & mask;
    long e;
    while ((e = slots[2 * slot]) != 0) {
      if ((int) (e >>> 32) == h && words[(int) e - 1].equals(word)) {
        return (int) e - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * The id of the word {@code text[s, e)} of ASCII letters and digits, folded to lower case, or -1;
   * {@code hash} is {@link String#hashCode} of its folded form. A word of up to 8 characters is
   * compared packed into a long ({@code key}, as {@link #pack} gives it; only read for such a
   * word), without reading the lexicon's string.
   */
  int id(char[] text, int s, int e, int hash, long key) {
    int f = hash & (FILTER_BITS - 1);
    if ((filter[f >>> 6] & (1L << f)) == 0) {
      return -1;
    }
    int slot = spread(hash) & mask;
    long x;
    while ((x = slots[2 * slot]) != 0) {
      if ((int) (x >>> 32) == hash) {
        int id = (int) x - 1;
        if (e - s <= 8) {
          if (slots[2 * slot + 1] == key) {
            return id;
          }
        } else if (sameFolded(words[id], text, s, e)) {
          return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static boolean sameFolded(String word, char[] text, int s, int e) {
    if (word.length() != e - s) {
      return false;
    }
    for (int k = s; k < e; k++) {
      char c = text[k];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != word.charAt(k - s)) {
        return false;
      }
    }
    return true;
  }
}
