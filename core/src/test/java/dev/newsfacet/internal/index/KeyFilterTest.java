package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The blocked Bloom filter and its chain: never "no" for an added key, few false "maybe"s. */
class KeyFilterTest {
  /** Keys that were never added, from another seed, asked after the filter is full. */
  private static double falsePositiveRate(Random other, Set<Long> added, KeyFilterChain chain) {
    int asked = 0;
    int yes = 0;
    while (asked < 1_000_000) {
      long k = other.nextLong();
      if (added.contains(k)) {
        continue;
      }
      asked++;
      if (chain.mightContain(k)) {
        yes++;
      }
    }
    return (double) yes / asked;
  }

  @Test
  void fullFilterHasNoFalseNegativesAndFewFalsePositives() {
    Random r = new Random(11);
    int n = 200_000;
    KeyFilter f = new KeyFilter(n, 16);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = r.nextLong();
      f.add(keys[i]);
    }
    for (long k : keys) {
      assertThat(f.mightContain(k)).isTrue();
    }
    Random other = new Random(12);
    int yes = 0;
    int asked = 1_000_000;
    for (int i = 0; i < asked; i++) {
      if (f.mightContain(other.nextLong())) {
        yes++;
      }
    }
    double rate = (double) yes / asked;
    // Measured about 0.1% for 16 bits per key at capacity; the bound leaves a margin of five.
    assertThat(rate).isGreaterThan(0).isLessThan(0.005);
  }

  @Test
  void chainGrowsAndKeepsItsRate() {
    Random r = new Random(21);
    KeyFilterChain chain = new KeyFilterChain(10_000, 16);
    Set<Long> added = new HashSet<>();
    // Band-like keys: the band number in the top byte, as Fingerprint.bands makes them.
    for (int i = 0; i < 300_000; i++) {
      long k = ((long) (i & 31) << 56) | (r.nextLong() >>> 8);
      chain.add(k);
      added.add(k);
    }
    assertThat(chain.filters()).isEqualTo(3); // 10K + 80K + 640K >= 300K
    for (long k : added) {
      assertThat(chain.mightContain(k)).isTrue();
    }
    // Three filters, each at most full: at most three times one filter's rate.
    assertThat(falsePositiveRate(new Random(22), added, chain)).isLessThan(0.01);
  }

  @Test
  void keysAddedThirtyTwoAtATimeAreFoundAcrossGrowth() {
    Random r = new Random(41);
    // 1,000 is no multiple of 32: some batches cross from a full filter into the next.
    KeyFilterChain chain = new KeyFilterChain(1_000, 16);
    Set<Long> added = new HashSet<>();
    for (int a = 0; a < 2_000; a++) {
      long[] bands = new long[32];
      for (int b = 0; b < bands.length; b++) {
        bands[b] = ((long) b << 56) | (r.nextLong() >>> 8);
        added.add(bands[b]);
      }
      chain.addAll(bands);
    }
    assertThat(chain.filters()).isEqualTo(3); // 1K + 8K + 64K >= 64K keys
    for (long k : added) {
      assertThat(chain.mightContain(k)).isTrue();
    }
    assertThat(falsePositiveRate(new Random(42), added, chain)).isLessThan(0.02);
  }

  @Test
  void retainMaybeKeepsWhatMightContainAnswersInOrder() {
    // Two bits per key: many false "maybe"s, so that kept and dropped keys mix in every batch, over
    // a chain grown to several filters.
    Random r = new Random(5);
    KeyFilterChain chain = new KeyFilterChain(500, 2);
    Set<Long> added = new HashSet<>();
    for (int i = 0; i < 40_000; i++) {
      long k = r.nextLong();
      chain.add(k);
      added.add(k);
    }
    assertThat(chain.filters()).isGreaterThan(2);
    Long[] pool = added.toArray(new Long[0]);
    int dropped = 0;
    for (int batch = 0; batch < 2_000; batch++) {
      long[] keys = new long[r.nextInt(100)];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = r.nextBoolean() ? pool[r.nextInt(pool.length)] : r.nextLong();
      }
      long[] expected = java.util.Arrays.stream(keys).filter(chain::mightContain).toArray();
      long[] kept = keys.clone();
      int n = chain.retainMaybe(kept);
      assertThat(java.util.Arrays.copyOf(kept, n)).isEqualTo(expected);
      dropped += keys.length - n;
      for (long k : keys) {
        if (added.contains(k)) {
          assertThat(java.util.Arrays.copyOf(kept, n)).contains(k);
        }
      }
    }
    assertThat(dropped).isPositive();
  }

  @Test
  void unsharedAddsAndStringKeysAreFound() {
    Random r = new Random(31);
    KeyFilterChain chain = new KeyFilterChain(1_000, 16);
    Set<Long> added = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      long k = PlacementFilters.key("id-" + r.nextInt() + "-é-" + i);
      chain.addUnshared(k);
      added.add(k);
    }
    assertThat(chain.filters()).isGreaterThan(1);
    for (long k : added) {
      assertThat(chain.mightContain(k)).isTrue();
    }
    assertThat(falsePositiveRate(new Random(32), added, chain)).isLessThan(0.02);
  }

  @Test
  void stringKeysMatchTheirUtf8Bytes() {
    for (String s :
        new String[] {"", "a", "12345678", "123456789", "ünïcødé-id", "x".repeat(100)}) {
      org.apache.lucene.util.BytesRef b = new org.apache.lucene.util.BytesRef(s);
      byte[] padded = new byte[b.length + 5];
      System.arraycopy(b.bytes, b.offset, padded, 3, b.length);
      assertThat(PlacementFilters.key(padded, 3, b.length)).isEqualTo(PlacementFilters.key(s));
    }
    assertThat(PlacementFilters.key("ab")).isNotEqualTo(PlacementFilters.key("ba"));
    // ASCII strings take a path of their own: every length around the 8-byte steps, and a char
    // beyond ASCII at every position.
    Random r = new Random(3);
    String alphabet = "aZ09-_.~\u007F\u0000\u0080\u00FC\u20AC\uD83D\uDE00";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = r.nextInt(30);
      int limit = r.nextInt(4) == 0 ? alphabet.length() : 10;
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(r.nextInt(limit)));
      }
      String s = sb.toString();
      org.apache.lucene.util.BytesRef b = new org.apache.lucene.util.BytesRef(s);
      assertThat(PlacementFilters.key(s))
          .as(s)
          .isEqualTo(PlacementFilters.key(b.bytes, 0, b.length));
    }
  }
}
