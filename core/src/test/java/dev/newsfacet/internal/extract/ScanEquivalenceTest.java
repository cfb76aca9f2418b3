package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast scans give exactly what the plain ones give: years, decades and day names found word by
 * word agree with a scan of every character, day names agree with the regular expression they
 * replace, and the one-edit test agrees with a full edit distance. Seeded random texts built from
 * the pieces that matter (digits, dashes, apostrophes, day words, combining marks, underscores).
 */
class ScanEquivalenceTest {
  private static final Pattern DAY_NAME =
      Pattern.compile(
          "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\\b");

  private static final List<String> PIECES =
      List.of(
          "1990",
          "1991",
          "94",
          "2021",
          "1800",
          "2100",
          "12345",
          "s",
          "S",
          "0s",
          "90s",
          "’",
          "'",
          "‘",
          "-",
          "–",
          "—",
          " ",
          " ",
          " ",
          "\n",
          ",",
          ".",
          "$",
          "%",
          "_",
          "\u0301",
          "é",
          "ü",
          "Monday",
          "Friday",
          "Sunday",
          "today",
          "tonight",
          "yesterday",
          "Tuesdays",
          "xToday",
          "the",
          "The",
          "nineteen",
          "eighties",
          "Nineties",
          "sixties",
          "troops",
          "about",
          "in",
          "since",
          "a",
          "B",
          "٣",
          "١٩٩٠",
          "\uD835\uDC00",
          "Ġ",
          "ties",
          "TIES",
          "parties",
          "times",
          "Es",
          "people");

  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES.get(r.nextInt(PIECES.size())));
    }
    return sb.toString();
  }

  private static Set<Integer> regexDays(String text, LocalDate published) {
    Set<Integer> years = new LinkedHashSet<>();
    Matcher m = DAY_NAME.matcher(text);
    while (m.find()) {
      String w = m.group(1);
      LocalDate day =
          switch (w) {
            case "yesterday" -> published.minusDays(1);
            case "today", "tonight" -> published;
            default ->
                published.with(
                    java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.valueOf(w.toUpperCase(java.util.Locale.ROOT))));
          };
      years.add(day.getYear());
    }
    return years;
  }

  @Test
  void wordByWordScansAgreeWithCharacterScans() {
    Random r = new Random(20261121L);
    LocalDate published = LocalDate.of(2023, 1, 2); // a Monday: Friday falls in 2022
    for (int round = 0; round < 30_000; round++) {
      String text = randomText(r);
      TextTokens t = TextTokens.of(text);
      assertThat(YearFinder.find(t)).as(text).containsExactlyElementsOf(YearFinder.find(text));
      assertThat(YearFinder.decades(t))
          .as(text)
          .containsExactlyElementsOf(YearFinder.decades(text));
      Set<Integer> days = YearFinder.relativeDays(text, published);
      assertThat(days).as(text).containsExactlyElementsOf(regexDays(text, published));
      assertThat(YearFinder.relativeDays(t, published)).as(text).containsExactlyElementsOf(days);
      // Word classes from the dictionary's lexicon, as extraction reads them.
      TextTokens classed = TextTokens.of(text, CLASSES.lexicon());
      CLASSES.match(classed, (from, to, values) -> {});
      assertThat(YearFinder.relativeDays(classed, published))
          .as(text)
          .containsExactlyElementsOf(days);
    }
  }

  /** A dictionary of the word classes alone. */
  private static final DictionaryMatcher<String> CLASSES = new DictionaryMatcher<>();

  static {
    CLASSES.addWordClasses();
  }

  @Test
  void dayWordsStopEarlyOnlyWhenNothingCanBeAdded() {
    Random r = new Random(20261122L);
    int both = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = randomText(r);
      // Early January half the time, where day words give two years; any day of 2023 otherwise.
      LocalDate published =
          r.nextBoolean()
              ? LocalDate.of(2024, 1, 1 + r.nextInt(8))
              : LocalDate.of(2023, 1, 1).plusDays(r.nextInt(365));
      Set<Integer> days = YearFinder.relativeDays(text, published);
      assertThat(YearFinder.relativeDays(TextTokens.of(text), published))
          .as("%s %s", published, text)
          .containsExactlyElementsOf(days);
      if (days.size() == 2) {
        both++;
      }
    }
    assertThat(both).isGreaterThan(100);
  }

  @Test
  void theScansFindWhatTheyShould() {
    TextTokens t = TextTokens.of("In the 1990s, from 1991–94, and on Friday; not 2,000 troops.");
    assertThat(YearFinder.find(t)).containsExactly(1991, 1992, 1993, 1994);
    assertThat(YearFinder.decades(t)).containsExactly(1990);
    assertThat(YearFinder.relativeDays(t, LocalDate.of(2023, 1, 2))).containsExactly(2022);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] x = prev;
      prev = cur;
      cur = x;
    }
    return prev[b.length()];
  }

  @Test
  void oneEditAgreesWithTheEditDistance() {
    Random r = new Random(7L);
    String alphabet = "aabn";
    int near = 0;
    for (int round = 0; round < 50_000; round++) {
      String a = randomWord(r, alphabet);
      String b = r.nextBoolean() ? mutate(r, a, alphabet) : randomWord(r, alphabet);
      boolean expected = distance(a, b) <= 1;
      near += expected ? 1 : 0;
      assertThat(PersonNames.withinOneEdit(a, b)).as(a + " / " + b).isEqualTo(expected);
    }
    assertThat(near).isGreaterThan(1000); // the cases that matter were drawn
  }

  private static String randomWord(Random r, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String mutate(Random r, String a, String alphabet) {
    StringBuilder sb = new StringBuilder(a);
    int edits = r.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int op = r.nextInt(3);
      char c = alphabet.charAt(r.nextInt(alphabet.length()));
      if (op == 0 || sb.isEmpty()) {
        sb.insert(r.nextInt(sb.length() + 1), c);
      } else if (op == 1) {
        sb.deleteCharAt(r.nextInt(sb.length()));
      } else {
        sb.setCharAt(r.nextInt(sb.length()), c);
      }
    }
    return sb.toString();
  }
}
