package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CharText} answers as {@link String} does on the same characters: over seeded random texts
 * of letters whose case mappings surprise ("ı", "ſ", the Kelvin sign, "µ", "ÿ"), surrogate pairs
 * and halves, read from an array longer than the text whose spare characters are junk (as a scratch
 * instance's array is after a longer text).
 */
class CharTextEquivalenceTest {
  private static final String ALPHABET =
      "aeinrstTHENIRSKkµÿıİſ\u212A\u00DF\u0301 -'\uD83D\uDE00\uD83D\uDC4D\n0123456789";

  private static final List<String> WORDS =
      List.of("the", "nineteen", "twenties", "eighties", "nineties", "Monday", "yesterday", "s");

  @Test
  void answersAsTheStringWould() {
    Random r = new Random(20261122L);
    int matched = 0;
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int k = 0; k < n; k++) {
        if (r.nextInt(4) == 0) {
          String w = WORDS.get(r.nextInt(WORDS.size()));
          sb.append(r.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT));
        } else {
          sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
      }
      String text = sb.toString();
      char[] chars = new char[text.length() + r.nextInt(4)];
      for (int k = text.length(); k < chars.length; k++) {
        chars[k] = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
      }
      text.getChars(0, text.length(), chars, 0);
      CharText c = new CharText(chars, text.length());
      assertThat(c.length()).isEqualTo(text.length());
      for (int i = 0; i < text.length(); i++) {
        assertThat(c.charAt(i)).isEqualTo(text.charAt(i));
        assertThat(c.codePointAt(i)).as("%s at %d", text, i).isEqualTo(text.codePointAt(i));
        assertThat(c.codePointBefore(i + 1)).isEqualTo(text.codePointBefore(i + 1));
        int e = i + r.nextInt(text.length() - i + 1);
        assertThat(c.substring(i, e)).isEqualTo(text.substring(i, e));
      }
      for (int at = -2; at <= text.length() + 2; at++) {
        for (String w : WORDS) {
          boolean want = text.regionMatches(true, at, w, 0, w.length());
          assertThat(c.regionMatchesIgnoreCase(at, w, 0, w.length()))
              .as("%s at %d", text, at)
              .isEqualTo(want);
          int from = r.nextInt(w.length());
          int len = r.nextInt(w.length() + 2);
          assertThat(c.regionMatchesIgnoreCase(at, w, from, len))
              .isEqualTo(text.regionMatches(true, at, w, from, len));
          assertThat(c.startsWith(w, at)).isEqualTo(text.startsWith(w, at));
          if (want) {
            matched++;
          }
        }
      }
    }
    assertThat(matched).isGreaterThan(1_000);
  }
}
