package dev.newsfacet.internal.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a wire story: "MOSCOW —", "BAKU, Azerbaijan (AP) —", "GENEVA,
 * March 3 (Reuters) -", "Yerevan:". The place becomes the article's dateline, an agency in
 * parentheses its source when it has none, and the prefix leaves the body.
 */
final class Datelines {
  /** What a dateline held. */
  record Found(String place, String agency, int end) {}

  private static final Pattern CAPS =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}'.\\- ]{1,30}?)(,\\s*[\\p{L}\\d][\\p{L}\\d .]{0,30}?)?"
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

  private static final String MONTHS =
      "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|June|July"
          + "|August|September|October|November|December";

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
        String agency = m.group(3) == null ? null : AGENCIES.get(m.group(3));
        String region = m.group(2) == null ? "" : m.group(2).strip();
        // "BAKU, Azerbaijan" keeps its country; "GENEVA, March 3" drops the date.
        if (!region.isEmpty() && !region.matches(",\\s*(?:" + MONTHS + ").*")) {
          place = place + region;
        }
        return new Found(place, agency, m.end());
      }
    }
    Matcher t = TITLE_CASE_COLON.matcher(paragraph);
    if (t.lookingAt() && !LABELS.contains(t.group(1).toUpperCase(java.util.Locale.ROOT))) {
      return new Found(t.group(1), null, t.end());
    }
    return null;
  }
}
