package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The test of a line's first word that lets {@link Boilerplate#listHead} skip most lines gives what
 * making the line and its part before a colon as strings gives: seeded random lines of the heads'
 * words in any case, near misses, words beyond ASCII and punctuation, tokenised with the
 * dictionary's lexicon (classes from the tokeniser) and without it, at every start and end.
 */
class ListHeadEquivalenceTest {
  private static final List<String> WORDS =
      List.of(
          "Read",
          "read",
          "READ",
          "more",
          "More",
          "Related",
          "related",
          "stories",
          "articles",
          "You",
          "may",
          "might",
          "also",
          "like",
          "Also",
          "Top",
          "top",
          "Latest",
          "news",
          "Most",
          "popular",
          "Popular",
          "now",
          "Trending",
          "trending",
          "Recommended",
          "See",
          "further",
          "reading",
          "Further",
          "from",
          "on",
          "this",
          "story",
          "coverage",
          "content",
          "Rélated",
          "Réad",
          "Ｒead",
          "Kyiv",
          "said",
          "the",
          "Photo",
          "by",
          "1990s",
          "Über");

  private static final List<String> GAPS =
      List.of(" ", " ", " ", ": ", ":", " - ", "-", ", ", "\n", "  ", "\t", " / ", "’s ");

  @Test
  void firstWordTestAgreesWithStrings() {
    DictionaryMatcher<String> m = new DictionaryMatcher<>();
    m.addWordClasses();
    m.add("Read", "x"); // a phrase starting with a head's word: the word's value has more bits
    Random r = new Random(20261122L);
    int heads = 0;
    int checked = 0;
    for (int round = 0; round < 4_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + r.nextInt(9); k > 0; k--) {
        sb.append(WORDS.get(r.nextInt(WORDS.size())));
        sb.append(GAPS.get(r.nextInt(GAPS.size())));
      }
      String text = sb.toString();
      for (TextTokens t : List.of(TextTokens.of(text, m.lexicon()), TextTokens.of(text))) {
        if (t.lexicon != null) {
          m.match(t, (from, to, values) -> {});
        }
        for (int i = 0; i < t.size; i++) {
          for (int end = i + 1; end <= Math.min(t.size, i + 8); end++) {
            boolean want = Boilerplate.listHeadByStrings(t, i, end);
            assertThat(Boilerplate.listHead(t, i, end))
                .as(text + " [" + i + ", " + end + ")")
                .isEqualTo(want);
            heads += want ? 1 : 0;
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(50_000);
    assertThat(heads).isGreaterThan(500);
  }
}
