package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the hot loops give what the plain code they stand in for gives: gap flags
 * decided early agree with the character scan, word ids found while tokenising agree with a look-up
 * of the folded word, and word-class bits agree with the word lists they were built from. Seeded
 * random texts built from the pieces that matter.
 */
class FastPathEquivalenceTest {
  private static final List<String> GAP_PIECES =
      List.of(
          " ", " ", ",", ".", "\n", "-", "–", "’", "'", "\"", "(", ")", ";", "!", "&", "\u00A0");

  private static final List<String> WORD_PIECES =
      List.of(
          "the",
          "The",
          "THE",
          "Front",
          "front",
          "Movement",
          "of",
          "Of",
          "de",
          "Kyiv",
          "Azerbaijan",
          "Москва",
          "é",
          "Zürich",
          "1990",
          "x",
          "Q",
          "s",
          "Liberation",
          "party",
          "Said",
          "Mr",
          "armed",
          "ukrainian",
          "NATO",
          "Nato",
          "nato");

  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(30);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(3) == 0) {
        sb.append(GAP_PIECES.get(r.nextInt(GAP_PIECES.size())));
      } else {
        sb.append(WORD_PIECES.get(r.nextInt(WORD_PIECES.size())));
        int gap = r.nextInt(3);
        for (int g = 0; g < gap; g++) {
          sb.append(GAP_PIECES.get(r.nextInt(GAP_PIECES.size())));
        }
      }
    }
    return sb.toString();
  }

  @Test
  void gapFlagsAgreeWithTheCharacterScan() {
    Random r = new Random(20261121L);
    int checked = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = randomText(r);
      TextTokens t = TextTokens.of(text);
      for (int i = 1; i < t.size; i++) {
        int flags = t.gap[i] & ~TextTokens.POSSESSIVE;
        int from = t.end[i - 1];
        if ((t.gap[i] & TextTokens.POSSESSIVE) != 0) {
          continue; // the gap starts after the dropped 's, not at the word's end
        }
        assertThat(flags)
            .as("%s [%d, %d)", text, from, t.start[i])
            .isEqualTo(TextTokens.gapFlagsScan(text, from, t.start[i]));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  @Test
  void everyAsciiCharacterSplitsOrJoinsWordsAsTheCharacterTestsSay() {
    // The tokeniser reads one table per ASCII character (word or not, which kind, lower case);
    // each character between two letters and at a word's end is checked against the plain tests.
    Random r = new Random(20261123L);
    for (char c = 0; c < 128; c++) {
      for (int round = 0; round < 20; round++) {
        char other = (char) r.nextInt(128);
        String text = "a" + c + other + "Z";
        TextTokens t = TextTokens.of(text);
        List<String> want = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
          char x = text.charAt(k);
          if (TextTokens.isWordChar(x)) {
            word.append(x);
          } else if (word.length() > 0) {
            want.add(word.toString());
            word.setLength(0);
          }
        }
        if (word.length() > 0) {
          want.add(word.toString());
        }
        List<String> got = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
          String w = text.substring(t.start[i], t.end[i]);
          got.add(w);
          String lower = w.toLowerCase(Locale.ROOT);
          assertThat(t.hashes[i]).as("%s word %d", text, i).isEqualTo(lower.hashCode());
          assertThat(t.folded(i)).as("%s word %d", text, i).isEqualTo(lower);
          int seen = 0;
          for (char x : w.toCharArray()) {
            seen |=
                x >= 'a' && x <= 'z'
                    ? TextTokens.SEEN_LOWER
                    : x >= 'A' && x <= 'Z' ? TextTokens.SEEN_UPPER : TextTokens.SEEN_DIGIT;
          }
          assertThat(t.chars[i] & ~TextTokens.DECADE_END).as("%s word %d", text, i).isEqualTo(seen);
          if (i > 0 && (t.gap[i] & TextTokens.POSSESSIVE) == 0) {
            assertThat(t.gap[i])
                .as("%s gap %d", text, i)
                .isEqualTo(TextTokens.gapFlagsScan(text, t.end[i - 1], t.start[i]));
          }
        }
        if (!text.matches("(?s).*['][sS].*")) {
          assertThat(got).as(text).isEqualTo(want);
        }
      }
    }
  }

  @Test
  void gapFlagsFromTheTableAgreeWithTheCharacterScan() {
    String pieces =
        " \t\n\r\u00A0\u2009\u202F\u2007.\u2026!?,;:([)]/\\|\"\u201C\u201D\u201E\u00AB\u00BB'"
            + "\u2018\u2019-\u2010\u2011\u2013\u2014\u2015\u2212&@+#*\u02BC\u00B7\u3000";
    Random r = new Random(20261122L);
    int spaces = 0;
    int dashes = 0;
    for (int round = 0; round < 200_000; round++) {
      int len = 1 + r.nextInt(r.nextBoolean() ? 3 : 8);
      char[] cs = new char[len + 2];
      cs[0] = 'a';
      cs[len + 1] = 'b';
      for (int k = 1; k <= len; k++) {
        cs[k] =
            r.nextInt(20) == 0
                ? (char) (128 + r.nextInt(0x3000))
                : pieces.charAt(r.nextInt(pieces.length()));
      }
      String text = new String(cs);
      int flags = TextTokens.gapFlagsTable(cs, 1, len + 1);
      assertThat(flags).as(text).isEqualTo(TextTokens.gapFlagsScan(text, 1, len + 1));
      spaces += (flags & TextTokens.SPACE) != 0 ? 1 : 0;
      dashes += (flags & TextTokens.DASH) != 0 ? 1 : 0;
    }
    assertThat(spaces).isGreaterThan(1_000);
    assertThat(dashes).isGreaterThan(1_000);
  }

  @Test
  void placeKeywordsAreTheirWordsAlone() {
    List<String> keywords =
        List.of(
            "in",
            "near",
            "around",
            "between",
            "from",
            "people",
            "centre",
            "center",
            "river",
            "lake",
            "mountains",
            "road",
            "highway",
            "route",
            "railway",
            "county",
            "oblast",
            "governorate",
            "border",
            "lagoon",
            "peninsula",
            "delta",
            "plateau",
            "estuary");
    Set<Integer> codes = new java.util.HashSet<>();
    for (String w : keywords) {
      assertThat(PlaceFinder.keyword(w)).as(w).isPositive();
      codes.add(PlaceFinder.keyword(w));
    }
    assertThat(codes).hasSameSizeAs(keywords);
    List<String> others = new ArrayList<>(WordClass.all().keySet());
    others.addAll(List.of("In", "IN", "roads", "counties", "", "inn", "Aa", "BB"));
    for (String w : others) {
      if (!keywords.contains(w)) {
        assertThat(PlaceFinder.keyword(w)).as(w).isZero();
      }
    }
  }

  @Test
  void wordIdsAgreeWithALookUpOfTheFoldedWord() {
    Lexicon lexicon =
        new Lexicon(List.of("front", "movement", "kyiv", "azerbaijan", "zurich", "1990", "nato"));
    Random r = new Random(42L);
    int known = 0;
    int ascii = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = randomText(r);
      TextTokens t = TextTokens.of(text, lexicon);
      TextTokens plain = TextTokens.of(text);
      assertThat(t.size).isEqualTo(plain.size);
      for (int i = 0; i < t.size; i++) {
        String folded = TextTokens.fold(text, t.start[i], t.end[i]);
        assertThat(t.folded(i)).as(text).isEqualTo(folded).isEqualTo(plain.folded(i));
        assertThat(t.ids[i]).as(text).isEqualTo(lexicon.id(folded));
        assertThat(t.shape[i]).as(text).isEqualTo(plain.shape[i]);
        if ((t.chars[i] & TextTokens.SEEN_OTHER) == 0) {
          assertThat(t.hashes[i]).as(text).isEqualTo(folded.hashCode());
          ascii++;
        }
        known += t.ids[i] >= 0 ? 1 : 0;
      }
    }
    assertThat(known).isGreaterThan(10_000);
    assertThat(ascii).isGreaterThan(known);
  }

  @Test
  void wordClassBitsAgreeWithTheirWordLists() {
    assertBits(OrganisationFinder.HEADS, WordClass.ORG_HEAD);
    assertBits(OrganisationFinder.CONNECTORS, WordClass.ORG_CONNECTOR);
    assertBits(Contexts.ACTOR_VERBS, WordClass.ACTOR_VERB);
    assertBits(GivenNames.ALL, WordClass.COMMON_GIVEN_NAME);
    assertBits(Set.of("of", "for"), WordClass.TITLE_LINK);
    assertBits(Set.of("the", "and"), WordClass.TITLE_JOIN);
    assertBits(TextTokens.ABBREVIATIONS, WordClass.ABBREVIATION);
    assertBits(
        Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "yesterday",
            "today",
            "tonight"),
        WordClass.DAY_WORD);
  }

  @Test
  void wordClassesFromTheDictionaryAgreeWithTheSetsTheyReplace() {
    DictionaryMatcher<String> m = new DictionaryMatcher<>();
    m.add("Nagorno Karabakh", "Nagorno-Karabakh");
    m.addWordClasses();
    List<String> pool = new ArrayList<>();
    pool.addAll(Contexts.ACTOR_VERBS);
    pool.addAll(GivenNames.ALL);
    pool.addAll(WORD_PIECES);
    pool.addAll(TextTokens.ABBREVIATIONS);
    pool.addAll(List.of("of", "for", "the", "and", "ltdx", "stx", "approxx", "1", "a"));
    pool.sort(null);
    Random r = new Random(7L);
    int verbs = 0;
    int names = 0;
    int abbreviations = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        String w = pool.get(r.nextInt(pool.size()));
        int form = r.nextInt(4);
        w =
            form == 0
                ? w.toUpperCase(Locale.ROOT)
                : form == 1 && !w.isEmpty()
                    ? Character.toUpperCase(w.charAt(0)) + w.substring(1)
                    : w;
        sb.append(w).append(GAP_PIECES.get(r.nextInt(GAP_PIECES.size())));
      }
      String text = sb.toString();
      TextTokens t = TextTokens.of(text, m.lexicon());
      m.match(t, (from, to, values) -> {});
      for (int i = 0; i < t.size; i++) {
        boolean verb = Contexts.ACTOR_VERBS.contains(t.folded(i));
        boolean name = GivenNames.ALL.contains(t.folded(i));
        assertThat(t.is(i, WordClass.ACTOR_VERB)).as(text).isEqualTo(verb);
        assertThat(t.is(i, WordClass.COMMON_GIVEN_NAME)).as(text).isEqualTo(name);
        String f = t.folded(i);
        assertThat(t.is(i, WordClass.TITLE_LINK))
            .as(text)
            .isEqualTo(f.equals("of") || f.equals("for"));
        assertThat(t.is(i, WordClass.TITLE_JOIN))
            .as(text)
            .isEqualTo(f.equals("the") || f.equals("and"));
        int len = t.end[i] - t.start[i];
        // The set look-up that the ABBREVIATION bit replaced.
        boolean abbreviation =
            len == 1
                ? t.shape[i] != TextTokens.NUMBER
                : (len <= 6 || (t.chars[i] & TextTokens.SEEN_OTHER) != 0)
                    && TextTokens.ABBREVIATIONS.contains(f);
        assertThat(t.abbreviation(i)).as(text).isEqualTo(abbreviation);
        abbreviations += abbreviation && len > 1 ? 1 : 0;
        verbs += verb ? 1 : 0;
        names += name ? 1 : 0;
      }
    }
    assertThat(verbs).isGreaterThan(1_000);
    assertThat(names).isGreaterThan(1_000);
    assertThat(abbreviations).isGreaterThan(1_000);
  }

  private static void assertBits(Set<String> words, int bit) {
    for (String w : words) {
      assertThat(WordClass.of(w) & bit).as(w).isEqualTo(bit);
    }
    for (String w : WordClass.all().keySet()) {
      assertThat((WordClass.of(w) & bit) != 0).as(w).isEqualTo(words.contains(w));
    }
  }
}
