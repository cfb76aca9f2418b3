package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A word's place keyword read from its lexicon id ({@link PlaceFinder#keyword(TextTokens, int,
 * String)}, the table {@link Lexicon#placeKeywords} makes) is the keyword its folded form gives
 * ({@link PlaceFinder#keyword(String)}): seeded random texts of keywords in any case, near misses,
 * words the lexicon lacks and words beyond ASCII.
 */
class PlaceKeywordEquivalenceTest {
  private static final List<String> WORDS =
      List.of(
          "in",
          "In",
          "IN",
          "near",
          "Near",
          "around",
          "between",
          "from",
          "FROM",
          "people",
          "centre",
          "center",
          "river",
          "River",
          "lake",
          "mountains",
          "road",
          "highway",
          "route",
          "railway",
          "county",
          "County",
          "oblast",
          "governorate",
          "Governorate",
          "inn",
          "nearby",
          "froms",
          "Yerevan",
          "the",
          "of",
          "said",
          "Łódź",
          "río",
          "fromage",
          "between2",
          "1990s");

  @Test
  void keywordByIdAgreesWithKeywordOfTheFoldedForm() {
    Lexicon lexicon =
        new Lexicon(List.of("in", "near", "around", "between", "from", "county", "river", "inn"));
    Random r = new Random(20261122L);
    int keywords = 0;
    int byId = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(WORDS.get(r.nextInt(WORDS.size()))).append(r.nextBoolean() ? " " : ", ");
      }
      TextTokens t = TextTokens.of(sb.toString(), lexicon);
      for (int i = 0; i < t.size; i++) {
        String folded = t.folded(i);
        int expected = PlaceFinder.keyword(folded);
        assertThat(PlaceFinder.keyword(t, i, folded)).as(folded).isEqualTo(expected);
        keywords += expected != 0 ? 1 : 0;
        byId += t.ids[i] >= 0 ? 1 : 0;
      }
    }
    assertThat(keywords).isGreaterThan(10_000);
    assertThat(byId).isGreaterThan(5_000);
  }
}
