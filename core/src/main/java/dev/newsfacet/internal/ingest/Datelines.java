package dev.newsfacet.internal.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a wire story: "MOSCOW —", "BAKU, Azerbaijan (AP) —", "GENEVA,
 * March 3 (Reuters) -", "WASHINGTON, June 1, 1990 (UPI) --", "Yerevan:". The place becomes the
 * article's dateline, an agency in parentheses its source when it has none, a date with its year
 * the publication date when nothing else gives one, and the prefix leaves the body.
 */
final class Datelines {
  /**
   * What a dateline held.
   *
   * @param date the date it gives with a year, or null
   */
  record Found(String place, String agency, int end, PublishedDate date) {}

  private static final String MONTHS =
      "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July"
          + "|August|September|October|November|December";

  /**
   * A place in capitals; then a region that is no date ("Azerbaijan"); then a date, its year
   * optional ("March 3", "June 1, 1990", "1 June 1990"); then an agency; then the dash.
   */
  private static final Pattern CAPS =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}'.\\- ]{1,30}?)"
              + "(,\\s*(?!(?:"
              + MONTHS
              + ")\\b)\\p{L}[\\p{L}\\d .]{0,30}?)?"
              + "(,\\s*(?:(?:"
              + MONTHS
              + ")\\.?\\s+\\d{1,2}(?:,\\s*(\\d{4}))?|\\d{1,2}\\s+(?:"
              + MONTHS
              + ")\\.?(?:,?\\s+(\\d{4}))?))?"
              + "(?:\\s*\\((AP|Reuters|AFP|Xinhua|TASS|Bloomberg|dpa|UPI)\\))?\\s*(?:—|–|--|-|:)\\s+");

  private static final Pattern TITLE_CASE_COLON =
      Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}):\\s+");

  private static final Map<String, String> AGENCIES =
      Map.of(
          "AP", "The Associated Press",
          "Reuters", "Reuters",
          "AFP", "AFP",
          "Xinhua", "Xinhua",
          "TASS", "TASS",
          "Bloomberg", "Bloomberg",
          "dpa", "dpa",
          "UPI", "UPI");

  /** Words that open a paragraph with a colon or dash but are labels, not places. */
  private static final java.util.Set<String> LABELS =
      java.util.Set.of(
          "UPDATE",
          "UPDATED",
          "NOTE",
          "EDITOR",
          "EDITORS",
          "WARNING",
          "CORRECTION",
          "WATCH",
          "LIVE",
          "PHOTO",
          "ANALYSIS",
          "OPINION",
          "BREAKING",
          "EXCLUSIVE",
          "READ",
          "VIDEO",
          "LISTEN",
          "SOURCE",
          "SOURCES",
          "FACTBOX",
          "EXPLAINER",
          "TIMELINE",
          "REPORT",
          "SUMMARY",
          "BACKGROUND",
          "CONTEXT",
          "QUOTE",
          "Q",
          "A");

  private Datelines() {}

  /** The dateline at the start of a paragraph, or null. */
  static Found find(String paragraph) {
    Matcher m = CAPS.matcher(paragraph);
    if (m.lookingAt()) {
      String place = m.group(1).strip();
      // All capitals, at least two letters: "MOSCOW", "NEW YORK"; not "A" or "US".
      if (place.length() >= 3
          && place.equals(place.toUpperCase(java.util.Locale.ROOT))
          && !LABELS.contains(place)) {
        String agency = m.group(6) == null ? null : AGENCIES.get(m.group(6));
        // "BAKU, Azerbaijan" keeps its country; "GENEVA, March 3" drops the date.
        if (m.group(2) != null) {
          place = place + m.group(2).strip();
        }
        PublishedDate date = null;
        if (m.group(4) != null || m.group(5) != null) {
          // "February 30, 1990" is no date: the dateline stays, undated.
          date = PublishedDate.parseLine(m.group(3).substring(1));
        }
        return new Found(place, agency, m.end(), date);
      }
    }
    Matcher t = TITLE_CASE_COLON.matcher(paragraph);
    if (t.lookingAt() && !LABELS.contains(t.group(1).toUpperCase(java.util.Locale.ROOT))) {
      return new Found(t.group(1), null, t.end(), null);
    }
    return null;
  }
}
