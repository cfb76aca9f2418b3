package dev.newsfacet.internal.index;

import java.nio.ByteBuffer;

/**
 * What duplicate detection knows of an article's body: a hash of its normalised text (exact
 * duplicates) and a MinHash signature of its word 5-shingles (near duplicates), cut into
 * locality-sensitive bands that the index can look up.
 *
 * <p>128 hash functions in 32 bands of 4 rows: two bodies whose shingle sets have a Jaccard
 * similarity of 0.6 share at least one band with probability 0.99, and of 0.3 with probability
 * 0.23; unrelated articles (similarity under 0.05) almost never do. Candidates that share a band
 * are then compared on the whole signature.
 */
public final class Fingerprint {
  static final int HASHES = 128;
  static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 5;

  /** FNV-1a's offset basis: each word's hash starts here. */
  private static final long WORD_SEED = 0xcbf29ce484222325L;

  /** Per ASCII char: its lower case if it is a letter or digit, else 0. */
  private static final char[] ASCII_WORD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
  }

  private final String textHash;
  private final int[] signature;

  /** Computed once: placing, filtering and indexing an article each ask for them. */
  private final long[] bands;

  private Fingerprint(String textHash, int[] signature) {
    this.textHash = textHash;
    this.signature = signature;
    this.bands = bands(signature);
  }

  /** The fingerprint of a body, or {@code null} when it has no words to compare. */
  public static Fingerprint of(String body) {
    long[] words = wordHashes(body);
    int n = words.length;
    if (n == 0) {
      return null;
    }
    long exact = 0xcbf29ce484222325L;
    int shingles = Math.max(1, n - SHINGLE + 1);
    long[] v = new long[shingles];
    long[] step = new long[shingles];
    for (int s = 0; s < shingles; s++) {
      // The text hash's chain of mixes rides along: alone it is a loop of dependent multiplies that
      // leaves the core idle, beside the shingles' independent work it costs almost nothing.
      exact = mix(exact ^ words[s]);
      long h = 0;
      for (int k = s; k < Math.min(n, s + SHINGLE); k++) {
        h = Long.rotateLeft(h, 11) ^ words[k];
      }
      // 128 hash functions from two (Kirsch and Mitzenmacher): h1 + i * h2.
      long h1 = mix(h);
      v[s] = h1;
      step[s] = mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
    }
    for (int k = shingles; k < n; k++) {
      exact = mix(exact ^ words[k]);
    }
    // One pass over the shingles per hash function, not one over the hash functions per shingle:
    // the inner loop is then a plain array loop that the JIT can vectorise.
    int[] sig = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      sig[i] = minHash(v, step, shingles);
    }
    return new Fingerprint(Long.toHexString(mix(exact)) + "-" + n, sig);
  }

  /** The smallest top-31-bit value over the shingles' current hashes, then steps each hash. */
  private static int minHash(long[] v, long[] step, int shingles) {
    int m = Integer.MAX_VALUE;
    for (int s = 0; s < shingles; s++) {
      long x = v[s];
      m = Math.min(m, (int) (x >>> 33));
      v[s] = x + step[s];
    }
    return m;
  }

  /** Restores a fingerprint's signature from its stored bytes. */
  static int[] signature(byte[] bytes, int offset, int length) {
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
    int[] sig = new int[length / Integer.BYTES];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = b.getInt();
    }
    return sig;
  }

  /** The hash of the normalised text; equal for exact duplicates. */
  public String textHash() {
    return textHash;
  }

  /**
   * The band keys, one per band, for the {@code lsh} points: the band number in the top bits. The
   * array is shared: read it, never change it.
   */
  public long[] bands() {
    return bands;
  }

  /** The band keys of a signature. */
  static long[] bands(int[] signature) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      out[b] = ((long) b << 56) | (h >>> 8);
    }
    return out;
  }

  /** The signature as bytes, for a stored field. */
  public byte[] signatureBytes() {
    ByteBuffer b = ByteBuffer.allocate(HASHES * Integer.BYTES);
    for (int v : signature) {
      b.putInt(v);
    }
    return b.array();
  }

  /** The estimated Jaccard similarity of the two bodies' shingle sets, 0 to 1. */
  double similarity(int[] other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (signature[i] == other[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  int[] signature() {
    return signature;
  }

  /**
   * A hash of each word (letters and digits, lower-cased), in one pass and without making strings;
   * everything else separates words.
   */
  static long[] wordHashes(String text) {
    int length = text.length();
    // One bulk copy, then plain array reads: about a fifth faster over real bodies than charAt,
    // which checks the string's coder and bounds per char (most bodies hold a char beyond Latin-1,
    // so their strings are UTF-16).
    char[] chars = new char[length];
    text.getChars(0, length, chars, 0);
    // No branch on word or separator: a branch there is mispredicted at nearly every word's end,
    // which cost more than the work below. Every char stores the running hash at the next word's
    // slot and moves on to it only at a word's end; the words are mixed after, in a plain loop.
    long[] out = new long[length / 2 + 2];
    int n = 0;
    long h = WORD_SEED;
    int in = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      // Most chars are ASCII: one table read instead of two Unicode property look-ups.
      int folded =
          c < 0x80 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
      int word = (folded | -folded) >>> 31;
      long keep = -(long) word;
      out[n] = h;
      n += in & (word ^ 1);
      h = (((h ^ folded) * 0x100000001b3L) & keep) | (WORD_SEED & ~keep);
      in = word;
    }
    out[n] = h;
    n += in;
    for (int k = 0; k < n; k++) {
      out[k] = mix(out[k]);
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash step. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
