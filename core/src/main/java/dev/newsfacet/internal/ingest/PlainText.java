package dev.newsfacet.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scraped plain-text article: finds the headline, separates photo captions (credits
 * removed) from the body, drops web boilerplate and trailing related-link lists, takes a "/ Source:
 * ..." line as the source, a date line near the top as the publication date, a byline as the author
 * and a wire dateline ("MOSCOW —") as the dateline, and mends words hyphenated across a line break.
 */
final class PlainText {
  /** What a plain-text file holds once cleaned. */
  record Parsed(
      String title,
      String body,
      List<String> captions,
      String source,
      String author,
      String dateline,
      PublishedDate date) {}

  /** Lines a web page puts around a story: notices, prompts, navigation. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)^(?:ie ?\\d+ is not supported.*|.*\\b(?:javascript|cookies?) (?:is |are )?(?:disabled|required|to continue|policy|settings).*"
              + "|.*\\b(?:this (?:site|website) uses|we use|uses) cookies\\b.*|(?:accept|reject|manage) (?:all )?cookies.*"
              + "|.*for an optimal experience.*|.*your browser (?:is|does) not.*|.*(?:update|upgrade) your browser.*"
              + "|.*your browser is (?:out of date|outdated|unsupported|too old).*"
              + "|.*\\bthis browser (?:is|does|version)\\b.*"
              + "|.*\\bsubscribe (?:today|now)\\b.*|get unlimited (?:digital )?access.*|.*\\bfree trial\\b.*"
              + "|skip to (?:main )?content|advertisement|advert|sponsored(?: content)?|ad feedback"
              + "|subscribe(?: now| today)?(?: (?:to|for) .*)?|.*\\bsubscribers? only\\b.*|.*(?:sign|log) (?:up|in) (?:to|for) .*"
              + "|sign (?:up|in)|log (?:in|out)|register|newsletter.*|get (?:our|the) newsletter.*"
              + "|share(?: this)?(?: article| story| page)?(?: on \\w+)?|share on \\w+|tweet|email(?: this)?(?: article| story| page)?"
              + "|print(?: this)?(?: article| story| page)?|save(?: this)?(?: article| story)?|bookmark"
              + "|(?:\\d+ )?comments?(?: \\(\\d+\\))?|leave a comment|add a comment|view comments|join the conversation.*"
              + "|follow us(?: on .*)?|click here.*|tap here.*|listen to (?:this|the) article.*"
              + "|(?:reading time|read time)\\s*:?\\s*\\d+ min.*|\\d+ min(?:ute)? read|image \\d+ of \\d+"
              + "|all rights reserved.*|copyright .*|© .*|back to top)$");

  /** A heading after which only unrelated links follow. */
  private static final Pattern TRAILER =
      Pattern.compile(
          "(?i)^(?:read more|read also|related(?: stories| articles| coverage| content| links)?|more from .*"
              + "|most read|recommended(?: for you)?|you may also like|you might also like"
              + "|more on this (?:story|topic)|see also|also read|trending(?: now)?|latest news|top stories"
              + "|editor'?s picks|what to read next|read next|more stories|most popular"
              + "|related topics|topics|tags|explore more|you may be interested in)"
              + "(?:\\s*:?|\\s*:\\s.*)$");

  private static final Pattern SOURCE_LINE = Pattern.compile("^/?\\s*Source\\s*:\\s*(.+)$");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:by)\\s+(\\p{Lu}[\\p{L}'.-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'.-]+){0,5})$");

  /** "Skip to main content" before a menu on the same line. */
  private static final Pattern SKIP_TO = Pattern.compile("(?i)^skip to (?:main )?content\\b");

  /** What separates the items of a menu or breadcrumb: "|", "›", "»", "•", ">", tabs, wide gaps. */
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|›»•>]\\s*|\\t+|\\s{3,}");

  /** One menu item: up to four words, the first capitalised, no sentence punctuation. */
  private static final Pattern MENU_ITEM =
      Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d'’&-]*(?: (?:[\\p{L}\\d'’-]+|&)){0,3}");

  private PlainText() {}

  /**
   * Whether a line is a menu or breadcrumb: three items or more between separators, "Home | News |
   * Europe", "NEWS › EUROPE › CAUCASUS", "Skip to main content | Asia Korea China". Their names are
   * the site's sections, not the story's.
   */
  static boolean isNavigation(String line) {
    if (line.length() > 200) {
      return false;
    }
    String s = SKIP_TO.matcher(line).replaceFirst("").strip();
    if (!MENU_SEPARATOR.matcher(s).find()) {
      return false;
    }
    int items = 0;
    for (String item : MENU_SEPARATOR.split(s)) {
      if (item.isBlank()) {
        continue;
      }
      if (!MENU_ITEM.matcher(item.strip()).matches()) {
        return false;
      }
      items++;
    }
    return items >= 3;
  }

  static Parsed parse(String raw) {
    String text =
        raw.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u00A0', ' ')
            .replace("\u200B", "")
            .replace("\uFEFF", "");
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.strip());
    }
    mendHyphenation(lines);

    String source = null;
    String author = null;
    PublishedDate date = null;
    List<String> kept = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    int seen = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        kept.add("");
        continue;
      }
      seen++;
      if (TRAILER.matcher(line).matches()) {
        break;
      }
      if (BOILERPLATE.matcher(line).matches()
          || Captions.isCreditOnly(line)
          || isNavigation(line)) {
        continue;
      }
      Matcher src = SOURCE_LINE.matcher(line);
      if (source == null && seen <= 12 && src.matches() && line.length() < 100) {
        source = src.group(1).strip();
        continue;
      }
      Matcher by = BYLINE.matcher(line);
      if (author == null && seen <= 8 && by.matches()) {
        author = by.group(1);
        continue;
      }
      if (date == null && seen <= 8 && line.length() <= 80) {
        PublishedDate d = PublishedDate.parseLine(line);
        if (d != null) {
          date = d;
          continue;
        }
      }
      String caption = Captions.caption(line);
      if (caption != null) {
        if (!caption.isEmpty()) {
          captions.add(caption);
        }
        continue;
      }
      kept.add(line);
    }

    String title = null;
    int titleAt = -1;
    for (int i = 0; i < kept.size(); i++) {
      String line = kept.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (looksLikeHeadline(line)) {
        title = line;
        titleAt = i;
      }
      break;
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (int i = 0; i <= kept.size(); i++) {
      String line = i < kept.size() ? kept.get(i) : "";
      if (i == titleAt) {
        continue;
      }
      if (line.isEmpty()) {
        if (para.length() > 0) {
          paragraphs.add(para.toString());
          para.setLength(0);
        }
        continue;
      }
      if (para.length() > 0) {
        para.append('\n');
      }
      para.append(line);
    }
    String dateline = null;
    // The dateline opens the story proper, which may follow a standfirst or two.
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      Datelines.Found d = Datelines.find(paragraphs.get(i));
      if (d != null) {
        dateline = d.place();
        if (source == null) {
          source = d.agency();
        }
        if (date == null) {
          date = d.date();
        }
        paragraphs.set(i, paragraphs.get(i).substring(d.end()));
        break;
      }
    }
    return new Parsed(
        title, String.join("\n\n", paragraphs), captions, source, author, dateline, date);
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
        // "Nagorno-" + "Karabakh" is a compound; "negoti-" + "ations" is one word broken in two.
        String head =
            Character.isLowerCase(word.charAt(0)) ? line.substring(0, line.length() - 1) : line;
        lines.set(i, head + word);
        lines.set(i + 1, sp < 0 ? "" : next.substring(sp + 1));
        if (lines.get(i + 1).isEmpty()) {
          lines.remove(i + 1);
        }
      }
    }
  }
}
