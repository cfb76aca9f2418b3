package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An article's captions, parties, persons and places are the stripped non-blank values in
 * first-seen order without repeats, as a {@link LinkedHashSet} of them would be: over seeded random
 * lists short and long (the check that passes an already clean list through, and the set that
 * cleans the rest), and again after a copy through {@link Article#toBuilder}.
 */
class ArticleCleanStringsTest {
  private static final String[] POOL = {
    "Armenia",
    "Armenia ",
    " Armenia",
    "Russia",
    "russia",
    "",
    " ",
    "\t",
    "\u2003Baku",
    "Baku",
    "Nikol Pashinyan",
    "Nikol Pashinyan\n",
    "\u00a0Yerevan",
    "Yerevan",
    "Ko\u00e7arl\u0131",
    null
  };

  @Test
  void listsAreTheDistinctStrippedNonBlankValuesInFirstSeenOrder() {
    Random random = new Random(20261122L);
    for (int k = 0; k < 5_000; k++) {
      int n = random.nextInt(k % 10 == 0 ? 40 : 18);
      List<String> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(POOL[random.nextInt(random.nextBoolean() ? 4 : POOL.length)]);
      }
      LinkedHashSet<String> kept = new LinkedHashSet<>();
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          kept.add(v.strip());
        }
      }
      List<String> expected = List.copyOf(kept);
      Article a =
          Article.builder("a" + k)
              .body("text")
              .captions(values)
              .parties(values)
              .persons(values)
              .places(values)
              .build();
      for (Article x : List.of(a, a.toBuilder().build())) {
        assertThat(x.captions()).as("%s", values).containsExactlyElementsOf(expected);
        assertThat(x.parties()).as("%s", values).containsExactlyElementsOf(expected);
        assertThat(x.persons()).as("%s", values).containsExactlyElementsOf(expected);
        assertThat(x.places()).as("%s", values).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> x.parties().add("Iran"))
            .isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }

  @Test
  void aCallersListIsCopiedNotKept() {
    List<String> parties = new ArrayList<>(List.of("Armenia", "Azerbaijan"));
    Article a = Article.builder("a").body("text").parties(parties).build();
    parties.add("Russia");
    assertThat(a.parties()).containsExactly("Armenia", "Azerbaijan");
  }
}
