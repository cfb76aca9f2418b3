package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTokensTest {

  private static List<String> folded(String text) {
    TextTokens t = TextTokens.of(text);
    return java.util.stream.IntStream.range(0, t.size).mapToObj(t::folded).toList();
  }

  private static List<Byte> shapes(String text) {
    TextTokens t = TextTokens.of(text);
    List<Byte> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      out.add(t.shape[i]);
    }
    return out;
  }

  @Test
  void splitsOnPunctuationAndHyphens() {
    assertThat(folded("Cease-fire talks (in Vienna/Geneva) stalled; again!"))
        .containsExactly("cease", "fire", "talks", "in", "vienna", "geneva", "stalled", "again");
  }

  @Test
  void lettersAndDigitsStayTogether() {
    assertThat(folded("G7 leaders met on 5th May, 2021."))
        .containsExactly("g7", "leaders", "met", "on", "5th", "may", "2021");
  }

  @Test
  void hyphenAcrossLineBreakGivesSameWordsAsSpace() {
    assertThat(folded("Nagorno-\nKarabakh")).containsExactly("nagorno", "karabakh");
    assertThat(folded("Nagorno-\nKarabakh")).isEqualTo(folded("Nagorno Karabakh"));
    assertThat(folded("Nagorno-Karabakh")).isEqualTo(folded("Nagorno Karabakh"));
  }

  @Test
  void possessiveIsDroppedForStraightAndCurlyApostrophes() {
    assertThat(folded("Azerbaijan’s army")).containsExactly("azerbaijan", "army");
    assertThat(folded("Azerbaijan's army")).containsExactly("azerbaijan", "army");
    assertThat(folded("ARMENIA'S vote")).containsExactly("armenia", "vote");
  }

  @Test
  void possessiveAtEndOfTextIsDropped() {
    assertThat(folded("a pledge of Azerbaijan’s"))
        .containsExactly("a", "pledge", "of", "azerbaijan");
  }

  @Test
  void apostropheNotFollowedByPossessiveSplitsTheWord() {
    assertThat(folded("the Armenians’ homes")).containsExactly("the", "armenians", "homes");
    assertThat(folded("N'Djamena")).containsExactly("n", "djamena");
  }

  @ParameterizedTest
  @CsvSource({
    "Çavuşoğlu, cavusoglu",
    "Xankəndi, xankandi",
    "İlham, ilham",
    "Şuşa, susa",
    "Łódź, lodz",
    "Straße, strasse",
    "Bakı, baki",
    "Ørsted, orsted",
    "Armenia, armenia"
  })
  void foldsDiacriticsAndCase(String word, String expected) {
    assertThat(folded(word)).containsExactly(expected);
  }

  @Test
  void decomposedCombiningMarksStayInsideTheWord() {
    // "Çavuşoğlu" written with combining cedillas and breve instead of precomposed letters.
    assertThat(folded("C\u0327avus\u0327og\u0306lu said")).containsExactly("cavusoglu", "said");
  }

  @Test
  void shapes() {
    assertThat(shapes("ceasefire Armenia ARMENIA US A 1994 2nd iPhone Çavuşoğlu"))
        .containsExactly(
            TextTokens.LOWER,
            TextTokens.CAPITALISED,
            TextTokens.ALL_CAPS,
            TextTokens.ALL_CAPS,
            TextTokens.CAPITALISED,
            TextTokens.NUMBER,
            TextTokens.NUMBER,
            TextTokens.LOWER,
            TextTokens.CAPITALISED);
  }

  @Test
  void dottedAbbreviationIsSingleCapitalLetters() {
    TextTokens t = TextTokens.of("U.S.");
    assertThat(folded("U.S.")).containsExactly("u", "s");
    assertThat(shapes("U.S.")).containsExactly(TextTokens.CAPITALISED, TextTokens.CAPITALISED);
    assertThat(t.capitalised(0)).isTrue();
  }

  @Test
  void capitalisedIsTrueForCapitalisedAndAllCaps() {
    TextTokens t = TextTokens.of("Baku NATO said 2020");
    assertThat(t.capitalised(0)).isTrue();
    assertThat(t.capitalised(1)).isTrue();
    assertThat(t.capitalised(2)).isFalse();
    assertThat(t.capitalised(3)).isFalse();
  }

  @Test
  void offsetsSurfaceAndGaps() {
    String text = "Prime Minister  Nikol Pashinyan, in Yerevan.";
    TextTokens t = TextTokens.of(text);
    assertThat(t.size).isEqualTo(6);
    assertThat(t.start[2]).isEqualTo(16);
    assertThat(t.end[2]).isEqualTo(21);
    assertThat(t.surface(2, 4)).isEqualTo("Nikol Pashinyan");
    assertThat(t.gapBefore(0)).isEmpty();
    assertThat(t.gapBefore(2)).isEqualTo("  ");
    assertThat(t.gapAfter(3)).isEqualTo(", ");
    assertThat(t.gapAfter(5)).isEqualTo(".");
  }

  @Test
  void possessiveIsOutsideTheWordSpanAndInTheGap() {
    TextTokens t = TextTokens.of("Azerbaijan’s army");
    assertThat(t.surface(0, 1)).isEqualTo("Azerbaijan");
    assertThat(t.gapAfter(0)).isEqualTo("’s ");
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoWords() {
    assertThat(TextTokens.of("").size).isZero();
    assertThat(TextTokens.of(" -- ... ,;! ").size).isZero();
  }

  @Test
  void growsBeyondInitialCapacity() {
    String text = IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    TextTokens t = TextTokens.of(text);
    assertThat(t.size).isEqualTo(300);
    assertThat(t.folded(299)).isEqualTo("w299");
    assertThat(t.surface(298, 300)).isEqualTo("w298 w299");
  }
}
