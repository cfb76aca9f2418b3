package dev.newsfacet.internal.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions and their credits: "... (Vahan Stepanyan/AP)", "... Karen Minasyan /
 * AFP - Getty Images", "Photo: Name/Reuters", "(AP Photo/Name)". A credit names the photographer
 * and the agency; it is not part of the story and is never indexed.
 */
final class Captions {
  private static final String AGENCY =
      "(?:AP|AFP|Reuters|Getty Images|EPA|EPA-EFE|Anadolu(?: Agency)?|Xinhua|TASS|Sputnik|Bloomberg"
          + "|AFP via Getty Images|Staff|Pool|Handout|Shutterstock|Alamy|UPI|DPA|ANSA|PAP|Photolure"
          + "|Azertac|Armenpress|Press Office|Ministry[\\p{L} ]{0,40}"
          // "Danube Photo Agency", "Balkan Images": a name that says it is a picture agency
          + "|\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2} (?:Photo Agency|Agency|Images|Pictures"
          + "|Photos|Press Images))";

  private static final String NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'-]+)";

  /** Who took a picture, before the slash of a credit: a name, or "Pool photo", "File photo". */
  private static final String TAKER =
      "(?:(?i:pool|file|handout) (?i:photo)|" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})";

  /** A credit at the end of a line, in parentheses or after a slash. */
  private static final Pattern CREDIT_AT_END =
      Pattern.compile(
          "\\s*(\\((?:[^()]{0,80}/\\s*)?[^()]{0,40}\\b"
              + AGENCY
              + "\\b[^()]{0,40}\\)"
              + "|(?<=^|[.!?]\\s|\\s)(?:(?i:photo|image|picture|credit)s?\\s*:\\s*)?"
              + TAKER
              + "\\s*/\\s*"
              + AGENCY
              + "(?:\\s*[-–/]\\s*[\\p{L} ]{1,40})?)\\s*$");

  /** A line that is only a credit: "Karen Minasyan / AFP - Getty Images", "(AP Photo/Name)". */
  private static final Pattern CREDIT_ONLY =
      Pattern.compile(
          "^\\(?(?:(?:photo|image|picture|credit)s?\\s*:\\s*)?(?:"
              + TAKER
              + "\\s*/\\s*"
              + AGENCY
              + "|"
              + AGENCY
              + "(?: Photo)?\\s*/\\s*"
              + NAME_WORD
              + "(?:\\s+"
              + NAME_WORD
              + "){0,3})(?:\\s*[-–/]\\s*[\\p{L} ]{1,40})?\\)?$",
          Pattern.CASE_INSENSITIVE);

  /** "Photo: ...", "Pictured: ...", "Caption: ..." at the start of a line. */
  private static final Pattern CAPTION_LABEL =
      Pattern.compile("(?i)^(?:photo|image|picture|pictured|caption|above|top)\\s*:\\s*");

  private Captions() {}

  /** Whether the line is nothing but a photo credit. */
  static boolean isCreditOnly(String line) {
    return line.length() <= 120 && CREDIT_ONLY.matcher(line.strip()).matches();
  }

  /**
   * The caption text of a line that is a photo caption, without its credit and label; null when the
   * line is not a caption.
   */
  static String caption(String line) {
    String text = line.strip();
    Matcher label = CAPTION_LABEL.matcher(text);
    boolean labelled = label.lookingAt();
    if (labelled) {
      text = text.substring(label.end());
    }
    Matcher credit = CREDIT_AT_END.matcher(text);
    if (credit.find() && !expandsAcronym(text, credit.start())) {
      return text.substring(0, credit.start()).strip();
    }
    return labelled ? text : null;
  }

  /** A caption's text with any credit removed (for HTML figcaptions). */
  static String withoutCredit(String text) {
    String c = caption(text);
    return c == null ? text.strip() : c;
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
}
