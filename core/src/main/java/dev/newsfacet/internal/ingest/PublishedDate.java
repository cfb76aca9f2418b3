package dev.newsfacet.internal.ingest;

import dev.newsfacet.Article;
import dev.newsfacet.DatePrecision;
import dev.newsfacet.DateSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as a text gives it, to the precision it gives: a day, a month or a year.
 *
 * @param year the year
 * @param month the month (1-12), or 0 when only the year is known
 * @param day the day of the month, or 0 when only the month or year is known
 */
record PublishedDate(int year, int month, int day) {
  private static final Pattern LINE_PREFIX =
      Pattern.compile(
          "(?i)^(?:(?:first |last )?(?:published|updated|posted|modified|date)\\s*(?:on|at)?\\s*:?\\s*)?"
              + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?");

  private static final Pattern TIME_SUFFIX =
      Pattern.compile(
          "(?i)\\s*(?:,|at|-|–|\\||/)?\\s*\\d{1,2}[:.]\\d\\d(?:[:.]\\d\\d)?\\s*(?:[ap]\\.?m\\.?)?"
              + "\\s*(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|msk|[a-z]{2,4}t)?(?:\\s*[+-]\\d{1,4})?\\s*$");

  private static final DateTimeFormatter[] DAY_FORMATS = {
    strict("d MMMM uuuu"),
    strict("d MMM uuuu"),
    strict("MMMM d uuuu"),
    strict("MMM d uuuu"),
    strict("d MMMM, uuuu"),
    DateTimeFormatter.ISO_LOCAL_DATE,
  };

  private static final DateTimeFormatter[] MONTH_FORMATS = {
    strict("MMMM uuuu"), strict("MMM uuuu"),
  };

  /** Dates in a path: 2016-04-05, 2016_04_05, 2016/04/05, 20160405, and months like 2016-04. */
  private static final Pattern PATH_DAY =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d\\d)([-_/.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private static final Pattern PATH_MONTH =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-_/](0[1-9]|1[0-2])(?![\\d])");

  /**
   * Strict: a day the month lacks ("February 30") is no date, where the default makes it the 28th.
   */
  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  PublishedDate {
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("a day needs a month: " + year + "-?-" + day);
    }
  }

  /** How precisely this date is known. */
  DatePrecision precision() {
    return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  /** Sets this date, its precision and where it came from on an article. */
  void applyTo(Article.Builder b, DateSource source) {
    if (day != 0) {
      b.date(LocalDate.of(year, month, day));
    } else {
      b.year(year);
    }
    b.datePrecision(precision()).dateSource(source);
  }

  /**
   * Reads a date line: "Published 5 April 2016", "Saturday, 10 October 2020", "Sept. 20, 2023",
   * "2023-09-20", "Updated: 14 September 2022 08:15 GMT", or a month alone, "April 2016".
   *
   * @return the date, or null if the line is not a date line
   */
  static PublishedDate parseLine(String line) {
    String s = line.strip().replace('\u00A0', ' ');
    Matcher prefix = LINE_PREFIX.matcher(s);
    if (prefix.lookingAt()) {
      s = s.substring(prefix.end());
    }
    s = TIME_SUFFIX.matcher(s).replaceFirst("");
    s = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    s = s.replaceAll("(?i)\\bsept\\b", "Sep");
    s = s.replace(".", " ").replace(",", " ").replaceAll("\\s+", " ").strip();
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return of(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        return null; // 2023-02-30 is not a date line
      }
    }
    for (DateTimeFormatter f : DAY_FORMATS) {
      try {
        return of(LocalDate.parse(s, f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    for (DateTimeFormatter f : MONTH_FORMATS) {
      try {
        YearMonth ym = YearMonth.parse(s, f);
        return new PublishedDate(ym.getYear(), ym.getMonthValue(), 0);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  /** A date in a file name or path, such as {@code 2016-04-05-truce.txt}, or null. */
  static PublishedDate inPath(String path) {
    Matcher day = PATH_DAY.matcher(path);
    PublishedDate found = null;
    while (day.find()) {
      try {
        found =
            of(
                LocalDate.of(
                    Integer.parseInt(day.group(1)),
                    Integer.parseInt(day.group(3)),
                    Integer.parseInt(day.group(4))));
      } catch (java.time.DateTimeException e) {
        // 2023-02-30 is not a date
      }
    }
    if (found != null) {
      return found;
    }
    Matcher month = PATH_MONTH.matcher(path);
    while (month.find()) {
      found =
          new PublishedDate(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 0);
    }
    return found;
  }

  static PublishedDate of(LocalDate d) {
    return new PublishedDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }
}
