package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The band chains answer as a map from key to the list of values would, in the order added, with
 * dropped values left out, across growth and the rebuilds that dropping triggers.
 */
class BandChainsTest {
  @Test
  void sameAnswersAsAMapOfListsWithDrops() {
    Random r = new Random(11);
    Set<Integer> dropped = new HashSet<>();
    BandChains<Integer> chains = new BandChains<>(v -> !dropped.contains(v));
    Map<Long, List<Integer>> reference = new HashMap<>();
    long[] shared = new long[300];
    for (int i = 0; i < shared.length; i++) {
      shared[i] = r.nextLong();
    }
    int next = 0;
    List<Integer> alive = new ArrayList<>();
    for (int round = 0; round < 40; round++) {
      for (int a = 0; a < 500; a++) {
        int v = next++;
        for (int b = 0; b < 8; b++) {
          long key = r.nextInt(4) == 0 ? shared[r.nextInt(shared.length)] : r.nextLong();
          chains.add(key, v);
          reference.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        alive.add(v);
      }
      // Drop the oldest values, as forgetting does, in batches.
      int drop = alive.size() * 2 / 3;
      for (int i = 0; i < drop; i++) {
        dropped.add(alive.get(i));
      }
      alive.subList(0, drop).clear();
      chains.dropped(drop * 8);
      assertLiveChains(chains, reference, dropped, "round " + round);
    }
    // Rebuilds keep the table near the live values, not everything ever added.
    assertThat(chains.entries()).isLessThan(next * 8 / 4);
    assertThat(chains.first(42L)).isNegative();
  }

  @Test
  void keepsOrderWithDropsAnywhereAndAwkwardKeys() {
    Random r = new Random(23);
    Set<Integer> dropped = new HashSet<>();
    BandChains<Integer> chains = new BandChains<>(v -> !dropped.contains(v));
    Map<Long, List<Integer>> reference = new HashMap<>();
    // Zero, negative and keys that differ only in the bits the slot hash folds together.
    long[] keys = {0L, -1L, Long.MIN_VALUE, 1L, 1L << 32, (1L << 32) | 1, 7L << 56, 5L};
    List<Integer> alive = new ArrayList<>();
    for (int v = 0; v < 30_000; v++) {
      long key = r.nextInt(3) == 0 ? keys[r.nextInt(keys.length)] : r.nextInt(5_000) * 31L;
      chains.add(key, v);
      reference.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
      alive.add(v);
      if (v % 1_000 == 999) {
        // Drop values from anywhere, not only the oldest.
        int drop = 0;
        for (int i = alive.size() - 1; i >= 0; i--) {
          if (r.nextInt(3) != 0) {
            dropped.add(alive.remove(i));
            drop++;
          }
        }
        chains.dropped(drop);
      }
    }
    assertLiveChains(chains, reference, dropped, "the end");
    assertThat(chains.entries()).isLessThan(30_000);
    assertThat(chains.first(2L)).isNegative();
  }

  /** Each key's chain, skipping dropped values, holds the reference's live values in order. */
  private static void assertLiveChains(
      BandChains<Integer> chains,
      Map<Long, List<Integer>> reference,
      Set<Integer> dropped,
      String when) {
    for (Map.Entry<Long, List<Integer>> e : reference.entrySet()) {
      List<Integer> want = new ArrayList<>(e.getValue());
      want.removeIf(dropped::contains);
      List<Integer> got = new ArrayList<>();
      for (int x = chains.first(e.getKey()); x >= 0; x = chains.next(x)) {
        if (!dropped.contains(chains.value(x))) {
          got.add(chains.value(x));
        }
      }
      assertThat(got).as("key %d at %s", e.getKey(), when).isEqualTo(want);
    }
  }
}
