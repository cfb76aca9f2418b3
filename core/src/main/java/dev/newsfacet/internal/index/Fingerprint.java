package dev.newsfacet.internal.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x632BE59BD9B4E019L);
      SEEDS[i] = x;
    }
  }

  private final String textHash;
  private final int[] signature;

  private Fingerprint(String textHash, int[] signature) {
    this.textHash = textHash;
    this.signature = signature;
  }

  /** The fingerprint of a body, or {@code null} when it has no words to compare. */
  public static Fingerprint of(String body) {
    List<String> words = words(body);
    if (words.isEmpty()) {
      return null;
    }
    long exact = 0xcbf29ce484222325L;
    for (String w : words) {
      exact = fnv(exact, w);
      exact = fnv(exact, " ");
    }
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0xcbf29ce484222325L;
      for (int k = s; k < Math.min(words.size(), s + SHINGLE); k++) {
        h = fnv(h, words.get(k));
        h = fnv(h, " ");
      }
      for (int i = 0; i < HASHES; i++) {
        int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return new Fingerprint(Long.toHexString(mix(exact)) + "-" + words.size(), sig);
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

  /** The band keys, one per band, for the {@code lsh} field. */
  public List<String> bands() {
    List<String> out = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      out.add(b + ":" + Long.toHexString(h));
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

  /** Lower-case words of letters and digits; everything else separates them. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        words.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash step. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
