package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Dimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The near-surname look-up by initial and length gives what the scan of every form of the initial
 * gives: for every known surname, for seeded random one-edit variants of them, and for random
 * words, with the parties of the known people (so that the affiliation test can pass) and without.
 */
class NearSurnameEquivalenceTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéü";

  @Test
  void bucketedLookUpAgreesWithTheFullScan() {
    PersonNames names = new PersonNames();
    List<String> surnames = new ArrayList<>();
    Set<String> parties = new HashSet<>();
    for (GazetteerEntry e : Gazetteer.builtIn().entries()) {
      if (e.dimension() == Dimension.PERSON) {
        names.add(e);
        String[] parts = PersonNames.parts(e.name());
        if (parts.length > 0) {
          surnames.add(parts[parts.length - 1]);
        }
        if (e.affiliation() != null) {
          parties.add(e.affiliation());
        }
      }
    }
    assertThat(surnames).hasSizeGreaterThan(100);
    Random random = new Random(20261121L);
    List<String> probes = new ArrayList<>(surnames);
    for (int k = 0; k < 20_000; k++) {
      String s = surnames.get(random.nextInt(surnames.size()));
      probes.add(edit(s, random));
    }
    for (int k = 0; k < 5_000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = 5 + random.nextInt(6);
      for (int i = 0; i < len; i++) {
        sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      probes.add(sb.toString());
    }
    int resolved = 0;
    for (String p : probes) {
      if (p.length() < 5) {
        continue;
      }
      for (Set<String> ps : List.of(parties, Set.<String>of())) {
        GazetteerEntry expected = names.nearSurnameByInitial(p, ps);
        assertThat(names.resolveNearSurname(p, List.of(), ps)).as(p).isEqualTo(expected);
        if (expected != null) {
          resolved++;
        }
      }
    }
    assertThat(resolved).isGreaterThan(50);
  }

  /** One random substitution, insertion or deletion; sometimes two, sometimes none. */
  private static String edit(String s, Random random) {
    StringBuilder sb = new StringBuilder(s);
    int edits = random.nextInt(3);
    for (int e = 0; e < edits && sb.length() > 1; e++) {
      int at = random.nextInt(sb.length());
      char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
      switch (random.nextInt(3)) {
        case 0 -> sb.setCharAt(at, c);
        case 1 -> sb.insert(at, c);
        default -> sb.deleteCharAt(at);
      }
    }
    return sb.toString();
  }
}
