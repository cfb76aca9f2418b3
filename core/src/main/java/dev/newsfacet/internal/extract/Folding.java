package dev.newsfacet.internal.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared: case and diacritics folded ("Çavuşoğlu" is "cavusoglu"), including the
 * letters no Unicode decomposition takes a mark off ("Wałęsa" is "walesa", "Støre" is "store"). The
 * extractor folds words this way, and facet filters fold labels this way, so a filter typed without
 * diacritics finds what the extractor found.
 */
public final class Folding {
  private Folding() {}

  /**
   * A name folded for comparison: diacritics and case folded, spaces collapsed, ends stripped.
   *
   * @param s the name, not null
   */
  public static String fold(String s) {
    String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(letter(Character.toLowerCase(c)));
    }
    return sb.toString().toLowerCase(Locale.ROOT).replace("ß", "ss");
  }

  /** A lower-case letter folded where decomposition leaves it whole: ł, ø, ı, đ, ð, ə, ħ, æ. */
  static char letter(char c) {
    return switch (c) {
      case 'ı' -> 'i';
      case 'ø' -> 'o';
      case 'ł' -> 'l';
      case 'đ', 'ð' -> 'd';
      case 'ə' -> 'a';
      case 'ħ' -> 'h';
      case 'æ' -> 'a';
      default -> c;
    };
  }
}
