package dev.newsfacet.internal.index;

/**
 * What duplicate detection knows of an article's body: a hash of its normalised text (exact
 * duplicates) and a MinHash signature of its word 5-shingles (near duplicates), cut into
 * locality-sensitive bands that the index can look up.
 *
 * <p>One-permutation MinHash (Li, Owen and Zhang) with optimal densification (Shrivastava 2017):
 * each shingle is hashed once, the hash's top 7 bits pick one of 128 bins, and a bin keeps the
 * smallest of the rest; a bin no shingle fell into copies the bin its fixed probe sequence reaches
 * first among the filled ones (8 bits of a hash of its number and that bin's minimum). Each slot
 * keeps 8 bits of its bin's minimum (b-bit MinHash, Li and König): 128 bytes where 128 hash
 * functions of 32 bits took 512, and one hash per shingle where they took 128. Two slots of
 * unrelated bodies agree by chance once in 256, which {@link #similarity} corrects for.
 *
 * <p>The first 96 slots make 24 bands of 4; all 128 estimate the similarity. Measured over seeded
 * pairs of 150- to 750-word bodies on the same pairs as the former signature ({@code
 * FingerprintTest}): pairs whose shingle sets have a Jaccard similarity of 0.6 share a band about
 * 97% of the time (the former 32 bands of 4: 99%), of 0.3 about 18% (23%), unrelated ones (under
 * 0.05) never did. What decides is the share placed together, sharing a band and then reaching the
 * threshold on the whole signature, since a pair that reaches the default 0.6 nearly always shares
 * a band: it stays as high as the former's on the same pairs (1.0 from 0.75 up, 0.92 against 0.88
 * at 0.65, 0.55 against 0.51 at 0.6, none at 0.45). A band of four one-byte slots is 32 bits: two
 * unrelated articles share one by chance once in 2^32 per band, so bands of fewer slots would send
 * many unrelated articles of a 1M index to be compared.
 */
public final class Fingerprint {
  /** Slots of the signature: one bin per slot, one byte per slot. */
  static final int SLOTS = 128;

  /** Bands for the index to look up: fewer points per document, nearly the same placements. */
  static final int BANDS = 24;

  static final int ROWS = 4;
  static final int SHINGLE = 5;

  /**
   * The bin bits at the top of a shingle's hash; the rest is the value a bin keeps the least of.
   */
  private static final int BIN_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SLOTS);

  private static final long VALUE_MASK = (1L << BIN_SHIFT) - 1;

  /** A bin no shingle fell into: above every value. */
  private static final long EMPTY = Long.MAX_VALUE;

  /** How often two slots of unrelated bodies agree by chance: one byte of 256 values. */
  private static final double CHANCE = 1.0 / 256;

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
  private final byte[] signature;

  /** Computed once: placing, filtering and indexing an article each ask for them. */
  private final long[] bands;

  private Fingerprint(String textHash, byte[] signature) {
    this.textHash = textHash;
    this.signature = signature;
    this.bands = bands(signature);
  }

  /** The fingerprint of a body, or {@code null} when it has no words to compare. */
  public static Fingerprint of(String body) {
    Scratch scratch = SCRATCH.get();
    long[] words = scratch.words(body);
    int n = scratch.count;
    if (n == 0) {
      return null;
    }
    long exact = 0xcbf29ce484222325L;
    int shingles = Math.max(1, n - SHINGLE + 1);
    long[] bins = scratch.bins;
    java.util.Arrays.fill(bins, EMPTY);
    // A shingle's hash is its words' hashes, each rotated by 11 bits per word after it, xored: the
    // next shingle's follows from it by taking out the first word (rotated by 44), rotating once
    // and xoring in the new word, where summing five words per shingle cost a third of this loop.
    long h = 0;
    for (int k = 0; k < Math.min(n, SHINGLE); k++) {
      h = Long.rotateLeft(h, 11) ^ words[k];
    }
    for (int s = 0; s < shingles; s++) {
      // The text hash's chain of mixes rides along: alone it is a loop of dependent multiplies that
      // leaves the core idle, beside the shingles' independent work it costs almost nothing.
      exact = mix(exact ^ words[s]);
      long x = mix(h);
      int bin = (int) (x >>> BIN_SHIFT);
      bins[bin] = Math.min(bins[bin], x & VALUE_MASK);
      if (s + SHINGLE < n) {
        h =
            Long.rotateLeft(h ^ Long.rotateLeft(words[s], 11 * (SHINGLE - 1)), 11)
                ^ words[s + SHINGLE];
      }
    }
    for (int k = shingles; k < n; k++) {
      exact = mix(exact ^ words[k]);
    }
    return new Fingerprint(Long.toHexString(mix(exact)) + "-" + n, slots(bins));
  }

  /**
   * The signature of the bins: 8 bits of each bin's minimum, an empty bin taking 8 bits of a hash
   * of its own number and the minimum of the first filled bin on its probe sequence. The sequence
   * depends on the slot alone, so two bodies with the same filled bins fill their empty ones alike.
   * The slot's number is in the hash because 8 bits alone would agree by chance once in 256 for
   * every slot filled from one bin at once: two unrelated bodies of one shingle would look like
   * copies once in 256 pairs.
   */
  private static byte[] slots(long[] bins) {
    byte[] sig = new byte[SLOTS];
    int filled = 0;
    for (int i = 0; i < SLOTS; i++) {
      // The low bits of a bin's minimum: its top bits lean to zero, being a minimum.
      sig[i] = (byte) bins[i];
      filled += bins[i] == EMPTY ? 0 : 1;
    }
    if (filled == SLOTS) {
      return sig;
    }
    for (int i = 0; i < SLOTS; i++) {
      if (bins[i] != EMPTY) {
        continue;
      }
      long probe = (long) i << 32;
      int j;
      do {
        j = (int) (mix(++probe) >>> BIN_SHIFT);
      } while (bins[j] == EMPTY);
      sig[i] = (byte) mix(bins[j] + i);
    }
    return sig;
  }

  /** Restores a fingerprint's signature from its stored bytes. */
  static byte[] signature(byte[] bytes, int offset, int length) {
    return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
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
  static long[] bands(byte[] signature) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long rows = 0;
      for (int r = 0; r < ROWS; r++) {
        rows = rows << 8 | (signature[b * ROWS + r] & 0xFF);
      }
      long h = mix(((long) b << 32) ^ rows);
      out[b] = ((long) b << 56) | (h >>> 8);
    }
    return out;
  }

  /** The signature as bytes, for a doc value. The array is shared: read it, never change it. */
  public byte[] signatureBytes() {
    return signature;
  }

  /**
   * The estimated Jaccard similarity of the two bodies' shingle sets, 0 to 1: the share of equal
   * slots, less the share that agree by chance.
   */
  double similarity(byte[] other) {
    if (other.length != SLOTS) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SLOTS; i++) {
      same += signature[i] == other[i] ? 1 : 0;
    }
    double agree = (double) same / SLOTS;
    return Math.max(0, (agree - CHANCE) / (1 - CHANCE));
  }

  byte[] signature() {
    return signature;
  }

  /**
   * A hash of each word (letters and digits, lower-cased), in one pass and without making strings;
   * everything else separates words.
   */
  static long[] wordHashes(String text) {
    Scratch scratch = new Scratch();
    return java.util.Arrays.copyOf(scratch.words(text), scratch.count);
  }

  /** Bodies up to this many chars reuse a thread's buffers; longer ones get their own. */
  private static final int SCRATCH_CHARS = 1 << 16;

  /**
   * A thread's buffers for {@link #of}: the body's chars and its word hashes are read once and
   * dropped, and fresh arrays for them (about 13 KB a 2 KB body, sized for a word every other char)
   * were a fifth of everything a build allocated.
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    private char[] chars = new char[0];
    private long[] words = new long[0];

    /** The MinHash bins, refilled for each body. */
    final long[] bins = new long[SLOTS];

    /** The number of hashes {@link #words} wrote. */
    int count;

    /** The word hashes of the text in the returned array's first {@link #count} slots. */
    long[] words(String text) {
      int length = text.length();
      char[] cs = chars;
      long[] out = words;
      int need = length / 2 + 2;
      if (cs.length < length || out.length < need) {
        cs = new char[length];
        out = new long[need];
        if (length <= SCRATCH_CHARS) {
          chars = cs;
          words = out;
        }
      }
      // One bulk copy, then plain array reads: about a fifth faster over real bodies than charAt,
      // which checks the string's coder and bounds per char (most bodies hold a char beyond
      // Latin-1, so their strings are UTF-16).
      text.getChars(0, length, cs, 0);
      // No branch on word or separator: a branch there is mispredicted at nearly every word's end,
      // which cost more than the work below. Every char stores the running hash at the next
      // word's slot and moves on to it only at a word's end; the words are mixed after, in a plain
      // loop.
      int n = 0;
      long h = WORD_SEED;
      int in = 0;
      for (int i = 0; i < length; i++) {
        char c = cs[i];
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
      count = n;
      return out;
    }
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash step. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
