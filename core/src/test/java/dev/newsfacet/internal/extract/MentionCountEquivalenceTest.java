package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Dimension;
import dev.newsfacet.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counting an article's finds into mentions with one map per dimension and an array per value
 * ({@link Extractor.Entities#count}) gives the mentions, in the same order, that the maps of maps
 * it replaced give ({@link Extractor.Entities#countByMaps}). Seeded random finds over few names, so
 * that values repeat across parts and dimensions. The maps' keys, which the extractor gives as each
 * dimension's values, are the values in order of first find, as the sets they replaced held them.
 */
class MentionCountEquivalenceTest {
  private static final List<String> NAMES =
      List.of("Armenia", "Azerbaijan", "Nikol Pashinyan", "Kyiv", "Stepanakert", "NATO", "Lachin");

  private static final Dimension[] FOUND = {Dimension.PARTY, Dimension.PERSON, Dimension.PLACE};

  @Test
  void arraysOfCountsAgreeWithMapsOfMaps() {
    Random r = new Random(20261122L);
    int mentions = 0;
    int repeated = 0;
    for (int round = 0; round < 20_000; round++) {
      int n = r.nextInt(40);
      Dimension[] dims = new Dimension[n];
      String[] names = new String[n];
      Mention.Where[] wheres = new Mention.Where[n];
      for (int i = 0; i < n; i++) {
        dims[i] = FOUND[r.nextInt(FOUND.length)];
        names[i] = NAMES.get(r.nextInt(r.nextBoolean() ? 2 : NAMES.size()));
        wheres[i] = Mention.Where.values()[r.nextInt(Mention.Where.values().length)];
      }
      List<Mention> counted = new ArrayList<>();
      List<Mention> reference = new ArrayList<>();
      Map<String, int[]>[] maps = Extractor.Entities.count(dims, names, wheres, n, counted);
      Extractor.Entities.countByMaps(dims, names, wheres, n, reference);
      assertThat(counted).isEqualTo(reference);
      for (Dimension d : FOUND) {
        Set<String> firstFound = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
          if (dims[i] == d) {
            firstFound.add(names[i]);
          }
        }
        Map<String, int[]> m = maps[d.ordinal()];
        assertThat(m == null ? List.of() : List.copyOf(m.keySet()))
            .isEqualTo(List.copyOf(firstFound));
      }
      mentions += counted.size();
      for (Mention m : counted) {
        repeated += m.count() > 1 ? 1 : 0;
      }
    }
    assertThat(mentions).isGreaterThan(50_000);
    assertThat(repeated).isGreaterThan(10_000);
  }
}
