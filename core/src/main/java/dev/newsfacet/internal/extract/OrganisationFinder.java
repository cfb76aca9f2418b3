package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds armed movements and coalitions the dictionary does not know by the shape of their names:
 * capitalised words around a head noun that such groups name themselves with ("Moro Islamic
 * Liberation Front", "Free Aceh Movement", "United Wa State Army", "National Movement for the
 * Liberation of Azawad"). An acronym given in brackets right after the name ("Free Aceh Movement
 * (GAM)") then stands for it wherever it recurs.
 */
final class OrganisationFinder {
  private static final WordLists WORDS = WordLists.load("organisation-finder");

  /** Head nouns of the names of armed movements and coalitions. */
  static final Set<String> HEADS =
      Set.of(
          "front",
          "movement",
          "movements",
          "army",
          "forces",
          "force",
          "alliance",
          "coalition",
          "opposition",
          "tigers",
          "brigade",
          "brigades",
          "militia",
          "militias",
          "guerrillas",
          "rebels",
          "fighters",
          "resistance",
          "jihad",
          "mujahideen");

  /** Lower-case words that may sit inside such a name. */
  static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "del");

  /** First words that make a generic phrase, not a name: "Armed Forces", "Security Forces". */
  private static final Set<String> GENERIC_STARTS = WORDS.set("generic-starts");

  /**
   * Words that mark a headline in title case or a document's name rather than a group's: "Rebels
   * Sign Peace Accord", "Ceasefire and Separation of Forces".
   */
  private static final Set<String> NOT_IN_NAMES = WORDS.set("not-in-names");

  /** Words after a head that make the name a place: "Howard Air Force Base". */
  private static final Set<String> FACILITY_TAILS =
      Set.of(
          "base",
          "station",
          "academy",
          "headquarters",
          "museum",
          "hospital",
          "stadium",
          "airport",
          "airfield",
          "barracks",
          "cemetery",
          "memorial",
          "camp");

  /**
   * Words that, after a state's name or adjective, make the name its own forces: "Indian Air
   * Force", "Afghan National Army". The state is found already.
   */
  private static final Set<String> FORCE_WORDS = WORDS.set("force-words");

  /**
   * Words of electoral politics: a name with one of them and no {@linkplain #ARMED_WORDS armed
   * word} is a political party or alliance ("Orange Democratic Movement", "Social Democratic
   * Alliance"), which is no party of the story. "Syrian Democratic Forces" and "Democratic Front
   * for the Liberation of Palestine" are armed.
   */
  private static final Set<String> POLITICAL_WORDS =
      Set.of(
          "democratic",
          "democracy",
          "democrats",
          "socialist",
          "socialists",
          "social",
          "liberal",
          "liberals",
          "conservative",
          "conservatives",
          "republican",
          "republicans",
          "labour",
          "labor",
          "green",
          "greens",
          "christian",
          "progressive",
          "reform",
          "civic",
          "citizens");

  /** Words that keep a name with a {@linkplain #POLITICAL_WORDS political word} armed. */
  private static final Set<String> ARMED_WORDS =
      Set.of(
          "army",
          "armed",
          "forces",
          "force",
          "front",
          "brigade",
          "brigades",
          "militia",
          "militias",
          "liberation",
          "guerrillas",
          "rebels",
          "resistance",
          "jihad",
          "mujahideen",
          "tigers",
          "salvation");

  /** The longest name accepted, in words. */
  private static final int MAX_WORDS = 8;

  /** One name found, as word positions. */
  record Span(int from, int to, String name) {}

  private OrganisationFinder() {}

  static List<Span> find(TextTokens t, BitSet known, BitSet excluded) {
    List<Span> out = new ArrayList<>();
    if (!t.anyIs(WordClass.ORG_HEAD)) {
      return out; // a name needs a head word ("Front", "Movement"), and no word is one
    }
    Map<String, String> acronyms = new HashMap<>();
    // A name starts at a capitalised word: the notable words hold every one.
    int[] notable = t.notable();
    int qn = t.notableCount();
    int q = 0;
    while (q < qn) {
      int i = notable[q];
      if (!startsName(t, i) || excluded.get(i)) {
        q++;
        continue;
      }
      int end = i + 1;
      int lastHead = t.is(i, WordClass.ORG_HEAD) ? i : -1;
      while (end < t.size && (t.nameGap(end) || peoplesPossessive(t, end))) {
        if (t.capitalised(end)) {
          if (lastHead >= 0 && (t.is(end, WordClass.TITLE) || designation(t, end))) {
            break; // "US Army Lt Gen Stephen Townsend", "a US Air Force C-17"
          }
          if (t.is(end, WordClass.ORG_HEAD)) {
            lastHead = end;
          }
          end++;
        } else if (t.is(end, WordClass.ORG_CONNECTOR)
            && end + 1 < t.size
            && t.nameGap(end + 1)
            && t.capitalised(end + 1)
            // "the Sudan Liberation Movement and Malik Agar": an "and" after a head ends the name
            && !(t.is(end - 1, WordClass.ORG_HEAD) && t.foldedEquals(end, "and"))) {
          end++;
        } else if (elided(t, end)) {
          end += 2; // "Patriotic Movement of Côte d’Ivoire": an elided "de" and its name
        } else if (lastHead >= 0
            && (t.foldedEquals(end, "for") || t.foldedEquals(end, "of"))
            && end + 2 < t.size
            && t.nameGap(end + 1)
            && t.foldedEquals(end + 1, "the")
            && t.nameGap(end + 2)
            && t.capitalised(end + 2)
            // not "of the U.N.": a dotted abbreviation is no word of the name
            && t.end[end + 2] - t.start[end + 2] > 1) {
          // "Front for the Liberation of", "Movement for the Enclave": after the head only, so
          // that "Mohagher Iqbal for the Moro Front" and "Indonesia and the Aceh Movement" stay
          // apart.
          end += 2;
        } else {
          break;
        }
      }
      if (lastHead < 0) {
        // No head word: no name, whatever starts or follows the run.
        q = firstAtOrAfter(notable, q, qn, end);
        continue;
      }
      int from = i;
      // "The Free Aceh Movement": a sentence's "The" is not part of the name.
      while (from < end && (t.foldedEquals(from, "the") || t.foldedEquals(from, "a"))) {
        from++;
      }
      // "Fighters of the Karen Liberation Front": a sentence's plural noun is no part of the name.
      if (from == i
          && (from == 0 || t.sentenceBreakBefore(from))
          && from + 3 < end
          && t.folded(from).endsWith("s")
          && t.foldedEquals(from + 1, "of")
          && t.foldedEquals(from + 2, "the")) {
        from += 3;
      }
      // "his Seed Movement party": a political party, not an armed movement
      boolean politicalParty =
          end < t.size
              && t.shape[end] == TextTokens.LOWER
              && t.gapHas(end, TextTokens.SPACE)
              && t.foldedEquals(end, "party");
      // An acronym in brackets after it makes a name of what would be a generic phrase or start
      // with its head: "the Forces for the Defence of Democracy (FDD)", "the National Liberation
      // Forces (FNL)". Made only for a run with a head word, so most runs never look.
      String acronym = acronymAfter(t, end - 1);
      boolean named = acronym != null && end - from >= 3;
      if ((lastHead > from || named) && !politicalParty && accept(t, from, end, known, named)) {
        String name = t.name(from, end);
        out.add(new Span(from, end, name));
        if (acronym != null) {
          acronyms.put(acronym, name);
        }
      }
      q = firstAtOrAfter(notable, q, qn, end);
    }
    if (!acronyms.isEmpty()) {
      for (int k = 0; k < t.size; k++) {
        String name = t.shape[k] == TextTokens.ALL_CAPS ? acronyms.get(t.surface(k, k + 1)) : null;
        if (name != null && !known.get(k) && !excluded.get(k)) {
          out.add(new Span(k, k + 1, name));
        }
      }
    }
    return out;
  }

  /** Whether word {@code k} is one letter before a hyphen and a number: the "C" of "C-17". */
  private static boolean designation(TextTokens t, int k) {
    return t.end[k] - t.start[k] == 1
        && k + 1 < t.size
        && t.gapHas(k + 1, TextTokens.HYPHEN)
        && Character.isDigit(t.cs[t.start[k + 1]]);
  }

  /** Whether word {@code k} is an elided "d'" or "l'" before a capitalised word: "d’Ivoire". */
  private static boolean elided(TextTokens t, int k) {
    return k + 1 < t.size
        && t.shape[k] == TextTokens.LOWER
        && t.end[k] - t.start[k] == 1
        && (t.foldedEquals(k, "d") || t.foldedEquals(k, "l"))
        && t.start[k + 1] - t.end[k] == 1
        && TextTokens.isApostrophe(t.cs[t.end[k]])
        && t.capitalised(k + 1);
  }

  /** Plural nouns whose possessive is part of a movement's name: "the Tigray People's ...". */
  private static final Set<String> POSSESSORS = Set.of("people", "peoples", "workers", "women");

  /**
   * Whether words {@code i - 1} and {@code i} are parted by a possessive that belongs to the name:
   * "the Ethiopian People's Revolutionary Democratic Front".
   */
  private static boolean peoplesPossessive(TextTokens t, int i) {
    return t.gapHas(i, TextTokens.POSSESSIVE)
        && !t.gapHas(i, TextTokens.PUNCTUATION)
        && t.capitalised(i - 1)
        && POSSESSORS.contains(t.folded(i - 1))
        && t.capitalised(i);
  }

  /** The first index from {@code q} of {@code positions[0, n)} whose position is at least p. */
  private static int firstAtOrAfter(int[] positions, int q, int n, int p) {
    while (q < n && positions[q] < p) {
      q++;
    }
    return q;
  }

  private static boolean startsName(TextTokens t, int i) {
    return t.shape[i] == TextTokens.CAPITALISED || t.shape[i] == TextTokens.ALL_CAPS;
  }

  /**
   * At least two words, not a generic phrase, not wholly a name the dictionary knows.
   *
   * @param named whether an acronym in brackets follows, which makes even a generic first word
   *     ("National", "Forces") part of a name
   */
  private static boolean accept(TextTokens t, int from, int to, BitSet known, boolean named) {
    if (to - from < 2
        || to - from > MAX_WORDS
        || (!named && GENERIC_STARTS.contains(t.folded(from)))) {
      return false;
    }
    for (int k = from + 1; k < to - 1; k++) {
      // "Hamas and Islamic Jihad": two known names, not one
      if (t.foldedEquals(k, "and")
          && known.nextClearBit(from) >= k
          && known.nextClearBit(k + 1) >= to) {
        return false;
      }
    }
    if (allCaps(t, from, to)) {
      return false; // "HONDURAN ARMY OUSTS PRESIDENT": a headline in capitals, not a name
    }
    boolean forcesOfKnown = known.get(from);
    boolean political = false;
    boolean armed = false;
    for (int k = from; k < to; k++) {
      String w = t.folded(k);
      if (NOT_IN_NAMES.contains(w)) {
        return false;
      }
      political |= POLITICAL_WORDS.contains(w);
      // "Azerbaijani Popular Front", "National Front": movements and parties, not armed groups,
      // unless another word says so ("Popular Front for the Liberation of Palestine")
      boolean movementFront =
          w.equals("front")
              && k > from
              && (t.foldedEquals(k - 1, "popular") || t.foldedEquals(k - 1, "national"));
      political |= movementFront;
      armed |= ARMED_WORDS.contains(w) && !movementFront;
      if (k > from && FACILITY_TAILS.contains(w) && t.is(k - 1, WordClass.ORG_HEAD)) {
        return false; // "Howard Air Force Base": a place named after a force
      }
      // "Korean People's Army" is the state's own forces as "Indian Air Force" is
      if (k > from && !known.get(k) && !FORCE_WORDS.contains(w) && !POSSESSORS.contains(w)) {
        forcesOfKnown = false;
      }
    }
    if (forcesOfKnown) {
      return false; // "Indian Air Force": the state's own forces
    }
    if (political && !armed) {
      return false; // "Orange Democratic Movement": a political party
    }
    for (int k = from; k < to; k++) {
      if (!known.get(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCaps(TextTokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.shape[k] != TextTokens.ALL_CAPS && t.shape[k] != TextTokens.LOWER) {
        return false;
      }
    }
    return true;
  }

  /** "(GAM)" right after word {@code last}: the acronym, else null. */
  private static String acronymAfter(TextTokens t, int last) {
    int next = last + 1;
    if (next >= t.size || t.shape[next] != TextTokens.ALL_CAPS) {
      return null;
    }
    String before = t.gapBefore(next).strip();
    String after = t.gapAfter(next).strip();
    if (!before.equals("(") || !after.startsWith(")")) {
      return null;
    }
    String acronym = t.surface(next, next + 1);
    return acronym.length() >= 2 && acronym.length() <= 8 ? acronym : null;
  }
}
