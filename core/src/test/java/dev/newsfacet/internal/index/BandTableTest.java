package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive band table answers as a map from key to the list of articles would. */
class BandTableTest {
  @Test
  void sameAnswersAsAMap() {
    Random r = new Random(5);
    int articles = 3_000;
    BandTable table = new BandTable(articles * 4);
    Map<Long, List<Integer>> reference = new HashMap<>();
    long[] shared = new long[200];
    for (int i = 0; i < shared.length; i++) {
      shared[i] = r.nextLong();
    }
    for (int a = 0; a < articles; a++) {
      for (int k = 0; k < 4; k++) {
        // Some keys recur across articles (copies), some twice for one article.
        long key = r.nextInt(3) == 0 ? shared[r.nextInt(shared.length)] : r.nextLong();
        int times = r.nextInt(10) == 0 ? 2 : 1;
        for (int t = 0; t < times; t++) {
          table.add(key, a);
          List<Integer> list = reference.computeIfAbsent(key, x -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != a) {
            list.add(a);
          }
        }
      }
    }
    assertThat(table.keys()).hasSize(reference.size());
    for (long key : table.keys()) {
      List<Integer> got = new ArrayList<>();
      for (int e = table.first(key); e >= 0; e = table.next(e)) {
        got.add(0, table.article(e));
      }
      assertThat(got).as("key %d", key).isEqualTo(reference.get(key));
    }
    assertThat(table.first(12345L)).isNegative();
    assertThat(new BandTable(0).isEmpty()).isTrue();
  }
}
