package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  /**
   * The signature as first written, one loop over the 128 hash functions per shingle: the faster
   * formulation must give the very same values, or indexes built before and after it would place
   * copies differently.
   */
  private static int[] referenceSignature(String body) {
    long[] words = Fingerprint.wordHashes(body);
    int n = words.length;
    int[] sig = new int[Fingerprint.HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int shingles = Math.max(1, n - Fingerprint.SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0;
      for (int k = s; k < Math.min(n, s + Fingerprint.SHINGLE); k++) {
        h = Long.rotateLeft(h, 11) ^ words[k];
      }
      long h1 = referenceMix(h);
      long h2 = referenceMix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
      long v = h1;
      for (int i = 0; i < Fingerprint.HASHES; i++) {
        int x = (int) (v >>> 33);
        if (x < sig[i]) {
          sig[i] = x;
        }
        v += h2;
      }
    }
    return sig;
  }

  /** The text hash as first written: a chain of mixes over the words, then the word count. */
  private static String referenceTextHash(String body) {
    long[] words = referenceWordHashes(body);
    long exact = 0xcbf29ce484222325L;
    for (long w : words) {
      exact = referenceMix(exact ^ w);
    }
    return Long.toHexString(referenceMix(exact)) + "-" + words.length;
  }

  /** The word hashes as first written: two Unicode property look-ups per char. */
  private static long[] referenceWordHashes(String text) {
    java.util.List<Long> out = new java.util.ArrayList<>();
    long h = 0xcbf29ce484222325L;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
        in = true;
      } else if (in) {
        out.add(referenceMix(h));
        h = 0xcbf29ce484222325L;
        in = false;
      }
    }
    if (in) {
      out.add(referenceMix(h));
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void wordHashesEqualTheReferenceOnEveryCharClass() {
    // Every char below U+0180 and a sample above, in random runs: the ASCII table must agree with
    // the Unicode look-ups it replaces, and the non-ASCII path must be untouched.
    Random r = new Random(20261122L);
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x180; c++) {
      all.append(c).append(' ').append(c).append(c).append("a");
    }
    assertThat(Fingerprint.wordHashes(all.toString()))
        .isEqualTo(referenceWordHashes(all.toString()));
    String alphabet =
        "aZ09 -'.,\u00E9\u00C9\u0130\u00DF\u2019\u00A0\u05D0\u65E5\uD83D\uDE00\u0301\u00BD_";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = r.nextInt(200);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      assertThat(Fingerprint.wordHashes(sb.toString()))
          .as("%s", sb)
          .isEqualTo(referenceWordHashes(sb.toString()));
    }
  }

  private static long referenceMix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final String[] WORDS = {
    "the",
    "minister",
    "said",
    "talks",
    "Geneva",
    "ceasefire",
    "2026",
    "élection",
    "Übergang",
    "of",
    "a",
    "vote",
    "rain",
    "harbour",
    "x",
    "ÆSIR",
    "nine",
    "report"
  };

  private static String randomBody(Random r) {
    int words = r.nextInt(10) < 3 ? r.nextInt(6) : r.nextInt(900);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]);
      switch (r.nextInt(6)) {
        case 0 -> b.append(", ");
        case 1 -> b.append(".\n");
        case 2 -> b.append(r.nextInt(1000));
        default -> b.append(' ');
      }
    }
    return b.toString();
  }

  @Test
  void signaturesEqualTheReferenceFormulationOnRandomBodies() {
    Random r = new Random(20261121L);
    int compared = 0;
    for (int t = 0; t < 3000; t++) {
      String body = randomBody(r);
      Fingerprint fp = Fingerprint.of(body);
      if (Fingerprint.wordHashes(body).length == 0) {
        assertThat(fp).isNull();
        continue;
      }
      assertThat(fp.signature()).as("body %s", t).containsExactly(referenceSignature(body));
      assertThat(fp.textHash()).as("body %s", t).isEqualTo(referenceTextHash(body));
      compared++;
    }
    assertThat(compared).isGreaterThan(2000);
  }

  @Test
  void shortBodiesHaveOneShingleAndAFullSignature() {
    Fingerprint fp = Fingerprint.of("Two words");
    assertThat(fp.signature()).hasSize(Fingerprint.HASHES);
    assertThat(fp.signature()).containsExactly(referenceSignature("Two words"));
    assertThat(java.util.Arrays.stream(fp.signature()).min().getAsInt()).isNotNegative();
  }
}
