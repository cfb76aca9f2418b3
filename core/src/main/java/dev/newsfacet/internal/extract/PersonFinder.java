package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds people the dictionary does not know, by how news introduces them: after a title or role
 * ("Prime Minister Nikol Pashinyan", "the ombudsman Geghan Stepanyan"), around a speech verb ("said
 * Richard Giragosian", "Elin Suleymanov said") or before an appositive role ("Richard Giragosian,
 * director of ..."). Photo credits ("Karen Minasyan / AFP", "(Vahan Stepanyan/AP)") are not people
 * of the story and are skipped.
 */
final class PersonFinder {
  /** Role words that introduce a name; multi-word titles end in one of these. */
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "minister",
          "premier",
          "chancellor",
          "ambassador",
          "envoy",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "ombudsman",
          "general",
          "gen",
          "commander",
          "colonel",
          "col",
          "lieutenant",
          "lt",
          "senator",
          "sen",
          "rep",
          "representative",
          "mayor",
          "governor",
          "king",
          "queen",
          "prince",
          "princess",
          "sheikh",
          "emir",
          "pope",
          "patriarch",
          "archbishop",
          "catholicos",
          "leader",
          "chief",
          "director",
          "chairman",
          "chairwoman",
          "chair",
          "speaker",
          "mr",
          "mrs",
          "ms",
          "dr",
          "professor",
          "prof",
          "analyst",
          "researcher",
          "journalist",
          "correspondent",
          "diplomat",
          "official",
          "lawmaker",
          "mp",
          "negotiator",
          "mediator",
          "coordinator",
          "secretary",
          "head",
          "deputy",
          "adviser",
          "advisor",
          "aide",
          "counterpart",
          "commissioner",
          "rapporteur",
          "activist",
          "writer",
          "author",
          "editor",
          "reporter",
          "expert",
          "economist",
          "historian",
          "scholar",
          "fellow",
          "politician",
          "candidate",
          "opposition",
          "bishop",
          "ayatollah",
          "marshal",
          "admiral",
          "captain",
          "major",
          "sergeant",
          "officer",
          "resident",
          "priest",
          "photographer",
          "judge",
          "prosecutor",
          "lawyer",
          "attorney");

  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "told",
          "added",
          "wrote",
          "stated",
          "declared",
          "warned",
          "argued",
          "noted",
          "insisted",
          "explained",
          "announced",
          "tweeted",
          "claimed",
          "stressed");

  /** Capitalised words that start sentences or headings rather than names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "but",
          "and",
          "or",
          "it",
          "this",
          "that",
          "these",
          "those",
          "he",
          "she",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "their",
          "our",
          "its",
          "some",
          "many",
          "most",
          "after",
          "before",
          "during",
          "since",
          "while",
          "when",
          "as",
          "if",
          "for",
          "from",
          "with",
          "by",
          "of",
          "to",
          "read",
          "more",
          "photo",
          "source",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "minister",
          "president",
          "prime",
          "foreign",
          "defence",
          "defense",
          "interior",
          "security",
          "council",
          "ministry",
          "government",
          "republic",
          "army",
          "forces",
          "state",
          "news",
          "agency",
          "press",
          "associated",
          "reuters",
          "afp",
          "ap",
          "getty",
          "images",
          "staff",
          "both",
          "all",
          "no",
          "not",
          "there",
          "here",
          "what",
          "who",
          "why",
          "how",
          "where",
          "now",
          "then",
          "also",
          "yet",
          "still",
          "even",
          "just",
          "only",
          "however",
          "meanwhile",
          "according",
          "officials",
          "union",
          "nations",
          "united",
          "international",
          "national",
          "west",
          "east",
          "north",
          "south",
          "western",
          "eastern",
          "northern",
          "southern",
          "central",
          "committee",
          "group",
          "organization",
          "organisation",
          "treaty",
          "party",
          "front",
          "movement",
          "center",
          "centre",
          "institute",
          "university",
          "day",
          "week",
          "year",
          "secretary",
          "general",
          "yesterday",
          "today",
          "tomorrow",
          "earlier",
          "later",
          "last",
          "next",
          "separately",
          "instead",
          "asked",
          "speaking",
          "writing",
          "under",
          "between",
          "against",
          "without",
          "despite",
          "although",
          "because",
          "once",
          "two",
          "three",
          "several",
          "other",
          "another",
          "each",
          "every",
          "such",
          "any");

  /** Lower-case particles inside names: "Mohammed bin Salman", "Abdel Fattah el-Sisi". */
  private static final Set<String> PARTICLES =
      Set.of("bin", "ibn", "al", "el", "de", "van", "von", "der", "da", "di", "la", "le", "abu");

  private PersonFinder() {}

  /**
   * Finds candidate names as word ranges {@code [from, to)}.
   *
   * @param known words already taken by dictionary matches (parties, places, known persons)
   */
  static List<int[]> find(TextTokens t, BitSet known) {
    List<int[]> out = new ArrayList<>();
    BitSet used = new BitSet();
    for (int i = 0; i < t.size; i++) {
      String w = t.folded[i];
      if (TITLES.contains(w) && i + 1 < t.size && sameSentence(t, i + 1)) {
        int end = nameEnd(t, i + 1, known);
        if (end - (i + 1) >= 1) {
          add(t, out, used, i + 1, end, true);
        }
      }
      if (SPEECH.contains(w) && i + 1 < t.size && sameSentence(t, i + 1)) {
        int end = nameEnd(t, i + 1, known);
        if (end - (i + 1) >= 2) {
          add(t, out, used, i + 1, end, false);
        }
      }
      if (i + 1 < t.size && SPEECH.contains(t.folded[i + 1]) && t.capitalised(i)) {
        int start = nameStart(t, i, known);
        if (i + 1 - start >= 2) {
          add(t, out, used, start, i + 1, false);
        }
      }
      if (t.capitalised(i) && t.gapAfter(i).startsWith(", ") && i + 1 < t.size) {
        int start = nameStart(t, i, known);
        if (i + 1 - start >= 2 && roleFollows(t, i + 1)) {
          add(t, out, used, start, i + 1, false);
        }
      }
    }
    return out;
  }

  private static void add(
      TextTokens t, List<int[]> out, BitSet used, int from, int to, boolean allowSingle) {
    int taken = used.nextSetBit(from);
    if (isCredit(t, from, to) || (taken >= 0 && taken < to)) {
      return;
    }
    if (to - from < 2 && !allowSingle) {
      return;
    }
    used.set(from, to);
    out.add(new int[] {from, to});
  }

  /** The end of a name of up to four words starting at {@code i}, or {@code i} if none. */
  private static int nameEnd(TextTokens t, int i, BitSet known) {
    int j = i;
    while (j < t.size && j - i < 4) {
      boolean particle =
          PARTICLES.contains(t.folded[j]) && j > i && j + 1 < t.size && t.capitalised(j + 1);
      if (!(particle || isNameWord(t, j, known))) {
        break;
      }
      if (j > i && !nameGap(t.gapBefore(j))) {
        break;
      }
      j++;
    }
    return j;
  }

  /** The start of a name of up to four words ending at {@code last}. */
  private static int nameStart(TextTokens t, int last, BitSet known) {
    if (!isNameWord(t, last, known)) {
      return last + 1;
    }
    int s = last;
    while (s > 0 && last - s < 3) {
      int p = s - 1;
      if (!nameGap(t.gapBefore(s)) || !isNameWord(t, p, known)) {
        break;
      }
      s = p;
    }
    return s;
  }

  /** Words of one name are separated by spaces or a hyphen, never by a line break. */
  private static boolean nameGap(String gap) {
    return gap.equals("-") || (gap.isBlank() && gap.indexOf('\n') < 0);
  }

  private static boolean isNameWord(TextTokens t, int i, BitSet known) {
    return t.shape[i] == TextTokens.CAPITALISED
        && !known.get(i)
        && !NOT_NAMES.contains(t.folded[i])
        && !TITLES.contains(t.folded[i])
        && t.end[i] - t.start[i] >= 2;
  }

  private static boolean sameSentence(TextTokens t, int i) {
    String gap = t.gapBefore(i);
    return gap.indexOf('.') < 0 && gap.indexOf('\n') < 0 && gap.indexOf('(') < 0;
  }

  private static boolean roleFollows(TextTokens t, int i) {
    for (int k = i; k < Math.min(t.size, i + 6); k++) {
      if (TITLES.contains(t.folded[k])) {
        return true;
      }
      if (t.gapBefore(k).indexOf('.') >= 0 && k > i) {
        return false;
      }
    }
    return false;
  }

  /** A photo credit: "Name / AFP", "(Name/AP)", "Photo: Name". */
  private static boolean isCredit(TextTokens t, int from, int to) {
    String after = t.gapAfter(to - 1).strip();
    if (after.startsWith("/")) {
      return true;
    }
    String before = t.gapBefore(from);
    return before.endsWith("/") || before.strip().endsWith("/");
  }
}
