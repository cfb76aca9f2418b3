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
 * The near-surname look-up through the index of one-letter-off spellings gives what the scan of
 * every form of the initial gives: for every known surname, for seeded random one-edit variants of
 * them, and for random words, with the parties of the known people (so that the affiliation test
 * can pass) and without; and over random dictionaries of few letters, where near surnames and
 * people sharing one abound.
 */
class NearSurnameEquivalenceTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéü";

  @Test
  void indexedLookUpAgreesWithTheFullScan() {
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
        assertThat(names.resolveNearSurname(p, names.named(), ps)).as(p).isEqualTo(expected);
        if (expected != null) {
          resolved++;
        }
      }
    }
    assertThat(resolved).isGreaterThan(50);
  }

  @Test
  void indexedLookUpAgreesWithTheFullScanOverRandomDictionaries() {
    Random random = new Random(20261122L);
    int resolved = 0;
    int ambiguousOrNone = 0;
    for (int round = 0; round < 40; round++) {
      String letters = round % 2 == 0 ? "abc" : "abcde";
      PersonNames names = new PersonNames();
      List<String> surnames = new ArrayList<>();
      List<String> parties = List.of("p1", "p2", "p3");
      int people = 20 + random.nextInt(200);
      for (int k = 0; k < people; k++) {
        String surname = word(letters, 4 + random.nextInt(6), random);
        if (random.nextInt(50) == 0) {
          surname = word(letters, 250 + random.nextInt(10), random); // lengths around 255
        }
        surnames.add(surname);
        String party = random.nextInt(5) == 0 ? null : parties.get(random.nextInt(parties.size()));
        List<String> aliases =
            random.nextInt(4) == 0
                ? List.of("Al " + edit(surname, random).replace(' ', 'a'))
                : List.of();
        names.add(
            new GazetteerEntry(
                Dimension.PERSON,
                word(letters, 3 + random.nextInt(4), random) + " " + surname,
                "person",
                aliases,
                party));
      }
      List<String> probes = new ArrayList<>(surnames);
      for (int k = 0; k < 300; k++) {
        probes.add(edit(surnames.get(random.nextInt(surnames.size())), random));
        probes.add(word(letters, 5 + random.nextInt(6), random));
      }
      for (String p : probes) {
        if (p.length() < 5) {
          continue;
        }
        for (Set<String> ps : List.of(Set.copyOf(parties), Set.of("p2"))) {
          GazetteerEntry expected = names.nearSurnameByInitial(p, ps);
          assertThat(names.resolveNearSurname(p, names.named(), ps)).as(p).isEqualTo(expected);
          if (expected != null) {
            resolved++;
          } else {
            ambiguousOrNone++;
          }
        }
      }
    }
    assertThat(resolved).isGreaterThan(1_000);
    assertThat(ambiguousOrNone).isGreaterThan(1_000);
  }

  @Test
  void indexGivesEveryWordOneEditAwayAmongItsProbes() {
    Random random = new Random(7L);
    List<String> words = new ArrayList<>();
    NearSpellingIndex.Builder<String> builder = new NearSpellingIndex.Builder<>();
    for (int k = 0; k < 2_000; k++) {
      String w = word("abcd", 1 + random.nextInt(9), random);
      words.add(w);
      builder.add(w, w);
    }
    NearSpellingIndex<String> index = builder.build(1);
    int near = 0;
    for (int k = 0; k < 3_000; k++) {
      String q =
          k % 2 == 0
              ? edit(words.get(random.nextInt(words.size())), random)
              : word("abcd", 1 + random.nextInt(9), random);
      Set<Object> probed = new HashSet<>(List.of(index.whole(q, -1)));
      probed.addAll(List.of(index.deleted(q, -1)));
      for (int i = 0; i < q.length(); i++) {
        probed.addAll(List.of(index.whole(q, i)));
        probed.addAll(List.of(index.deleted(q, i)));
      }
      for (String w : words) {
        if (PersonNames.withinOneEdit(q, w)) {
          assertThat(probed).as(q + " ~ " + w).contains(w);
          near++;
        }
      }
    }
    assertThat(near).isGreaterThan(1_000);
  }

  private static String word(String letters, int length, Random random) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(letters.charAt(random.nextInt(letters.length())));
    }
    return sb.toString();
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
