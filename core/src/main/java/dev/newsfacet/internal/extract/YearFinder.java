package dev.newsfacet.internal.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the years a text refers to ("in 1994", "since 1988", "the 1991-1994 war", expanded to each
 * year), and not counts that look like years ("2,000 troops", "about 1990 people", "2000 GMT").
 */
final class YearFinder {
  static final int MIN_YEAR = 1800;
  static final int MAX_YEAR = 2100;

  /** A year, optionally a range to a second year (full or two-digit) after a dash. */
  private static final Pattern YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\p{N},.$€£])(1[89]\\d\\d|20\\d\\d)"
              + "(?:\\s?[-\u2013\u2014]\\s?(1[89]\\d\\d|20\\d\\d|\\d\\d)(?![\\p{N}]))?"
              + "(?![\\p{N}%]|[.,]\\d|\\p{L})");

  private static final Set<String> QUANTITY_BEFORE =
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

  private static final Set<String> QUANTITY_AFTER =
      Set.of(
          "people",
          "persons",
          "troops",
          "soldiers",
          "civilians",
          "dead",
          "killed",
          "wounded",
          "injured",
          "men",
          "women",
          "children",
          "refugees",
          "residents",
          "homes",
          "houses",
          "buildings",
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "metres",
          "meters",
          "feet",
          "tonnes",
          "tons",
          "dollars",
          "euros",
          "rubles",
          "roubles",
          "pounds",
          "votes",
          "times",
          "hectares",
          "square",
          "cases",
          "deaths",
          "fighters",
          "prisoners",
          "families",
          "students",
          "members",
          "police",
          "officers",
          "units",
          "vehicles",
          "tanks",
          "rockets",
          "missiles",
          "shells",
          "drones",
          "casualties",
          "displaced",
          "acres",
          "gmt",
          "utc",
          "hours",
          "hrs",
          "local",
          "peacekeepers",
          "personnel",
          "servicemen",
          "observers",
          "monitors",
          "jobs",
          "words",
          "pages",
          "villagers",
          "protesters",
          "demonstrators",
          "detainees",
          "hostages",
          "trucks",
          "bodies",
          "graves",
          "mines",
          "shots",
          "rounds",
          "violations",
          "incidents");

  private YearFinder() {}

  static Set<Integer> find(String text) {
    Set<Integer> years = new LinkedHashSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (year > MAX_YEAR || looksLikeQuantity(text, m.start(), m.end())) {
        continue;
      }
      String to = m.group(2);
      if (to == null) {
        years.add(year);
        continue;
      }
      int end = to.length() == 2 ? (year / 100) * 100 + Integer.parseInt(to) : Integer.parseInt(to);
      if (end > year && end - year <= 30 && end <= MAX_YEAR) {
        for (int y = year; y <= end; y++) {
          years.add(y);
        }
      } else {
        years.add(year);
        if (to.length() == 4) {
          years.add(Integer.parseInt(to));
        }
      }
    }
    return years;
  }

  private static boolean looksLikeQuantity(String text, int start, int end) {
    String before = wordBefore(text, start);
    if (QUANTITY_BEFORE.contains(before.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return QUANTITY_AFTER.contains(wordAfter(text, end).toLowerCase(Locale.ROOT));
  }

  private static String wordBefore(String text, int pos) {
    int e = pos;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return text.substring(s, e);
  }

  private static String wordAfter(String text, int pos) {
    int s = pos;
    while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0')) {
      s++;
    }
    int e = s;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e);
  }
}
