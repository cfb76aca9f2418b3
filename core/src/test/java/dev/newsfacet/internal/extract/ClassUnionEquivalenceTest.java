package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The summaries that let a rule skip its walk over the words say what the walk would find: {@link
 * TextTokens#anyIs} is true exactly when some word has the class bit, whether the dictionary set
 * the classes or they were looked up word by word, and {@link TextTokens#charsUnion} holds exactly
 * the character bits of the words, and {@link TextTokens#notable} lists exactly the words not in
 * lower case or of a notable class, in order. Seeded random texts of class words, other words and
 * words beyond ASCII, in fresh and reused token arrays.
 */
class ClassUnionEquivalenceTest {
  private static final List<String> OTHER =
      List.of("the", "said", "Monday", "Zürich", "Éric", "1990s", "police", ", ", ". ", "\n");

  @Test
  void unionsAgreeWithAWalkOverTheWords() {
    DictionaryMatcher<String> m = new DictionaryMatcher<>();
    m.addWordClasses();
    List<String> classWords = new ArrayList<>(WordClass.all().keySet());
    classWords.sort(null);
    m.add("Security Council", "UNSC");
    Lexicon lexicon = m.lexicon();
    Random r = new Random(20261122L);
    TextTokens scratch = TextTokens.scratch();
    int present = 0;
    int absent = 0;
    int notableWords = 0;
    int lowerWords = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        sb.append(
                r.nextInt(8) == 0
                    ? classWords.get(r.nextInt(classWords.size()))
                    : OTHER.get(r.nextInt(OTHER.size())))
            .append(' ');
      }
      String text = sb.toString();
      TextTokens matched = scratch.reuse(text, lexicon);
      m.match(matched, (from, to, values) -> {});
      TextTokens lazy = TextTokens.of(text);
      for (TextTokens t : List.of(matched, lazy)) {
        for (int bit = 0; bit <= 20; bit++) {
          int c = 1 << bit;
          boolean walk = false;
          for (int i = 0; i < t.size; i++) {
            walk |= t.is(i, c);
          }
          assertThat(t.anyIs(c)).as(text + " bit " + bit).isEqualTo(walk);
          if (walk) {
            present++;
          } else {
            absent++;
          }
        }
        int chars = 0;
        for (int i = 0; i < t.size; i++) {
          chars |= t.chars[i];
        }
        assertThat(t.charsUnion).as(text).isEqualTo(chars);
        List<Integer> notable = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
          if (t.shape[i] != TextTokens.LOWER || t.is(i, TextTokens.NOTABLE_CLASSES)) {
            notable.add(i);
          }
        }
        List<Integer> listed = new ArrayList<>();
        for (int q = 0; q < t.notableCount(); q++) {
          listed.add(t.notable()[q]);
        }
        assertThat(listed).as(text).isEqualTo(notable);
        notableWords += notable.size();
        lowerWords += t.size - notable.size();
      }
      scratch.release();
    }
    assertThat(present).isGreaterThan(10_000);
    assertThat(absent).isGreaterThan(10_000);
    assertThat(notableWords).isGreaterThan(10_000);
    assertThat(lowerWords).isGreaterThan(10_000);
  }
}
