package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the years a text refers to ("in 1994", "since 1988", "the 1991-1994 war", expanded to each
 * year), and not counts that look like years ("2,000 troops", "about 1990 people", "2000 GMT").
 */
final class YearFinder {
  private static final WordLists WORDS = WordLists.load("year-finder");

  static final int MIN_YEAR = 1800;
  static final int MAX_YEAR = 2100;

  static final Set<String> QUANTITY_BEFORE =
      Set.of(
          "about",
          "around",
          "some",
          "nearly",
          "almost",
          "approximately",
          "over",
          "than",
          "least",
          "roughly",
          "estimated",
          "total",
          "additional",
          "another",
          "only",
          "just");

  static final Set<String> QUANTITY_AFTER = WORDS.set("quantity-after");

  private static final List<String> DECADE_WORDS =
      List.of("thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

  private YearFinder() {}

  /** The decades a text refers to, as their first year (1990 for "the 1990s"), in order. */
  static Set<Integer> decades(String string) {
    CharText text = CharText.of(string);
    Set<Integer> out = new LinkedHashSet<>();
    for (int i = 3; i < text.length(); i++) {
      decadeAt(text, i, out);
    }
    return out;
  }

  /**
   * As {@link #decades(String)}, looking only where a decade can end: an "s" is a word character,
   * and in a word of ASCII letters and digits only its last "s" has no letter or digit after it.
   */
  static Set<Integer> decades(TextTokens t) {
    Set<Integer> out = new LinkedHashSet<>();
    if ((t.charsUnion & (TextTokens.SEEN_OTHER | TextTokens.DECADE_END)) == 0) {
      return out; // no word that may end a decade and none that may hide one
    }
    CharText text = t.charText();
    for (int k = 0; k < t.size; k++) {
      int e = t.end[k];
      if ((t.chars[k] & TextTokens.SEEN_OTHER) != 0) {
        for (int i = Math.max(3, t.start[k]); i < e; i++) {
          decadeAt(text, i, out);
        }
      } else if (e - 1 >= 3 && (t.chars[k] & TextTokens.DECADE_END) != 0) {
        decadeAt(text, e - 1, out);
      }
    }
    return out;
  }

  /** Adds the decade whose "s" is at {@code i}, if there is one. */
  private static void decadeAt(CharText text, int i, Set<Integer> out) {
    int n = text.length();
    char c = text.charAt(i);
    if (c != 's' && c != 'S') {
      return;
    }
    char z = text.charAt(i - 1);
    // The cheap test on the character before first: most "s" end ordinary words.
    if (z != '0' && z != 'e' && z != 'E') {
      return;
    }
    if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
      return;
    }
    if (z == '0' && Character.isDigit(text.charAt(i - 2))) {
      // "1990s", "’90s"
      if (i >= 4
          && Character.isDigit(text.charAt(i - 3))
          && Character.isDigit(text.charAt(i - 4))
          && yearStart(text, i - 4)
          && (i == 4 || !Character.isLetterOrDigit(text.charAt(i - 5)))) {
        int d = digits(text, i - 4, 4);
        if (d <= MAX_YEAR) {
          out.add(d);
        }
      } else if (TextTokens.isApostrophe(text.charAt(i - 3)) || text.charAt(i - 3) == '\u2018') {
        if (i < 4 || !Character.isLetterOrDigit(text.charAt(i - 4))) {
          int tens = digits(text, i - 2, 2);
          out.add(tens >= 30 ? 1900 + tens : 2000 + tens);
        }
      }
    } else if ((z == 'e' || z == 'E')
        && (text.charAt(i - 2) | 0x20) == 'i'
        && (text.charAt(i - 3) | 0x20) == 't'
        && i >= 8) {
      int d = decadeWord(text, i + 1);
      if (d > 0) {
        out.add(d);
      }
    }
  }

  /** "the nineties", "the Eighties": the decade whose word ends at {@code end}, or 0. */
  private static int decadeWord(CharText text, int end) {
    if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      return 0;
    }
    for (int k = 0; k < DECADE_WORDS.size(); k++) {
      String w = DECADE_WORDS.get(k);
      int s = end - w.length();
      if (s >= 4
          && text.regionMatchesIgnoreCase(s, w, 0, w.length())
          && !Character.isLetterOrDigit(text.charAt(s - 1))) {
        int p = s - 1;
        while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == '-')) {
          p--;
        }
        if (p >= 8 && text.regionMatchesIgnoreCase(p - 7, "nineteen", 0, 8)) {
          p -= 8;
          while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == '-')) {
            p--;
          }
        }
        if (p >= 2
            && text.regionMatchesIgnoreCase(p - 2, "the", 0, 3)
            && (p < 3 || !Character.isLetterOrDigit(text.charAt(p - 3)))) {
          return 1930 + 10 * k;
        }
        return 0;
      }
    }
    return 0;
  }

  /**
   * The years of a text in order of first mention. One scan over the characters: a run of exactly
   * four digits from 1800 to 2100 that no letter, digit, "$", "€", "£" or a decimal or thousands
   * separator touches, optionally followed by a dash and a second year (four or two digits), which
   * makes a range.
   */
  static Set<Integer> find(String string) {
    CharText text = CharText.of(string);
    Set<Integer> years = new LinkedHashSet<>();
    scanYears(text, 0, text.length(), years);
    return years;
  }

  /**
   * As {@link #find(String)}, scanning only the words that hold an ASCII digit: a year's digits are
   * word characters, so they lie in such a word.
   */
  static Set<Integer> find(TextTokens t) {
    Set<Integer> years = new LinkedHashSet<>();
    CharText text = t.charText();
    int i = 0;
    for (int k = 0; k < t.size; k++) {
      int e = t.end[k];
      if ((t.chars[k] & TextTokens.SEEN_DIGIT) == 0 || e <= i) {
        continue;
      }
      i = scanYears(text, Math.max(i, t.start[k]), e, years);
    }
    return years;
  }

  /**
   * Adds the years that start in {@code [from, limit)} (a range may run on past {@code limit}) and
   * returns where the scan stopped.
   */
  private static int scanYears(CharText text, int from, int limit, Set<Integer> years) {
    int n = text.length();
    int i = from;
    while (i < limit) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int s = i;
      while (i < n && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i - s != 4 || !yearStart(text, s) || blockedBefore(text, s)) {
        continue;
      }
      int year = digits(text, s, 4);
      if (year < MIN_YEAR || year > MAX_YEAR) {
        continue;
      }
      // An optional range: "1991-1994", "1992–94", "1991 - 1994".
      int rangeEnd = -1;
      int to = -1;
      int toLength = 0;
      int k = i;
      if (k < n && isSpace(text.charAt(k))) {
        k++;
      }
      if (k < n && isDash(text.charAt(k))) {
        k++;
        if (k < n && isSpace(text.charAt(k))) {
          k++;
        }
        int ds = k;
        while (k < n && Character.isDigit(text.charAt(k))) {
          k++;
        }
        int len = k - ds;
        if (len == 4 && yearStart(text, ds)) {
          to = digits(text, ds, 4);
          rangeEnd = k;
          toLength = 4;
        } else if (len == 2) {
          to = (year / 100) * 100 + digits(text, ds, 2);
          rangeEnd = k;
          toLength = 2;
        }
        if (rangeEnd > 0 && blockedAfter(text, rangeEnd)) {
          rangeEnd = -1;
        }
      }
      int end = rangeEnd > 0 ? rangeEnd : i;
      if (rangeEnd < 0 && blockedAfter(text, i)) {
        continue;
      }
      if (looksLikeQuantity(text, s, end)) {
        continue;
      }
      if (rangeEnd < 0) {
        years.add(year);
      } else if (to > year && to - year <= 30 && to <= MAX_YEAR) {
        for (int y = year; y <= to; y++) {
          years.add(y);
        }
      } else {
        years.add(year);
        if (toLength == 4 && to <= MAX_YEAR) {
          years.add(to);
        }
      }
      i = end;
    }
    return i;
  }

  /** 18xx, 19xx or 20xx. */
  private static boolean yearStart(CharText text, int s) {
    char a = text.charAt(s);
    char b = text.charAt(s + 1);
    return (a == '1' && (b == '8' || b == '9')) || (a == '2' && b == '0');
  }

  private static int digits(CharText text, int s, int len) {
    int v = 0;
    for (int k = s; k < s + len; k++) {
      v = v * 10 + (text.charAt(k) - '0');
    }
    return v;
  }

  /** "$1990", "2,1990", "x1990", ".1990": not a year. */
  private static boolean blockedBefore(CharText text, int s) {
    if (s == 0) {
      return false;
    }
    char p = text.charAt(s - 1);
    return Character.isLetterOrDigit(p)
        || p == ','
        || p == '.'
        || p == '$'
        || p == '\u20AC'
        || p == '\u00A3';
  }

  /** "1990s", "1990%", "1990.5", "1990,000": not a year. */
  private static boolean blockedAfter(CharText text, int e) {
    if (e >= text.length()) {
      return false;
    }
    char c = text.charAt(e);
    if (Character.isLetterOrDigit(c) || c == '%') {
      return true;
    }
    return (c == '.' || c == ',') && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  static boolean looksLikeQuantity(CharText text, int start, int end) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (isAmong(text, s, e, QUANTITY_BEFORE, QUANTITY_BEFORE_BY_LENGTH)) {
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
    return isAmong(text, s, e, QUANTITY_AFTER, QUANTITY_AFTER_BY_LENGTH);
  }

  /**
   * Whether {@code text[s, e)} in lower case is in {@code words} (ASCII words in lower case, also
   * given grouped by length): a word of ASCII characters is compared in place with those of its
   * length, where a string and its lower case were made for every four digits; any other is
   * lower-cased as a string, which may change its length.
   */
  static boolean isAmong(CharText text, int s, int e, Set<String> words, String[][] byLength) {
    int len = e - s;
    for (int k = s; k < e; k++) {
      if (text.charAt(k) >= 0x80) {
        return words.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
      }
    }
    if (len >= byLength.length) {
      return false;
    }
    for (String w : byLength[len]) {
      int k = 0;
      while (k < len) {
        char c = text.charAt(s + k);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if (c != w.charAt(k)) {
          break;
        }
        k++;
      }
      if (k == len) {
        return true;
      }
    }
    return false;
  }

  /** The words of a set of ASCII words, indexed by length. */
  static String[][] byLength(Set<String> words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
    }
    List<List<String>> lists = new ArrayList<>();
    for (int l = 0; l <= max; l++) {
      lists.add(new ArrayList<>());
    }
    for (String w : words) {
      lists.get(w.length()).add(w);
    }
    String[][] out = new String[max + 1][];
    for (int l = 0; l <= max; l++) {
      out[l] = lists.get(l).toArray(new String[0]);
    }
    return out;
  }

  private static final String[][] QUANTITY_BEFORE_BY_LENGTH = byLength(QUANTITY_BEFORE);

  private static final String[][] QUANTITY_AFTER_BY_LENGTH = byLength(QUANTITY_AFTER);

  /** The words {@link #relativeDays} looks for, grouped by their first letter. */
  private static final String[] DAY_WORDS = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "yesterday",
    "today",
    "tonight"
  };

  /** The day words folded, for {@link WordClass#DAY_WORD}. */
  static Set<String> foldedDayWords() {
    Set<String> out = new java.util.HashSet<>();
    for (String w : DAY_WORDS) {
      out.add(w.toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /**
   * The years of the days a dated article names relative to its publication date: a weekday is the
   * last such day on or before it, "yesterday" the day before.
   */
  static Set<Integer> relativeDays(String string, java.time.LocalDate published) {
    CharText text = CharText.of(string);
    Set<Integer> years = new java.util.LinkedHashSet<>();
    dayWords(text, 0, text.length(), published, years);
    return years;
  }

  /**
   * As {@link #relativeDays(String, java.time.LocalDate)}, looking word by word: a day word is made
   * of ASCII letters, so in a word of ASCII letters and digits it can only be the whole word, and
   * only words with other characters need a look at every position.
   */
  static Set<Integer> relativeDays(TextTokens t, java.time.LocalDate published) {
    Set<Integer> years = new java.util.LinkedHashSet<>();
    if ((t.charsUnion & TextTokens.SEEN_OTHER) == 0 && !t.anyIs(WordClass.DAY_WORD)) {
      return years; // no day word and no word that may hide one
    }
    CharText text = t.charText();
    // Every day word gives the publication year or the one before (a weekday is at most six days
    // back): once the set holds every year a day word can give, the rest of the text adds nothing.
    // Past the first week of January that is only the publication year.
    int possible = 1;
    if (published.getDayOfYear() <= 7) {
      Set<Integer> all = new java.util.HashSet<>();
      for (String w : DAY_WORDS) {
        all.add(dayOf(w, published).getYear());
      }
      possible = all.size();
    }
    for (int k = 0; k < t.size && years.size() < possible; k++) {
      int s = t.start[k];
      int e = t.end[k];
      if ((t.chars[k] & TextTokens.SEEN_OTHER) != 0) {
        dayWords(text, s, e, published, years);
      } else if (t.is(k, WordClass.DAY_WORD) && e - s >= 5 && e - s <= 9) {
        // The class bit first: only a word whose folded form is a day word can be one as written,
        // and few are, where a test of the length goes either way from word to word.
        String w = dayWordAt(text, s);
        if (w != null && w.length() == e - s) {
          dayWords(text, s, e, published, years);
        }
      }
    }
    return years;
  }

  private static void dayWords(
      CharText text, int from, int to, java.time.LocalDate published, Set<Integer> years) {
    int i = from;
    while (i < to) {
      String word = dayWordAt(text, i);
      if (word == null) {
        i++;
        continue;
      }
      years.add(dayOf(word, published).getYear());
      i += word.length();
    }
  }

  /** The day a day word names in an article published on the given date. */
  private static java.time.LocalDate dayOf(String word, java.time.LocalDate published) {
    return switch (word) {
      case "yesterday" -> published.minusDays(1);
      case "today", "tonight" -> published;
      default -> published.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekday(word)));
    };
  }

  /**
   * The weekday a day word names: a switch, where upper-casing the word for {@link
   * java.time.DayOfWeek#valueOf} made a string per day word in the text.
   */
  private static java.time.DayOfWeek weekday(String word) {
    return switch (word) {
      case "Monday" -> java.time.DayOfWeek.MONDAY;
      case "Tuesday" -> java.time.DayOfWeek.TUESDAY;
      case "Wednesday" -> java.time.DayOfWeek.WEDNESDAY;
      case "Thursday" -> java.time.DayOfWeek.THURSDAY;
      case "Friday" -> java.time.DayOfWeek.FRIDAY;
      case "Saturday" -> java.time.DayOfWeek.SATURDAY;
      case "Sunday" -> java.time.DayOfWeek.SUNDAY;
      default -> java.time.DayOfWeek.valueOf(word.toUpperCase(java.util.Locale.ROOT));
    };
  }

  /**
   * The day word that starts at {@code i} as a whole word (word boundaries as a regular
   * expression's {@code \b} sees them), or null. A scan instead of a regular expression: this runs
   * at every character of every article.
   */
  private static String dayWordAt(CharText text, int i) {
    char c = text.charAt(i);
    if (c != 'M' && c != 'T' && c != 'W' && c != 'F' && c != 'S' && c != 'y' && c != 't') {
      return null;
    }
    for (String w : DAY_WORDS) {
      if (w.charAt(0) == c
          && text.startsWith(w, i)
          && !regexWordBefore(text, i)
          && !regexWordAt(text, i + w.length())) {
        return w;
      }
    }
    return null;
  }

  /**
   * Whether a word character, as {@code \b} of {@link java.util.regex.Pattern} defines it (Java 19
   * and later), ends just before {@code i}: an ASCII letter, digit or underscore, or a combining
   * mark that has a letter or digit before it.
   */
  private static boolean regexWordBefore(CharText text, int i) {
    if (i == 0) {
      return false;
    }
    int cp = text.codePointBefore(i);
    if (asciiWordChar(cp)) {
      return true;
    }
    if (Character.getType(cp) != Character.NON_SPACING_MARK) {
      return false;
    }
    for (int x = i - 1; x >= 0; x--) {
      int b = text.codePointAt(x);
      if (Character.isLetterOrDigit(b)) {
        return true;
      }
      if (Character.getType(b) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a word character (as {@code \b} defines it) starts at {@code i}, right after a day
   * word: a combining mark there has the word's last letter as its base.
   */
  private static boolean regexWordAt(CharText text, int i) {
    if (i >= text.length()) {
      return false;
    }
    int cp = text.codePointAt(i);
    return asciiWordChar(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean asciiWordChar(int cp) {
    return cp < 128
        && ((cp >= 'a' && cp <= 'z')
            || (cp >= 'A' && cp <= 'Z')
            || (cp >= '0' && cp <= '9')
            || cp == '_');
  }
}
