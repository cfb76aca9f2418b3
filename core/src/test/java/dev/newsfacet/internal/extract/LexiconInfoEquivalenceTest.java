package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The dictionary's bits that the tokeniser gives each word (through the lexicon's attached values
 * and its cache of recent look-ups) are the bits the dictionary's walk over the word ids gives: the
 * same value per word, the same union, the list of the words a phrase may start at, and after
 * matching the same {@link WordClass} bits, list of notable words and matches as a text tokenised
 * without the lexicon (whose matching finds those words by a walk). Seeded random texts of class
 * words, phrase words, long words, words beyond ASCII and others, in a scratch instance (its cache
 * kept across texts and across a change of lexicon) and in fresh ones.
 */
class LexiconInfoEquivalenceTest {
  private static final List<String> OTHER =
      List.of(
          "the",
          "said",
          "Monday",
          "Zürich",
          "Éric",
          "1990s",
          "police",
          "Security",
          "Council",
          "security",
          "COUNCIL",
          "Nagorno",
          "Karabakh",
          "internationalisation",
          "Москва",
          ", ",
          ". ",
          "\n",
          "-");

  @Test
  void tokenisedBitsAgreeWithTheDictionaryWalk() {
    DictionaryMatcher<String> m = new DictionaryMatcher<>();
    m.addWordClasses();
    List<String> classWords = new ArrayList<>(WordClass.all().keySet());
    classWords.sort(null);
    m.add("Security Council", "UNSC");
    m.add("Nagorno Karabakh", "NK");
    m.add("Zürich", "ZH");
    m.add("internationalisation", "I18N");
    Lexicon lexicon = m.lexicon();
    assertThat(lexicon.info()).isNotNull();
    DictionaryMatcher<String> other = new DictionaryMatcher<>();
    other.add("Monday police", "MP");
    Random r = new Random(20261123L);
    TextTokens scratch = TextTokens.scratch();
    int words = 0;
    int withBits = 0;
    int phraseStarts = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(r.nextInt(50) == 0 ? 3_000 : 40); k > 0; k--) {
        sb.append(
                r.nextInt(4) == 0
                    ? classWords.get(r.nextInt(classWords.size()))
                    : OTHER.get(r.nextInt(OTHER.size())))
            .append(' ');
      }
      String text = sb.toString();
      if (r.nextInt(10) == 0) {
        // Another lexicon in between: the scratch instance's cache must not carry its values.
        TextTokens t = scratch.reuse(text, other.lexicon());
        other.match(t, (from, to, values) -> {});
        scratch.release();
      }
      TextTokens tokenised =
          r.nextBoolean() ? scratch.reuse(text, lexicon) : TextTokens.of(text, lexicon);
      int[] info = lexicon.info();
      int union = 0;
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < tokenised.size; i++) {
        int id = tokenised.ids[i];
        int want = id < 0 ? 0 : info[id];
        assertThat(tokenised.lexiconInfo[i]).as(text + " word " + i).isEqualTo(want);
        union |= want;
        words++;
        if (want != 0) {
          withBits++;
        }
        if ((want & TextTokens.PHRASE_START) != 0) {
          starts.add(i);
        }
      }
      assertThat(tokenised.lexiconInfoUnion).isEqualTo(union);
      // The words the tokeniser lists for the dictionary's walk: those whose value says a phrase
      // may start there, every one and in order.
      List<Integer> listed = new ArrayList<>();
      for (int q = 0; q < tokenised.phraseStartCount; q++) {
        listed.add(tokenised.phraseStarts[q]);
      }
      assertThat(listed).as(text).isEqualTo(starts);
      phraseStarts += starts.size();
      List<String> found = new ArrayList<>();
      m.match(tokenised, (from, to, values) -> found.add(from + "-" + to + values));
      TextTokens plain = TextTokens.of(text);
      List<String> reference = new ArrayList<>();
      m.match(plain, (from, to, values) -> reference.add(from + "-" + to + values));
      assertThat(found).as(text).isEqualTo(reference);
      assertThat(tokenised.notableCount()).as(text).isEqualTo(plain.notableCount());
      assertThat(java.util.Arrays.copyOf(tokenised.notable(), tokenised.notableCount()))
          .isEqualTo(java.util.Arrays.copyOf(plain.notable(), plain.notableCount()));
      for (int bit = 0; bit < 28; bit++) {
        assertThat(tokenised.anyIs(1 << bit)).isEqualTo(plain.anyIs(1 << bit));
        for (int i = 0; i < tokenised.size; i++) {
          assertThat(tokenised.is(i, 1 << bit)).isEqualTo(plain.is(i, 1 << bit));
        }
      }
      if (tokenised == scratch) {
        scratch.release();
      }
    }
    assertThat(words).isGreaterThan(100_000);
    assertThat(withBits).isGreaterThan(20_000);
    assertThat(phraseStarts).isGreaterThan(5_000);
  }
}
