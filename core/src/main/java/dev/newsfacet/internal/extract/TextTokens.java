package dev.newsfacet.internal.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text in one pass: offsets, a folded form (lower case, no diacritics) and the
 * capitalisation of each. Letters and digits make words; everything else separates them, so
 * "Nagorno-\nKarabakh" and "Nagorno Karabakh" give the same two words. A possessive {@code ’s} ends
 * its word and is dropped.
 */
final class TextTokens {
  static final byte LOWER = 0;
  static final byte CAPITALISED = 1;
  static final byte ALL_CAPS = 2;
  static final byte NUMBER = 3;

  final String text;
  int size;
  int[] start = new int[64];
  int[] end = new int[64];
  String[] folded = new String[64];
  byte[] shape = new byte[64];

  private TextTokens(String text) {
    this.text = text;
  }

  static TextTokens of(String text) {
    TextTokens t = new TextTokens(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      t.add(s, i);
      // Skip a possessive 's (straight or curly apostrophe) so "Azerbaijan’s" matches "Azerbaijan".
      if (i + 1 < n
          && isApostrophe(text.charAt(i))
          && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= n || !isWordChar(text.charAt(i + 2)))) {
        i += 2;
      }
    }
    return t;
  }

  private void add(int s, int e) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      folded = Arrays.copyOf(folded, cap);
      shape = Arrays.copyOf(shape, cap);
    }
    start[size] = s;
    end[size] = e;
    folded[size] = fold(text, s, e);
    shape[size] = shapeOf(text, s, e);
    size++;
  }

  static boolean isWordChar(char c) {
    // U+02BC is a letter to Unicode but an apostrophe in news text ("Azerbaijanʼs").
    return c != '\u02BC'
        && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  static String fold(String text, int s, int e) {
    boolean ascii = true;
    for (int i = s; i < e; i++) {
      if (text.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    String word = text.substring(s, e).toLowerCase(Locale.ROOT);
    if (ascii) {
      return word;
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      sb.append(
          switch (c) {
            case 'ı' -> 'i';
            case 'ø' -> 'o';
            case 'ł' -> 'l';
            case 'đ' -> 'd';
            case 'ə' -> 'a';
            default -> c;
          });
    }
    return sb.toString().replace("ß", "ss");
  }

  private static byte shapeOf(String text, int s, int e) {
    char first = text.charAt(s);
    if (Character.isDigit(first)) {
      return NUMBER;
    }
    if (!Character.isUpperCase(first)) {
      return LOWER;
    }
    for (int i = s + 1; i < e; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return CAPITALISED;
      }
    }
    return e - s >= 2 ? ALL_CAPS : CAPITALISED;
  }

  /** The original text of words {@code [from, to)}. */
  String surface(int from, int to) {
    return text.substring(start[from], end[to - 1]);
  }

  /** The characters between word {@code i - 1} and word {@code i}. */
  String gapBefore(int i) {
    return text.substring(i == 0 ? 0 : end[i - 1], start[i]);
  }

  /** The characters between word {@code i} and the next word (or the end). */
  String gapAfter(int i) {
    return text.substring(end[i], i + 1 < size ? start[i + 1] : text.length());
  }

  boolean capitalised(int i) {
    return shape[i] == CAPITALISED || shape[i] == ALL_CAPS;
  }
}
