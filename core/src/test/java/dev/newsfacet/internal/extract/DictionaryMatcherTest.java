package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryMatcherTest {

  /** One match as "from-to:values", e.g. "1-4:[OSCE Minsk Group]". */
  private static List<String> matches(DictionaryMatcher<String> m, String text) {
    List<String> out = new ArrayList<>();
    m.match(TextTokens.of(text), (from, to, values) -> out.add(from + "-" + to + ":" + values));
    return out;
  }

  private static DictionaryMatcher<String> matcher(String... aliasValuePairs) {
    DictionaryMatcher<String> m = new DictionaryMatcher<>();
    for (int i = 0; i < aliasValuePairs.length; i += 2) {
      m.add(aliasValuePairs[i], aliasValuePairs[i + 1]);
    }
    return m;
  }

  @Test
  void longestMatchWins() {
    DictionaryMatcher<String> m =
        matcher("OSCE", "OSCE", "OSCE Minsk Group", "OSCE Minsk Group", "Minsk", "Minsk");
    assertThat(matches(m, "Envoys of the OSCE Minsk Group met again."))
        .containsExactly("3-6:[OSCE Minsk Group]");
  }

  @Test
  void fallsBackToShorterMatchWhenLongerPhraseIsIncomplete() {
    DictionaryMatcher<String> m =
        matcher("OSCE", "OSCE", "OSCE Minsk Group", "OSCE Minsk Group", "Minsk", "Minsk");
    assertThat(matches(m, "OSCE Minsk talks")).containsExactly("0-1:[OSCE]", "1-2:[Minsk]");
  }

  @Test
  void capitalisedAliasNeedsCapitalisedWord() {
    DictionaryMatcher<String> m = matcher("Turkey", "Turkey");
    assertThat(matches(m, "a turkey for dinner")).isEmpty();
    assertThat(matches(m, "Turkey closed the border")).containsExactly("0-1:[Turkey]");
    assertThat(matches(m, "TURKEY CLOSES BORDER")).containsExactly("0-1:[Turkey]");
  }

  @Test
  void allCapsAliasNeedsAllCapsWord() {
    DictionaryMatcher<String> m = matcher("US", "United States");
    assertThat(matches(m, "the US envoy")).containsExactly("1-2:[United States]");
    assertThat(matches(m, "tell us more")).isEmpty();
    assertThat(matches(m, "Us neither")).isEmpty();
  }

  @Test
  void allCapsTextMatchesCapitalisedAlias() {
    DictionaryMatcher<String> m = matcher("Armenia", "Armenia");
    assertThat(matches(m, "ARMENIA VOTES")).containsExactly("0-1:[Armenia]");
  }

  @Test
  void dottedAbbreviationMatchesOnlyCapitals() {
    DictionaryMatcher<String> m = matcher("U.S.", "United States");
    assertThat(matches(m, "the U.S. envoy")).containsExactly("1-3:[United States]");
    assertThat(matches(m, "the u.s. envoy")).isEmpty();
  }

  @Test
  void lowerCaseAliasWordMatchesAnyCapitalisation() {
    DictionaryMatcher<String> m = matcher("UN refugee agency", "UNHCR");
    assertThat(matches(m, "the UN refugee agency")).containsExactly("1-4:[UNHCR]");
    assertThat(matches(m, "The UN Refugee Agency")).containsExactly("1-4:[UNHCR]");
    assertThat(matches(m, "the un refugee agency")).isEmpty();
  }

  @Test
  void matchesIgnoreDiacriticsAndPossessives() {
    DictionaryMatcher<String> m = matcher("Çavuşoğlu", "Cavusoglu", "Azerbaijan", "Azerbaijan");
    assertThat(matches(m, "Cavusoglu visited Azerbaijan’s capital"))
        .containsExactly("0-1:[Cavusoglu]", "2-3:[Azerbaijan]");
  }

  @Test
  void hyphenatedAliasMatchesSpacedAndLineBrokenText() {
    DictionaryMatcher<String> m = matcher("Nagorno-Karabakh", "Nagorno-Karabakh");
    assertThat(matches(m, "in Nagorno Karabakh")).containsExactly("1-3:[Nagorno-Karabakh]");
    assertThat(matches(m, "in Nagorno-\nKarabakh")).containsExactly("1-3:[Nagorno-Karabakh]");
  }

  @Test
  void matchesNeverOverlap() {
    DictionaryMatcher<String> m =
        matcher("Nagorno-Karabakh", "region", "Karabakh War", "war", "War of Independence", "x");
    // "Karabakh War" (words 1-3) overlaps the first match and is skipped; matching resumes at 2.
    assertThat(matches(m, "Nagorno-Karabakh War of Independence"))
        .containsExactly("0-2:[region]", "2-5:[x]");
  }

  @Test
  void reportedMatchesAreDisjointAndInTextOrder() {
    DictionaryMatcher<String> m =
        matcher("Armenia", "a", "Armenian", "a", "Azerbaijan", "b", "Azerbaijan Republic", "c");
    List<int[]> ranges = new ArrayList<>();
    m.match(
        TextTokens.of("Armenia and the Azerbaijan Republic; Armenian and Azerbaijan troops"),
        (from, to, values) -> ranges.add(new int[] {from, to}));
    assertThat(ranges)
        .extracting(r -> r[0] + "-" + r[1])
        .containsExactly("0-1", "3-5", "5-6", "7-8");
    for (int k = 1; k < ranges.size(); k++) {
      assertThat(ranges.get(k)[0]).isGreaterThanOrEqualTo(ranges.get(k - 1)[1]);
    }
  }

  @Test
  void allValuesOfOneAliasAreReturnedInOrderAdded() {
    DictionaryMatcher<String> m =
        matcher("Stepanakert", "party:Nagorno-Karabakh", "Stepanakert", "place:Stepanakert");
    assertThat(matches(m, "Shelling hit Stepanakert overnight."))
        .containsExactly("2-3:[party:Nagorno-Karabakh, place:Stepanakert]");
  }

  @Test
  void sameAliasAndValueAddedTwiceIsReportedOnce() {
    DictionaryMatcher<String> m = matcher("Baku", "Azerbaijan", "Baku", "Azerbaijan");
    assertThat(matches(m, "Baku said")).containsExactly("0-1:[Azerbaijan]");
  }

  @Test
  void valuesWhoseRuleDoesNotFitAreLeftOut() {
    // "Georgia" the state needs a capital; a lower-case alias with another value fits any word.
    DictionaryMatcher<String> m = matcher("Georgia", "state", "georgia", "anything");
    assertThat(matches(m, "Georgia")).containsExactly("0-1:[state, anything]");
    assertThat(matches(m, "georgia")).containsExactly("0-1:[anything]");
  }

  @Test
  void blankOrWordlessAliasesAreIgnored() {
    DictionaryMatcher<String> m = matcher("", "x", "   ", "y", " -- ", "z");
    assertThat(matches(m, "any text -- at all")).isEmpty();
    assertThat(matches(m, "")).isEmpty();
  }

  @Test
  void emptyMatcherFindsNothing() {
    assertThat(matches(new DictionaryMatcher<>(), "Armenia and Azerbaijan")).isEmpty();
  }
}
