package dev.newsfacet.internal.extract;

import java.util.BitSet;
import java.util.Set;

/**
 * Words of a text that are not part of the story, so name no entity of it: bylines ("By Irina
 * Volkova, Meridian Daily", "Editing by Peter Graff"), photo credits ("Photo: Karim Nasser/AFP"),
 * the agency after a dateline ("TBILISI (Caucasus Wire) -"), lines crediting contributors ("...
 * contributed to this report") and "Read more:" or "Related:" lists with everything after them.
 * Stateless.
 */
final class Boilerplate {
  private static final WordLists WORDS = WordLists.load("boilerplate");

  /** Lines that start a list of other stories; they and what follows are not the article. */
  private static final Set<String> LIST_HEADS = WORDS.set("list-heads");

  /** The trades named at the start of a line crediting contributors. */
  private static final Set<String> CONTRIBUTORS =
      PersonFinder.words(
          "writer",
          "writers",
          "reporter",
          "reporters",
          "correspondent",
          "correspondents",
          "journalist",
          "journalists",
          "staff");

  /** Phrases after which the rest of the line credits someone: "Editing by", "Photo:". */
  private static final Set<String> CREDIT_HEADS = WORDS.set("credit-heads");

  /** The first words of {@link #LIST_HEADS}. */
  static final Set<String> LIST_STARTS = firstWords(LIST_HEADS);

  /** The first words of {@link #CREDIT_HEADS}. */
  static final Set<String> CREDIT_STARTS = firstWords(CREDIT_HEADS);

  private static final Set<String> AGENCIES =
      PersonFinder.words(
          "afp",
          "ap",
          "reuters",
          "getty",
          "images",
          "epa",
          "efe",
          "dpa",
          "anadolu",
          "tass",
          "ria",
          "novosti",
          "xinhua",
          "shutterstock",
          "alamy",
          "sipa",
          "photo",
          "pool");

  private Boilerplate() {}

  private static Set<String> firstWords(Set<String> phrases) {
    Set<String> out = new java.util.HashSet<>();
    for (String p : phrases) {
      int sp = p.indexOf(' ');
      out.add(sp < 0 ? p : p.substring(0, sp));
    }
    return Set.copyOf(out);
  }

  /** The words to leave out of extraction. */
  static BitSet excluded(TextTokens t) {
    BitSet out = new BitSet(t.size);
    // A credit starts at a word of its class: without one, no word need be looked at for it.
    boolean credits = t.anyIs(WordClass.CREDIT_START);
    // Line by line: each line starts at the first word or at a word after a line break, and the
    // next line starts where this one ends.
    int lineEnd;
    for (int i = 0; i < t.size; i = lineEnd) {
      lineEnd = i + 1;
      // Whether a credit may start on this line, found on the walk to its end: a line without a
      // word of that class (most lines) needs no second walk below.
      boolean creditLine = credits && t.is(i, WordClass.CREDIT_START);
      while (lineEnd < t.size && !t.gapHas(lineEnd, TextTokens.NEWLINE)) {
        creditLine |= credits && t.is(lineEnd, WordClass.CREDIT_START);
        lineEnd++;
      }
      if (listHead(t, i, lineEnd)) {
        // The rest of this part of the article (up to an empty line after the list) is a list; a
        // head set off by an empty line of its own ("Also in Archive", a blank line, the links)
        // heads the part after it.
        int end = lineEnd;
        if (end < t.size && t.gapHas(end, TextTokens.PARAGRAPH)) {
          end++;
        }
        while (end < t.size && !t.gapHas(end, TextTokens.PARAGRAPH)) {
          end++;
        }
        out.set(i, end);
        continue;
      }
      if (t.foldedEquals(i, "by")
          && t.capitalised(i)
          && lineEnd - i <= 12
          && bylineAfter(t, i + 1)) {
        out.set(i, lineEnd);
        continue;
      }
      if (contributorLine(t, i, lineEnd)) {
        out.set(i, lineEnd);
        continue;
      }
      datelineAgency(t, i, lineEnd, out);
      for (int k = creditLine ? i : lineEnd; k < lineEnd; k++) {
        int headEnd = creditHead(t, k, lineEnd);
        if (headEnd > 0 && creditFollows(t, headEnd, lineEnd)) {
          out.set(k, creditEnd(t, headEnd, lineEnd));
        }
      }
    }
    return out;
  }

  /**
   * A line that credits the reporters who helped: "Associated Press writers Khin Myo Aye in Yangon
   * and Paul Sorensen in Bangkok contributed to this report."
   */
  static boolean contributorLine(TextTokens t, int i, int lineEnd) {
    int n = lineEnd - i;
    if (n < 3 || n > 40) {
      return false;
    }
    // "Associated Press writers Hana Saadeh in Beirut and Yosef Lavi in Jerusalem contributed.":
    // the bare verb last, after the reporters' trade.
    if (t.foldedEquals(lineEnd - 1, "contributed")) {
      for (int k = i; k < Math.min(lineEnd - 1, i + 5); k++) {
        if (CONTRIBUTORS.contains(t.folded(k))) {
          return true;
        }
      }
    }
    // The credit ends the line or is followed by where it was written: "... to this report from
    // Amsterdam", "... from New York and Geneva".
    for (int last = lineEnd - 1; last >= Math.max(i + 2, lineEnd - 5); last--) {
      if (t.foldedEquals(last, "reporting")) {
        if (t.foldedEquals(last - 1, "contributed")) {
          return true;
        }
      } else if ((t.foldedEquals(last, "report") || t.foldedEquals(last, "story"))
          && last - 3 >= i
          && t.foldedEquals(last - 1, "this")
          && t.foldedEquals(last - 2, "to")
          && t.foldedEquals(last - 3, "contributed")) {
        return true;
      }
    }
    return false;
  }

  /** "Read more:", "Related", "More on this story" alone on a line (or ending in a colon). */
  static boolean listHead(TextTokens t, int i, int lineEnd) {
    if (lineEnd - i > 6) {
      return false;
    }
    // A line starting with a word of ASCII letters and digits that starts no head (most short
    // lines) is none, without the line or its part before a colon made as a string: the head's
    // first word as written, lower-cased, is that word folded.
    if ((t.chars[i] & TextTokens.SEEN_OTHER) == 0 && !t.is(i, WordClass.LIST_START)) {
      return false;
    }
    return listHeadByStrings(t, i, lineEnd);
  }

  /** {@link #listHead} without the look at the first word's class: the reference it stands for. */
  static boolean listHeadByStrings(TextTokens t, int i, int lineEnd) {
    if (lineEnd - i > 6) {
      return false;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < lineEnd; k++) {
      if (k > i) {
        sb.append(' ');
      }
      sb.append(t.folded(k));
    }
    String line = sb.toString();
    if (LIST_HEADS.contains(line)) {
      return true;
    }
    if ((line.startsWith("more on ") || line.startsWith("also in ") || line.startsWith("also on "))
        && !t.gapAfter(lineEnd - 1).stripLeading().startsWith(".")) {
      return true; // "More on Typhoon Haiyan", "Also in Europe": a head of links, not a sentence
    }
    // "Read more: Record crowds expected ..." on one line
    for (int k = i + 1; k < lineEnd; k++) {
      if (t.gapHas(k, TextTokens.COLON)) {
        String head = t.surface(i, k).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return LIST_HEADS.contains(head);
      }
    }
    return false;
  }

  /**
   * After "By": names in capitals up to the first comma, semicolon or the end of the line, joined
   * by "and": "By Irina Volkova, Meridian Daily", "By Maya Gebeily and Emily Rose; Editing by ...".
   */
  private static boolean bylineAfter(TextTokens t, int k) {
    int names = 0;
    for (int m = k; m < t.size && m - k < 8; m++) {
      if (m > k && t.gapHas(m, TextTokens.NEWLINE | TextTokens.COMMA | TextTokens.COLON)) {
        break;
      }
      String w = t.folded(m);
      if (w.equals("and") || w.equals("in")) {
        continue;
      }
      if (t.shape[m] == TextTokens.LOWER
          && t.gapHas(m, TextTokens.HYPHEN)
          && t.end[m] - t.start[m] <= 5) {
        continue; // the "ling" of "Chen Mei-ling"
      }
      if (!t.capitalised(m) || PersonFinder.NOT_NAMES.contains(w)) {
        return false;
      }
      names++;
    }
    return names >= 2;
  }

  /** The agency in brackets after a dateline: "KYIV, Ukraine (AP) —". */
  private static void datelineAgency(TextTokens t, int i, int lineEnd, BitSet out) {
    if (t.shape[i] != TextTokens.ALL_CAPS) {
      return;
    }
    for (int k = i + 1; k < Math.min(lineEnd, i + 8); k++) {
      if (t.gapHas(k, TextTokens.OPEN)) {
        int e = k + 1;
        while (e < lineEnd && e - k < 6 && !t.gapHas(e, TextTokens.CLOSE)) {
          e++;
        }
        if (e < lineEnd && t.gapHas(e, TextTokens.CLOSE)) {
          out.set(k, e);
        }
        return;
      }
      if (t.shape[k] == TextTokens.LOWER) {
        return;
      }
    }
  }

  /** The end of a credit phrase ("Editing by", "Photo") starting at {@code k}, or 0. */
  private static int creditHead(TextTokens t, int k, int lineEnd) {
    if (!t.is(k, WordClass.CREDIT_START)) {
      return 0;
    }
    if (k + 1 < lineEnd
        && t.foldedEquals(k + 1, "by")
        && CREDIT_HEADS.contains(t.folded(k) + " by")) {
      return k + 2;
    }
    if (k + 2 < lineEnd
        && t.foldedEquals(k + 2, "by")
        && CREDIT_HEADS.contains(t.folded(k) + " " + t.folded(k + 1) + " by")) {
      return k + 3;
    }
    if (CREDIT_HEADS.contains(t.folded(k))
        && t.capitalised(k)
        && k + 1 < lineEnd
        && t.gapHas(k + 1, TextTokens.COLON)) {
      return k + 1;
    }
    return 0;
  }

  /** A credit is short, or names an agency, or has a slash: "Photo: Karim Nasser/AFP". */
  private static boolean creditFollows(TextTokens t, int from, int lineEnd) {
    if (from >= lineEnd || !t.capitalised(from)) {
      return false;
    }
    if (t.foldedEquals(from - 1, "by")) {
      return true;
    }
    int end = creditEnd(t, from, lineEnd);
    for (int k = from; k < end; k++) {
      if (AGENCIES.contains(t.folded(k)) || (k > from && t.gapHas(k, TextTokens.SLASH))) {
        return true;
      }
    }
    return end - from <= 4;
  }

  /** A credit runs to the end of its sentence or line. */
  private static int creditEnd(TextTokens t, int from, int lineEnd) {
    int e = from;
    while (e < lineEnd && (e == from || !t.sentenceBreakBefore(e))) {
      e++;
    }
    return e;
  }
}
