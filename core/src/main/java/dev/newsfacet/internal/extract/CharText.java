package dev.newsfacet.internal.extract;

/**
 * The first {@code length} characters of an array, read as the rules read a string: what {@link
 * TextTokens} holds instead of the joined article, which is never made unless asked for. Each
 * method answers as {@link String}'s method of the same name on the same characters, for indexes
 * within the text (an index past {@code length} is the caller's error, as with a string).
 */
final class CharText {
  private final char[] chars;
  private final int length;

  CharText(char[] chars, int length) {
    this.chars = chars;
    this.length = length;
  }

  /** The characters of a string. */
  static CharText of(String s) {
    return new CharText(s.toCharArray(), s.length());
  }

  int length() {
    return length;
  }

  char charAt(int i) {
    return chars[i];
  }

  String substring(int s, int e) {
    return new String(chars, s, e - s);
  }

  /** As {@link String#startsWith(String, int)}. */
  boolean startsWith(String w, int at) {
    int n = w.length();
    if (at < 0 || at > length - n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (chars[at + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link String#regionMatches(boolean, int, String, int, int)} with case ignored, for a word
   * {@code other} of one-char code points: characters are equal as they are, upper-cased, or
   * upper-cased and lower-cased again.
   */
  boolean regionMatchesIgnoreCase(int at, String other, int from, int len) {
    if (from < 0 || at < 0 || at > (long) length - len || from > (long) other.length() - len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      char c1 = chars[at + k];
      char c2 = other.charAt(from + k);
      if (c1 == c2) {
        continue;
      }
      char u1 = Character.toUpperCase(c1);
      char u2 = Character.toUpperCase(c2);
      if (u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2)) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** As {@link String#codePointAt(int)}. */
  int codePointAt(int i) {
    return Character.codePointAt(chars, i, length);
  }

  /** As {@link String#codePointBefore(int)}. */
  int codePointBefore(int i) {
    return Character.codePointBefore(chars, i, 0);
  }
}
