package dev.newsfacet.internal.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scraped plain-text article: finds the headline, drops web boilerplate and trailing
 * related-link lists, takes a "/ Source: ..." line as the source and a date line near the top as
 * the publication date, strips photo credits from captions, and mends words hyphenated across a
 * line break.
 */
final class PlainText {
  /** What a plain-text file holds once cleaned. */
  record Parsed(String title, String body, String source, LocalDate date) {}

  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)^(ie ?\\d+ is not supported.*|.*(javascript|cookies?) (is |are )?(disabled|required|to continue|policy).*"
              + "|.*\\b(this (site|website) uses|we use) cookies\\b.*|accept (all )?cookies.*|.*for an optimal experience.*"
              + "|.*your browser (is|does) not.*|skip to (main )?content|advertisement|sponsored( content)?"
              + "|subscribe( now)?( to .*)?|sign (up|in)( .*)?|log in|share( this( article| story)?)?( on .*)?"
              + "|follow us( on .*)?|click here.*|all rights reserved.*|copyright .*|© .*"
              + "|comments?|leave a comment|print( this)?( article)?|email( this)?( article)?)$");

  private static final Pattern TRAILER =
      Pattern.compile(
          "(?i)^(read more|related( stories| articles| coverage| content)?|more from .*|most read"
              + "|recommended( for you)?|you may also like|more on this story|see also|also read"
              + "|trending( now)?|latest news|top stories)(\\s*:?|\\s*:\\s.*)$");

  private static final Pattern SOURCE_LINE = Pattern.compile("^/?\\s*Source:\\s*(.+)$");

  private static final Pattern CREDIT_AT_END =
      Pattern.compile(
          "\\s*(\\(([^()]{0,80}/\\s*)?[^()]{0,40}(AP|AFP|Reuters|Getty Images|EPA|Anadolu|Xinhua|TASS|Sputnik|AFP via Getty Images|Staff|Pool|Handout|photo)[^()]{0,40}\\)"
              + "|(?<=^|[.!?]\\s|\\s)(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'-]+)(\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'-]+)){0,3}\\s*/\\s*(AP|AFP|Reuters|EPA|Anadolu|Getty Images|TASS)[\\p{L} .-]{0,40})\\s*$");

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)^(?:published|updated|posted|first published)?\\s*(?:on\\s*)?:?\\s*"
              + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(.+?)\\s*$");

  private static final DateTimeFormatter[] DATE_FORMATS = {
    DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
    DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
    DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
    DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
    DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
    DateTimeFormatter.ISO_LOCAL_DATE,
  };

  private PlainText() {}

  static Parsed parse(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.strip());
    }
    mendHyphenation(lines);

    String source = null;
    LocalDate date = null;
    List<String> kept = new ArrayList<>();
    List<Boolean> caption = new ArrayList<>();
    int seen = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        kept.add("");
        caption.add(false);
        continue;
      }
      seen++;
      if (TRAILER.matcher(line).matches()) {
        break;
      }
      if (BOILERPLATE.matcher(line).matches()) {
        continue;
      }
      Matcher src = SOURCE_LINE.matcher(line);
      if (source == null && seen <= 12 && src.matches() && line.length() < 100) {
        source = src.group(1).strip();
        continue;
      }
      if (date == null && seen <= 8 && line.length() <= 60) {
        LocalDate d = parseDateLine(line);
        if (d != null) {
          date = d;
          continue;
        }
      }
      Matcher credit = CREDIT_AT_END.matcher(line);
      if (credit.find() && !expandsAcronym(line, credit.start())) {
        String stripped = line.substring(0, credit.start()).strip();
        kept.add(stripped);
        caption.add(true);
        continue;
      }
      kept.add(line);
      caption.add(false);
    }

    String title = null;
    int titleAt = -1;
    for (int i = 0; i < kept.size(); i++) {
      String line = kept.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (!caption.get(i) && looksLikeHeadline(line)) {
        title = line;
        titleAt = i;
      }
      break;
    }
    StringBuilder body = new StringBuilder();
    boolean blank = false;
    for (int i = 0; i < kept.size(); i++) {
      if (i == titleAt) {
        continue;
      }
      String line = kept.get(i);
      if (line.isEmpty()) {
        blank = body.length() > 0;
        continue;
      }
      if (body.length() > 0) {
        body.append(blank ? "\n\n" : "\n");
      }
      body.append(line);
      blank = false;
    }
    return new Parsed(title, body.toString(), source, date);
  }

  /**
   * Whether a trailing "(EPA)" spells the initials of the words before it ("Environmental
   * Protection Agency (EPA)"): an abbreviation, not a photo credit.
   */
  static boolean expandsAcronym(String line, int creditStart) {
    String tail = line.substring(creditStart).strip();
    if (!tail.matches("\\(\\p{Lu}{2,6}\\)")) {
      return false;
    }
    String acronym = tail.substring(1, tail.length() - 1);
    String[] words = line.substring(0, creditStart).strip().split("\\s+", -1);
    StringBuilder initials = new StringBuilder();
    for (int i = words.length - 1; i >= 0 && initials.length() < acronym.length(); i--) {
      String w = words[i];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        if (w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the")) {
          continue;
        }
        break;
      }
      initials.insert(0, w.charAt(0));
    }
    return initials.toString().equals(acronym);
  }

  /** A headline: short, no sentence-ending full stop, not a byline or a caption. */
  static boolean looksLikeHeadline(String line) {
    if (line.length() > 160 || line.length() < 8) {
      return false;
    }
    String end = line.replaceAll("[\"'\u201D\u2019)\\]]+$", "");
    if (end.endsWith(".") || end.endsWith(":") || end.endsWith(",") || end.endsWith(";")) {
      return false;
    }
    return line.split("\\s+", -1).length <= 22;
  }

  static LocalDate parseDateLine(String line) {
    Matcher m = DATE_LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String s = m.group(1).replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    s = s.replaceAll("(?i)\\bsept\\.?\\b", "Sep").replace(".", "");
    s = s.replaceAll("\\s*(at|-|\\|)\\s*\\d{1,2}[:.]\\d\\d.*$", "").strip();
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  /** Joins "Nagorno-" at a line end with "Karabakh" on the next line. */
  private static void mendHyphenation(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      String next = lines.get(i + 1);
      if (line.length() > 1
          && line.endsWith("-")
          && Character.isLetter(line.charAt(line.length() - 2))
          && !next.isEmpty()
          && Character.isLetter(next.charAt(0))) {
        int sp = next.indexOf(' ');
        String word = sp < 0 ? next : next.substring(0, sp);
        lines.set(i, line + word);
        lines.set(i + 1, sp < 0 ? "" : next.substring(sp + 1));
        if (lines.get(i + 1).isEmpty()) {
          lines.remove(i + 1);
        }
      }
    }
  }
}
