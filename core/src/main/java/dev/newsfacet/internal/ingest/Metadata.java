package dev.newsfacet.internal.ingest;

import dev.newsfacet.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps a record's metadata (front matter, a JSON object) onto an article. Recognised keys: {@code
 * id}, {@code title}, {@code text}/{@code body}/{@code content}, {@code date}/{@code
 * published}/{@code datePublished} (ISO date or date-time) or {@code year}, {@code source}, {@code
 * url}, {@code author}, and the dimensions {@code party}, {@code person}, {@code place} (a string
 * or a list), {@code mentioned_year}. Other keys are ignored.
 */
final class Metadata {
  // Compiled once: String.matches and replaceFirst compile their pattern on every call, once or
  // twice per article of a bulk ingest.
  private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
  private static final Pattern BASIC_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");
  private static final Pattern ENDS_IN_OFFSET = Pattern.compile(".*[+-]\\d\\d:?\\d\\d$");

  private Metadata() {}

  /** The body text of a record, from the first of text, body, content. */
  static String body(Map<String, ?> m) {
    return firstString(m, "text", "body", "content");
  }

  /**
   * Builds an article from metadata; {@code defaultId} is used when the record has no id.
   *
   * @throws IllegalArgumentException naming the field and value that cannot be used
   */
  static Article.Builder toBuilder(Map<String, ?> m, String defaultId, String bodyFallback) {
    String id = firstString(m, "id");
    Article.Builder b = Article.builder(id == null || id.isBlank() ? defaultId : id);
    b.title(firstString(m, "title", "headline"));
    String body = body(m);
    b.body(body == null ? bodyFallback : body);
    b.source(firstString(m, "source", "publisher", "outlet"));
    b.url(firstString(m, "url", "link"));
    b.author(joined(m.get("author") != null ? m.get("author") : m.get("authors")));
    Object date = first(m, "date", "published", "datePublished", "published_at", "publishedAt");
    if (date != null) {
      if (date instanceof Number || YEAR_ONLY.matcher(String.valueOf(date).strip()).matches()) {
        // "date: 2016" says the year, not 1 January: never invent a day.
        b.year(parseYear(date, "date"));
      } else {
        b.date(parseDate(date));
      }
    } else if (m.get("year") != null) {
      b.year(parseYear(m.get("year"), "year"));
    }
    b.parties(strings(first(m, "party", "parties")));
    b.persons(strings(first(m, "person", "persons", "people")));
    b.places(strings(first(m, "place", "places")));
    List<Integer> years = new ArrayList<>();
    for (String y : strings(first(m, "mentioned_year", "mentioned_years"))) {
      years.add(parseYear(y, "mentioned_year"));
    }
    b.mentionedYears(years);
    return b;
  }

  static LocalDate parseDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
    String s = String.valueOf(value).strip();
    // ISO-8601 basic offsets (+0400) as well as extended ones (+04:00).
    s = BASIC_OFFSET.matcher(s).replaceFirst("$1:$2");
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      if (s.endsWith("Z") || ENDS_IN_OFFSET.matcher(s).matches()) {
        try {
          return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
          return ZonedDateTime.parse(s).toLocalDate();
        }
      }
      if (s.length() > 10 && s.charAt(10) == 'T') {
        return LocalDateTime.parse(s).toLocalDate();
      }
      if (s.length() > 10 && s.charAt(10) == ' ') {
        return LocalDate.parse(s.substring(0, 10));
      }
      return Instant.parse(s).atOffset(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date '" + s + "' is not an ISO-8601 date or date-time (e.g. 2016-04-05)", e);
    }
  }

  static int parseYear(Object value, String field) {
    String s = String.valueOf(value).strip();
    try {
      int y = value instanceof Number n ? n.intValue() : Integer.parseInt(s);
      if (y < 1 || y > 9999) {
        throw new NumberFormatException();
      }
      return y;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " '" + s + "' is not a year such as 2016", e);
    }
  }

  private static Object first(Map<String, ?> m, String... keys) {
    for (String k : keys) {
      Object v = m.get(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String firstString(Map<String, ?> m, String... keys) {
    Object v = first(m, keys);
    if (v == null) {
      return null;
    }
    if (v instanceof Map || v instanceof Collection) {
      throw new IllegalArgumentException(
          "field '"
              + keys[0]
              + "' must be a string, got "
              + (v instanceof Map ? "an object" : "a list"));
    }
    return String.valueOf(v);
  }

  private static String joined(Object v) {
    List<String> s = strings(v);
    return s.isEmpty() ? null : String.join(", ", s);
  }

  static List<String> strings(Object v) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v instanceof Collection<?> c) {
      for (Object o : c) {
        if (o != null && !(o instanceof Map) && !(o instanceof Collection)) {
          out.add(String.valueOf(o));
        }
      }
    } else if (!(v instanceof Map)) {
      out.add(String.valueOf(v));
    }
    return out;
  }
}
