package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whether four digits look like a quantity ("some 1500 troops"), decided by comparing the words
 * around them in place ({@link YearFinder#looksLikeQuantity}), gives what making their strings in
 * lower case and looking those up gives (the reference below, as the rule was first written).
 * Seeded random texts of quantity words in any case, other words, digits, spaces of both kinds and
 * letters beyond ASCII (among them the Kelvin sign, whose lower case is an ASCII "k").
 */
class QuantityWordEquivalenceTest {
  private static final List<String> PIECES =
      List.of(
          "about",
          "ABOUT",
          "Some",
          "nearly",
          "than",
          "least",
          "just",
          "justice",
          "abou",
          "troops",
          "Troops",
          "KM",
          "km",
          "\u212Am",
          "\u212A",
          "miles",
          "people",
          "peoples",
          "dead",
          "Dead",
          "1500",
          "2023",
          "99",
          "x",
          "é",
          "Éuros",
          "euros",
          "İ",
          "police",
          "famílies",
          "in",
          "the");

  private static final List<String> GAPS = List.of(" ", "  ", "\u00A0", "", ", ", "-", "\n");

  @Test
  void inPlaceComparisonAgreesWithStrings() {
    Random r = new Random(20261122L);
    int quantities = 0;
    int checked = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(8);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES.get(r.nextInt(PIECES.size())));
        sb.append(GAPS.get(r.nextInt(GAPS.size())));
      }
      String s = sb.toString();
      CharText text = CharText.of(s);
      for (int q = 0; q < 6; q++) {
        int start = r.nextInt(s.length() + 1);
        int end = start + r.nextInt(s.length() - start + 1);
        boolean expected = byStrings(text, start, end);
        assertThat(YearFinder.looksLikeQuantity(text, start, end))
            .as("%s [%d, %d)", s, start, end)
            .isEqualTo(expected);
        quantities += expected ? 1 : 0;
        checked++;
      }
    }
    assertThat(checked).isEqualTo(120_000);
    assertThat(quantities).isGreaterThan(10_000);
  }

  /** The rule through strings: the words before and after, lower-cased, looked up in the sets. */
  private static boolean byStrings(CharText text, int start, int end) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (YearFinder.QUANTITY_BEFORE.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
      return true;
    }
    s = end;
    while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0')) {
      s++;
    }
    e = s;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return YearFinder.QUANTITY_AFTER.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }
}
