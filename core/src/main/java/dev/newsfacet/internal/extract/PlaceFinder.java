package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds places the dictionary does not know, by how news introduces them: "the village of Sotk",
 * "in the town of Vardenis", "the villages of Baganis Ayrum, Kheyrimli and Gizilhajili", "Martakert
 * province", "Masisi territory", "the Litani River", "villages such as Kirants and Voskepar",
 * "Askeran, a settlement on the road to Agdam". Stateless.
 */
final class PlaceFinder {
  private static final WordLists WORDS = WordLists.load("place-finder");

  /** Nouns that introduce a place with "of": "the village of Sotk". */
  static final Set<String> PLACE_NOUNS = WORDS.set("place-nouns");

  /** Nouns after a place name: "Martakert province", "Shan state", "Masisi territory". */
  static final Set<String> AFTER_NOUNS = WORDS.set("after-nouns");

  /**
   * {@link #AFTER_NOUNS} that name a place only after "the": "the Tserovani settlement", "the
   * Shejaiya neighbourhood", "the Salang pass" (not "Peace settlement talks").
   */
  private static final Set<String> AFTER_THE =
      PersonFinder.words(
          "settlement", "neighbourhood", "neighborhood", "pass", "quarter", "suburb");

  /** Nouns whose place keeps them in its name: "the Netzarim corridor". */
  private static final Set<String> NAMED_WITH = PersonFinder.words("corridor", "gorge", "valley");

  /** "residents of Poonch", "the outskirts of Kenscoff": an "of" that introduces a place. */
  static final Set<String> OF_PLACE =
      PersonFinder.words(
          "residents",
          "inhabitants",
          "outskirts",
          "streets",
          "mayor",
          "suburbs",
          "centre",
          "center",
          "people");

  /** Verbs of moving before "from": "came from Kampong Cham". */
  private static final Set<String> MOVED =
      PersonFinder.words(
          "came",
          "come",
          "comes",
          "fled",
          "flee",
          "arrived",
          "travelled",
          "traveled",
          "drove",
          "walked",
          "escaped");

  /** Words of living before "in": "Nigerians living in Bakassi". */
  private static final Set<String> LIVED =
      PersonFinder.words("living", "lives", "lived", "live", "born", "raised");

  /** Nouns an appositive names a place by: "Askeran, a settlement on the road". */
  private static final Set<String> APPOSITIVE_NOUNS =
      PersonFinder.words(
          "town",
          "village",
          "city",
          "settlement",
          "hamlet",
          "port",
          "suburb",
          "hub",
          "stronghold",
          "district",
          "region",
          "province",
          "enclave",
          "outpost",
          "crossroads",
          "resort",
          "municipality",
          "community",
          "capital");

  /** Adjectives of regions that are not names: "the Himalayan region". */
  private static final Set<String> GEOGRAPHIC_ADJECTIVES = WORDS.set("geographic-adjectives");

  /** Facilities named after their place: "the Ryazan refinery", "the Torkham crossing". */
  static final Set<String> FACILITIES =
      PersonFinder.words(
          "refinery",
          "airfield",
          "airbase",
          "crossing",
          "checkpoint",
          "camp",
          "camps",
          "harbour",
          "harbor",
          "crossings");

  /** The points of the compass, one word each: "north", "southwest". */
  private static final Set<String> POINTS =
      PersonFinder.words(
          "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

  /** Words that are not place names even when capitalised before "province" or after "of". */
  static final Set<String> NOT_PLACES = union(POINTS, WORDS.set("not-places"));

  private PlaceFinder() {}

  /**
   * One place found: its first word and its name, and for a geographic name ("the Niger River",
   * "Lake Lucerne") the word after it, {@code end}: what else was found inside it, the state Niger
   * or the city of Lucerne, gives way to it. {@code end} is -1 for other places.
   */
  record Place(int position, String name, int end) {
    Place(int position, String name) {
      this(position, name, -1);
    }
  }

  // The words find() compares the word at hand with, as small ints (keyword()).
  private static final int K_IN = 1;

  private static final int K_NEAR = 2;

  private static final int K_AROUND = 3;

  private static final int K_BETWEEN = 4;

  private static final int K_FROM = 5;

  private static final int K_PEOPLE = 6;

  private static final int K_CENTRE = 7;

  private static final int K_CENTER = 8;

  private static final int K_RIVER = 9;

  private static final int K_LAKE = 10;

  private static final int K_MOUNTAINS = 11;

  private static final int K_ROAD = 12;

  private static final int K_HIGHWAY = 13;

  private static final int K_ROUTE = 14;

  private static final int K_RAILWAY = 15;

  private static final int K_COUNTY = 16;

  private static final int K_OBLAST = 17;

  private static final int K_GOVERNORATE = 18;

  private static final int K_BORDER = 19;

  // Lower-case nouns of water or land after a name, K_LAGOON to K_ESTUARY: "the Nandikadal lagoon".
  private static final int K_LAGOON = 20;

  private static final int K_PENINSULA = 21;

  private static final int K_DELTA = 22;

  private static final int K_PLATEAU = 23;

  private static final int K_ESTUARY = 24;

  /**
   * Which of the words {@link #find} compares the word at hand with a folded word is (a K_
   * constant), or 0: one switch on the word's cached hash instead of a string comparison per rule.
   */
  /**
   * {@link #keyword} of word {@code i}, whose folded form is {@code w}: from the lexicon's table
   * when the word has an id, without reading the string.
   */
  static int keyword(TextTokens t, int i, String w) {
    if (t.ids != null && t.ids[i] >= 0) {
      return t.lexicon.placeKeywords()[t.ids[i]];
    }
    return keyword(w);
  }

  static int keyword(String w) {
    return switch (w) {
      case "in" -> K_IN;
      case "near" -> K_NEAR;
      case "around" -> K_AROUND;
      case "between" -> K_BETWEEN;
      case "from" -> K_FROM;
      case "people" -> K_PEOPLE;
      case "centre" -> K_CENTRE;
      case "center" -> K_CENTER;
      case "river" -> K_RIVER;
      case "lake" -> K_LAKE;
      case "mountains" -> K_MOUNTAINS;
      case "road" -> K_ROAD;
      case "highway" -> K_HIGHWAY;
      case "route" -> K_ROUTE;
      case "railway" -> K_RAILWAY;
      case "county" -> K_COUNTY;
      case "oblast" -> K_OBLAST;
      case "governorate" -> K_GOVERNORATE;
      case "border" -> K_BORDER;
      case "lagoon" -> K_LAGOON;
      case "peninsula" -> K_PENINSULA;
      case "delta" -> K_DELTA;
      case "plateau" -> K_PLATEAU;
      case "estuary" -> K_ESTUARY;
      default -> 0;
    };
  }

  /**
   * Places introduced by patterns.
   *
   * @param known words already taken by dictionary matches
   * @param places words of dictionary matches that name places or parties
   * @param excluded words of boilerplate
   */
  static List<Place> find(TextTokens t, BitSet known, BitSet places, BitSet excluded) {
    List<Place> out = new ArrayList<>();
    int[] notable = t.notable();
    for (int q = 0, qn = t.notableCount(); q < qn; q++) {
      int i = notable[q];
      // Most words introduce nothing: only a place word or a capitalised word before a comma may,
      // and those are notable.
      if (t.shape[i] == TextTokens.ALL_CAPS && (i == 0 || t.gapHas(i, TextTokens.NEWLINE))) {
        Place d = dateline(t, i, known, excluded, false);
        if (d != null) {
          out.add(d);
          continue;
        }
      }
      boolean appositive =
          i + 2 < t.size && t.gapHas(i + 1, TextTokens.COMMA) && t.shape[i] != TextTokens.LOWER;
      boolean pattern = t.is(i, WordClass.PLACE_PATTERN);
      if ((!appositive && !pattern) || excluded.get(i)) {
        continue;
      }
      // A keyword and a word of a class below all have the pattern bit: a capitalised word before
      // a comma without it needs neither its folded form nor the keyword switch.
      String w = pattern ? t.folded(i) : null;
      int kw = pattern ? keyword(t, i, w) : 0;
      if (t.is(i, WordClass.OF_PLACE)
          && i + 2 < t.size
          && t.foldedEquals(i + 1, "of")
          && !t.sentenceBreakBefore(i + 1)
          && isPlaceWord(t, i + 2, known, excluded)
          && !(kw == K_PEOPLE || kw == K_CENTRE || kw == K_CENTER)) {
        list(t, i + 2, known, excluded, out);
      }
      if ((kw == K_IN || kw == K_NEAR || kw == K_AROUND || kw == K_BETWEEN)
          && i + 1 < t.size
          && !t.sentenceBreakBefore(i + 1)) {
        coordinatedWithKnown(t, i + 1, known, places, excluded, out);
      }
      if (t.is(i, WordClass.PLACE_NOUN) && t.shape[i] == TextTokens.LOWER && w.endsWith("s")) {
        listedBeforeOthers(t, i, known, excluded, out);
      }
      if (t.is(i, WordClass.PLACE_NOUN) && t.shape[i] == TextTokens.LOWER) {
        if (i + 2 < t.size && t.foldedEquals(i + 1, "of") && !t.sentenceBreakBefore(i + 1)) {
          list(t, i + 2, known, excluded, out);
        } else if (w.endsWith("s")) {
          // "villages such as Kirants and Voskepar", "several towns in Tigray, including Shire"
          for (int k = i + 1; k < Math.min(t.size - 1, i + 7); k++) {
            if (t.sentenceBreakBefore(k)) {
              break;
            }
            if (t.foldedEquals(k, "including")
                || (t.foldedEquals(k, "as") && t.foldedEquals(k - 1, "such"))) {
              list(t, k + 1, known, excluded, out);
              break;
            }
          }
        }
      }
      boolean county = kw == K_COUNTY || kw == K_OBLAST || kw == K_GOVERNORATE;
      if (t.is(i, WordClass.AFTER_NOUN)
          && i > 0
          && (t.shape[i] == TextTokens.LOWER || (county && t.shape[i] == TextTokens.CAPITALISED))
          && t.gapHas(i, TextTokens.SPACE)) {
        int start = i;
        while (start > 0
            && i - start < 2
            && isPlaceWord(t, start - 1, known, excluded)
            && (start == i || t.gapHas(start, TextTokens.SPACE | TextTokens.HYPHEN))) {
          start--;
        }
        // "the Salah al-Din district": a name joined by a particle and a hyphen
        if (start < i
            && start > 1
            && t.gapHas(start, TextTokens.HYPHEN)
            && t.shape[start - 1] == TextTokens.LOWER
            && t.is(start - 1, WordClass.PARTICLE)
            && t.gapHas(start - 1, TextTokens.SPACE)
            && isPlaceWord(t, start - 2, known, excluded)) {
          start -= 2;
        }
        if (start < i
            && !t.foldedEquals(start, "the")
            && !startsSentenceOnly(t, start, i)
            && (!AFTER_THE.contains(w) || (start > 0 && t.foldedEquals(start - 1, "the")))
            && !(i - start == 1 && adjectival(t.folded(start)))
            && !GEOGRAPHIC_ADJECTIVES.contains(t.folded(start))) {
          // "DeKalb County" is the name; "Martakert province" is Martakert.
          boolean whole =
              (t.shape[i] == TextTokens.CAPITALISED && kw == K_COUNTY) || NAMED_WITH.contains(w);
          out.add(new Place(start, name(t, start, whole ? i + 1 : i)));
          // "the Chilobwe and Ndirande townships": a plural noun after two names
          int and = start - 1;
          if (w.endsWith("s")
              && and > 0
              && t.foldedEquals(and, "and")
              && !t.sentenceBreakBefore(and)
              && isPlaceWord(t, and - 1, known, excluded)
              && !t.sentenceBreakBefore(and - 1)) {
            out.add(new Place(and - 1, name(t, and - 1, and)));
          }
        }
      }
      // "a fisherman from Aitutaki", "a student from Zugdidi", "I came from Kampong Cham": where a
      // person comes from; "Nigerians living in Bakassi": where people live; "grows barley near
      // Katanning": a lone unknown name after "near"
      boolean origin =
          kw == K_FROM
              && i > 0
              && (t.is(i - 1, WordClass.TITLE)
                  || PersonFinder.ROLE_NOUNS.contains(t.folded(i - 1))
                  || MOVED.contains(t.folded(i - 1)));
      boolean home = kw == K_IN && i > 0 && LIVED.contains(t.folded(i - 1));
      if ((origin || home || kw == K_NEAR)
          && i + 1 < t.size
          && t.gapHas(i + 1, TextTokens.SPACE)
          && isPlaceWord(t, i + 1, known, excluded)
          && !places.get(i + 1)) {
        int e = placeNameEnd(t, i + 1, known, excluded);
        if (e > i + 1
            && e - i - 1 <= 2
            && !(e < t.size && t.gapHas(e, TextTokens.SPACE) && t.capitalised(e))
            && !(e < t.size && t.gapHas(e, TextTokens.POSSESSIVE))) {
          out.add(new Place(i + 1, name(t, i + 1, e)));
        }
      }
      // "the Litani River", "the Inguri river"
      if ((kw == K_RIVER
              || kw == K_LAKE
              || kw == K_MOUNTAINS
              || (kw >= K_LAGOON && kw <= K_ESTUARY))
          && i > 0
          && t.gapHas(i, TextTokens.SPACE)
          && isPlaceWord(t, i - 1, known, excluded)
          && i > 1
          && t.foldedEquals(i - 2, "the")) {
        out.add(new Place(i - 1, name(t, i - 1, i)));
      }
      // "the Ryazan refinery", "the Torkham crossing": the place a facility is named after
      if (t.is(i, WordClass.FACILITY)
          && i > 1
          && t.gapHas(i, TextTokens.SPACE)
          && t.shape[i] == TextTokens.LOWER
          && isPlaceWord(t, i - 1, known, excluded)
          && !t.sentenceBreakBefore(i - 1)
          && t.foldedEquals(i - 2, "the")
          && !adjectival(t.folded(i - 1))) {
        out.add(new Place(i - 1, name(t, i - 1, i)));
      } else if (t.is(i, WordClass.FACILITY)
          && i > 2
          && t.shape[i] == TextTokens.LOWER
          && t.foldedEquals(i - 1, "border")
          && t.gapHas(i - 1, TextTokens.SPACE)
          && isPlaceWord(t, i - 2, known, excluded)
          && !t.sentenceBreakBefore(i - 2)
          && t.foldedEquals(i - 3, "the")
          && !adjectival(t.folded(i - 2))) {
        out.add(new Place(i - 2, name(t, i - 2, i - 1))); // "the Wagah border crossing"
      } else if (t.is(i, WordClass.FACILITY)
          && i > 2
          && t.shape[i] == TextTokens.LOWER
          && t.gapHas(i, TextTokens.SPACE)
          && t.folded(i).endsWith("s")
          && isPlaceWord(t, i - 1, known, excluded)
          && !t.sentenceBreakBefore(i - 1)
          && t.foldedEquals(i - 2, "and")) {
        out.add(new Place(i - 1, name(t, i - 1, i))); // "the Kerem Shalom and Erez crossings"
      }
      // "the border crossing at Khafji", "across the border at Bors", "walked across the border
      // to Attari": one or two unknown names after the place a border is crossed
      if ((kw == K_BORDER || (t.is(i, WordClass.FACILITY) && t.shape[i] == TextTokens.LOWER))
          && i + 2 < t.size
          && !t.sentenceBreakBefore(i + 1)
          && (t.foldedEquals(i + 1, "at")
              || (kw == K_BORDER && (t.foldedEquals(i + 1, "to") || t.foldedEquals(i + 1, "into"))))
          && !t.sentenceBreakBefore(i + 2)
          && isPlaceWord(t, i + 2, known, excluded)
          && !places.get(i + 2)) {
        int e = placeNameEnd(t, i + 2, known, excluded);
        if (e - i - 2 <= 2
            && !(e < t.size && t.gapHas(e, TextTokens.SPACE) && t.capitalised(e))
            && !(e < t.size && t.gapHas(e, TextTokens.POSSESSIVE))) {
          out.add(new Place(i + 2, name(t, i + 2, e)));
        }
      }
      // "the summit in Newport, Wales": an unknown name placed by the known place after it
      if (kw == K_IN
          && i + 3 < t.size
          && t.gapHas(i + 1, TextTokens.SPACE)
          && !t.sentenceBreakBefore(i + 1)
          && isPlaceWord(t, i + 1, known, excluded)
          && !places.get(i + 1)) {
        int e = placeNameEnd(t, i + 1, known, excluded);
        if (e > i + 1
            && e - i - 1 <= 2
            && e + 1 < t.size
            && t.gapHas(e, TextTokens.COMMA)
            && !t.sentenceBreakBefore(e)
            && places.get(e)) {
          out.add(new Place(i + 1, name(t, i + 1, e)));
        }
      }
      // "in Kempton Park near Johannesburg": an unknown name placed near a known one
      if (kw == K_NEAR
          && i > 1
          && i + 1 < t.size
          && places.get(i + 1)
          && t.gapHas(i, TextTokens.SPACE)
          && isPlaceWord(t, i - 1, known, excluded)) {
        int start = i - 1;
        if (start > 1
            && t.gapHas(start, TextTokens.SPACE)
            && isPlaceWord(t, start - 1, known, excluded)) {
          start--;
        }
        int before = start - 1;
        if (!t.sentenceBreakBefore(start)
            && (t.foldedEquals(before, "in") || t.foldedEquals(before, "at"))) {
          out.add(new Place(start, name(t, start, i)));
        }
      }
      // "the road between Kayes and Nioro du Sahel", "the highway from Kabul to Jalalabad"
      if ((kw == K_ROAD || kw == K_HIGHWAY || kw == K_ROUTE || kw == K_RAILWAY)
          && i + 4 < t.size
          && (t.foldedEquals(i + 1, "between") || t.foldedEquals(i + 1, "from"))) {
        int a = i + 2;
        int ae = knownOrPlaceEnd(t, a, known, places, excluded);
        if (ae > a && ae + 1 < t.size) {
          String link = t.folded(ae);
          if (link.equals("and") || link.equals("to")) {
            int be = knownOrPlaceEnd(t, ae + 1, known, places, excluded);
            if (!known.get(a)) {
              out.add(new Place(a, name(t, a, ae)));
            }
            if (be > ae + 1 && !known.get(ae + 1)) {
              out.add(new Place(ae + 1, name(t, ae + 1, be)));
            }
          }
        }
      }
      // "In Becora, on the eastern edge of Dili", "Irpin, 20 km northwest of Kyiv", "Kipchak,
      // Niyazov's home village"
      if (i + 3 < t.size
          && t.gapHas(i + 1, TextTokens.COMMA)
          && isPlaceWord(t, i, known, excluded)
          && (((t.sentenceBreakBefore(i)
                      || (i > 0 && (t.foldedEquals(i - 1, "in") || t.foldedEquals(i - 1, "at"))))
                  && placedByAppositive(t, i + 1))
              // "Rebels attacked Kibumba, about 25 km north of Goma": a bearing places it alone
              || bearing(t, i + 1))) {
        int start = nameStart(t, i, known, excluded);
        out.add(new Place(start, name(t, start, i + 1)));
      }
      // "Askeran, a settlement on the road"
      if (i + 2 < t.size
          && t.gapHas(i + 1, TextTokens.COMMA)
          && isPlaceWord(t, i, known, excluded)
          && (t.foldedEquals(i + 1, "a")
              || t.foldedEquals(i + 1, "an")
              || t.foldedEquals(i + 1, "the"))) {
        for (int k = i + 2; k < Math.min(t.size, i + 5); k++) {
          // "Florina, the nearest Greek town": a demonym may describe the noun
          if (t.gapHas(k, TextTokens.COMMA | TextTokens.PERIOD)
              || (t.capitalised(k) && !known.get(k))) {
            break;
          }
          if (APPOSITIVE_NOUNS.contains(t.folded(k)) && nounEnds(t, k)) {
            int start = nameStart(t, i, known, excluded);
            if (!startsSentenceOnly(t, start, i + 1)) {
              out.add(new Place(start, name(t, start, i + 1)));
            }
            break;
          }
        }
      }
    }
    geographicNames(t, known, excluded, out);
    return out;
  }

  /**
   * The place of a wire dateline the dictionary does not know, at word {@code i}: "TESHIK-TOSH,
   * Kyrgyzstan (Meridian Wire) -", "ARAVA CROSSING (Levant Wire) -", "KARVESH - ". With {@code
   * alone}, the words are a dateline the reader took off the body ("TESHIK-TOSH, Kyrgyzstan"), and
   * nothing need follow them. Null if there is none.
   */
  static Place dateline(TextTokens t, int i, BitSet known, BitSet excluded, boolean alone) {
    if (i >= t.size || t.shape[i] != TextTokens.ALL_CAPS) {
      return null;
    }
    int e = i + 1;
    while (e < t.size
        && e - i < 6 // "SAN CRISTOBAL DE LAS CASAS"
        && t.shape[e] == TextTokens.ALL_CAPS
        && t.gapHas(e, TextTokens.SPACE | TextTokens.HYPHEN)
        && !t.gapHas(e, TextTokens.NEWLINE)) {
      e++;
    }
    for (int k = i; k < e; k++) {
      if (known.get(k) || excluded.get(k) || NOT_DATELINES.contains(t.folded(k))) {
        return null;
      }
    }
    boolean ends = e >= t.size || t.gapHas(e, TextTokens.NEWLINE | TextTokens.COMMA);
    if (!(alone ? ends : agencyOrDashFollows(t, e))) {
      return null;
    }
    int end = e;
    if (end - i > 1 && t.is(end - 1, WordClass.FACILITY)) {
      end--; // "ARAVA CROSSING": the place the crossing is named after
    }
    String name = titleCase(t.name(i, end));
    return name.length() < 3 ? null : new Place(i, name);
  }

  /** Words of labels in capitals that open a line as a dateline would: "BREAKING -", "UPDATE". */
  private static final Set<String> NOT_DATELINES = WORDS.set("not-datelines");

  /**
   * Whether a dateline's agency in brackets and a dash follow from word {@code e}, after an
   * optional region ("TESHIK-TOSH, Kyrgyzstan (Meridian Wire) -"), or a dash alone ("KARVESH -").
   */
  private static boolean agencyOrDashFollows(TextTokens t, int e) {
    if (e >= t.size || t.gapHas(e, TextTokens.NEWLINE)) {
      return false;
    }
    if (t.gapHas(e, TextTokens.DASH)) {
      return true;
    }
    int k = e;
    if (t.gapHas(k, TextTokens.COMMA)) {
      k++;
      // ", Kyrgyzstan", ", Israel-Jordan border"
      while (k < t.size
          && k - e < 6
          && !t.gapHas(k, TextTokens.OPEN | TextTokens.NEWLINE | TextTokens.PERIOD)) {
        if (k - e <= 3 && t.gapHas(k, TextTokens.DASH)) {
          return true; // "CRANS-MONTANA, Switzerland —": the region, then the dash
        }
        k++;
      }
    }
    if (k >= t.size || !t.gapHas(k, TextTokens.OPEN) || t.gapHas(k, TextTokens.NEWLINE)) {
      return false;
    }
    for (int m = k + 1; m < Math.min(t.size, k + 6); m++) {
      if (t.gapHas(m, TextTokens.NEWLINE)) {
        return false;
      }
      if (t.gapHas(m, TextTokens.CLOSE)) {
        // ") - ", ") — ": the gap holds the bracket, so it is no dash gap of its own
        String gap = t.gapBefore(m);
        return gap.indexOf('-') >= 0 || gap.indexOf('\u2013') >= 0 || gap.indexOf('\u2014') >= 0;
      }
    }
    return false;
  }

  /** "TESHIK-TOSH" as "Teshik-Tosh": each word's first letter kept, the others in lower case. */
  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean first = true;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetter(c)) {
        sb.append(first ? c : Character.toLowerCase(c));
        first = false;
      } else {
        sb.append(c);
        first = c == ' ' || c == '-' || c == '\'' || c == '\u2019';
      }
    }
    return sb.toString();
  }

  /** What "on the ... of" places a name by: "on the eastern edge of Dili". */
  private static final Set<String> EDGES =
      PersonFinder.words(
          "edge",
          "outskirts",
          "fringes",
          "banks",
          "bank",
          "shore",
          "shores",
          "coast",
          "slopes",
          "side");

  /** Directions "of" a place: "20 km northwest of Kyiv". */
  private static final Set<String> DIRECTIONS =
      union(POINTS, PersonFinder.words("north-east", "north-west", "south-east", "south-west"));

  /** Possessive appositive nouns: "Niyazov's home village", "his birthplace". */
  private static final Set<String> HOMES =
      PersonFinder.words(
          "village", "town", "city", "birthplace", "hometown", "stronghold", "capital");

  /** Words before a number that make it rough: "about 60 km from". */
  private static final Set<String> ROUGHLY =
      PersonFinder.words("about", "some", "around", "nearly", "roughly", "almost");

  /**
   * Whether the words from {@code k} on give a bearing from another place: "20 km northwest of
   * Kyiv", "north of the capital", "about 60 km from the front".
   */
  private static boolean bearing(TextTokens t, int k) {
    int m = k;
    if (m + 1 < t.size && ROUGHLY.contains(t.folded(m)) && t.shape[m + 1] == TextTokens.NUMBER) {
      m++; // "about 60 km"
    }
    boolean distance = false;
    if (t.shape[m] == TextTokens.NUMBER && m + 2 < t.size) {
      m += 2; // "20 km", "30 miles"
      distance = true;
    }
    if (DIRECTIONS.contains(t.folded(m))) {
      return m + 1 < t.size && t.foldedEquals(m + 1, "of") && !t.gapHas(m + 1, TextTokens.COMMA);
    }
    return distance && t.foldedEquals(m, "from"); // "Kurchatov, about 60 km from the front"
  }

  /**
   * Whether the words from {@code k}, after a name and its comma, place it: "on the eastern edge
   * of", "20 km northwest of", "Niyazov's home village", "his birthplace".
   */
  private static boolean placedByAppositive(TextTokens t, int k) {
    if (t.foldedEquals(k, "on") && t.foldedEquals(k + 1, "the")) {
      for (int m = k + 2; m < Math.min(t.size - 1, k + 5); m++) {
        if (t.gapHas(m, TextTokens.COMMA | TextTokens.PERIOD) || t.capitalised(m)) {
          return false;
        }
        if (EDGES.contains(t.folded(m))) {
          return t.foldedEquals(m + 1, "of") && !t.gapHas(m + 1, TextTokens.COMMA);
        }
      }
      return false;
    }
    if (bearing(t, k)) {
      return true;
    }
    if (t.foldedEquals(k, "in")
        && k + 1 < t.size
        && !t.gapHas(k + 1, TextTokens.COMMA | TextTokens.PERIOD)
        && (t.capitalised(k + 1)
            || (t.foldedEquals(k + 1, "the") && k + 2 < t.size && t.capitalised(k + 2)))) {
      return true; // "in Bogale, in the Irrawaddy delta"
    }
    boolean possessor =
        t.foldedEquals(k, "his")
            || t.foldedEquals(k, "her")
            || t.foldedEquals(k, "their")
            || (k + 1 < t.size && t.capitalised(k) && t.gapHas(k + 1, TextTokens.POSSESSIVE));
    if (!possessor) {
      return false;
    }
    for (int n = k + 1; n < Math.min(t.size, k + 4); n++) {
      if (n > k + 1 && (t.gapHas(n, TextTokens.COMMA | TextTokens.PERIOD) || t.capitalised(n))) {
        return false;
      }
      String w = t.folded(n);
      if (HOMES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised nouns that end a geographic name: "the Nuba Mountains", "the Senkaku Islands". */
  private static final Set<String> GEOGRAPHIC_HEADS =
      PersonFinder.words(
          "mountains",
          "hills",
          "highlands",
          "islands",
          "isles",
          "archipelago",
          "atoll",
          "river",
          "ridge",
          "plateau",
          "peninsula",
          "desert",
          "delta",
          "lagoon",
          "glacier",
          "valley",
          "gorge",
          "pass",
          "shoal",
          "reef",
          "bay",
          "canal",
          "lake",
          "corridor");

  /** Capitalised nouns that start one: "Lake Lucerne", "Mount Tumbledown". */
  private static final Set<String> GEOGRAPHIC_LEADS = PersonFinder.words("lake", "mount");

  /** Capitalised nouns that start one with "of": "the Bay of Bengal", "the Gulf of Aden". */
  private static final Set<String> GEOGRAPHIC_OF =
      PersonFinder.words("bay", "gulf", "sea", "strait", "straits", "isle");

  /** Compass words that belong to a region's name before it: "North Hwanghae", "West Timor". */
  private static final Set<String> COMPASS = PersonFinder.words("north", "south", "east", "west");

  /** Every word {@link #geographicNames} starts at, for {@link WordClass#GEOGRAPHIC}. */
  static final Set<String> GEOGRAPHIC_WORDS =
      union(GEOGRAPHIC_HEADS, GEOGRAPHIC_LEADS, GEOGRAPHIC_OF, COMPASS);

  /** The words of all the sets. */
  @SafeVarargs
  static Set<String> union(Set<String>... sets) {
    Set<String> all = new java.util.HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }

  /**
   * Words after a compass word that make a part of the world or of a building, not a place of the
   * story: "West Africa", "South Asia", "the East Room".
   */
  private static final Set<String> NOT_AFTER_COMPASS =
      PersonFinder.words(
          "africa",
          "asia",
          "europe",
          "america",
          "americas",
          "atlantic",
          "pacific",
          "arctic",
          "antarctic",
          "caucasus",
          "mediterranean",
          "balkans",
          "sahel",
          "sahara",
          "eurasia",
          "indies",
          "room",
          "wing",
          "gate",
          "side",
          "end",
          "coast",
          "bank",
          "front");

  /**
   * Names made of capitalised words and a geographic noun or compass word that is part of the name:
   * "the Nuba Mountains", "Lake Lucerne", "the Bay of Bengal", "North Hwanghae province", and with
   * a word the dictionary matched alone, "the Niger River", "South Georgia". What was found inside
   * such a name gives way to it: here a place of the other patterns ("in the Nuba Mountains" gave
   * Nuba), in the extractor the dictionary's state or city ({@link Place#end}).
   */
  private static void geographicNames(
      TextTokens t, BitSet known, BitSet excluded, List<Place> out) {
    if (!t.anyIs(WordClass.GEOGRAPHIC)) {
      return; // most texts: no word the names start at
    }
    int[] notable = t.notable();
    List<int[]> spans = null;
    for (int q = 0, qn = t.notableCount(); q < qn; q++) {
      int i = notable[q];
      if (!t.is(i, WordClass.GEOGRAPHIC)
          || t.shape[i] != TextTokens.CAPITALISED
          || excluded.get(i)
          || known.get(i)) {
        continue;
      }
      String w = t.folded(i);
      int from = -1;
      int to = -1;
      if (GEOGRAPHIC_HEADS.contains(w) && i > 0 && placeWordBefore(t, i, known, excluded)) {
        from = i - 1;
        if (from > 0 && placeWordBefore(t, from, known, excluded)) {
          from--;
        }
        if (middleWordBefore(t, from)) {
          from--; // "Second Thomas Shoal"
        }
        to = i + 1;
      } else if (GEOGRAPHIC_HEADS.contains(w)
          && i > 1
          && middleWordBefore(t, i)
          && placeWordBefore(t, i - 1, known, excluded)) {
        from = i - 2; // "Johnson South Reef"
        to = i + 1;
      } else if (GEOGRAPHIC_HEADS.contains(w)
          && i > 1
          && t.gapHas(i, TextTokens.SPACE)
          && !t.sentenceBreakBefore(i)
          && knownWordAlone(t, i - 1, known)) {
        from = i - 1; // "the Niger River", "the Jordan River": a river named like a state
        to = i + 1;
      } else if (GEOGRAPHIC_LEADS.contains(w)
          && i + 1 < t.size
          && t.gapHas(i + 1, TextTokens.SPACE)
          && (isPlaceWord(t, i + 1, known, excluded) || knownWordAlone(t, i + 1, known))) {
        from = i;
        to = i + 2;
      } else if (GEOGRAPHIC_OF.contains(w)
          && i + 2 < t.size
          && t.foldedEquals(i + 1, "of")
          && t.gapHas(i + 1, TextTokens.SPACE)
          && t.gapHas(i + 2, TextTokens.SPACE)
          // "the Gulf of Izmit", whose town the dictionary knows
          && (isPlaceWord(t, i + 2, known, excluded) || knownWordAlone(t, i + 2, known))) {
        from = i;
        to = i + 3;
      } else if (COMPASS.contains(w)
          && i + 1 < t.size
          && t.gapHas(i + 1, TextTokens.SPACE)
          && !t.sentenceBreakBefore(i + 1)
          && (isPlaceWord(t, i + 1, known, excluded) || knownWordAlone(t, i + 1, known))
          && !NOT_AFTER_COMPASS.contains(t.folded(i + 1))
          && !adjectival(t.folded(i + 1))
          && !t.folded(i + 1).endsWith("an")
          && !(i + 2 < t.size && t.nameGap(i + 2) && t.capitalised(i + 2))) {
        from = i;
        to = i + 2;
      }
      if (from < 0 || startsSentenceOnly(t, from, to)) {
        continue;
      }
      if (spans == null) {
        spans = new ArrayList<>();
      }
      spans.add(new int[] {from, to});
    }
    if (spans == null) {
      return;
    }
    for (int[] span : spans) {
      String name = name(t, span[0], span[1]);
      out.removeIf(
          p -> p.position() >= span[0] && p.position() < span[1] && !p.name().equals(name));
      out.add(new Place(span[0], name, span[1]));
    }
  }

  /**
   * Compass words, "Upper" and "Lower" and ordinals inside a geographic name: "Johnson South Reef",
   * "the Upper Huallaga Valley".
   */
  private static final Set<String> MIDDLE_WORDS =
      union(COMPASS, PersonFinder.words("upper", "lower", "first", "second", "third"));

  /** Whether word {@code i - 1} is a capitalised {@link #MIDDLE_WORDS} word of the same name. */
  private static boolean middleWordBefore(TextTokens t, int i) {
    return i > 0
        && t.gapHas(i, TextTokens.SPACE)
        && !t.sentenceBreakBefore(i)
        && t.shape[i - 1] == TextTokens.CAPITALISED
        && MIDDLE_WORDS.contains(t.folded(i - 1));
  }

  /**
   * Whether word {@code i} is a capitalised word matched alone by the dictionary, not a word of a
   * longer match ("Niger" in "the Niger River", not "Islands" in "the Solomon Islands").
   */
  private static boolean knownWordAlone(TextTokens t, int i, BitSet known) {
    return known.get(i)
        && t.shape[i] == TextTokens.CAPITALISED
        && (i == 0 || !known.get(i - 1) || !t.nameGap(i))
        && (i + 1 >= t.size || !known.get(i + 1) || !t.nameGap(i + 1));
  }

  /** Whether the word before {@code i} is an unknown capitalised word of the same name. */
  private static boolean placeWordBefore(TextTokens t, int i, BitSet known, BitSet excluded) {
    return t.gapHas(i, TextTokens.SPACE)
        && !t.sentenceBreakBefore(i)
        && isPlaceWord(t, i - 1, known, excluded);
  }

  /**
   * "in Laayoune and Dakhla", "near Goris, Kapan and Meghri": unknown names listed with a known
   * place after "in" or "near" are places too.
   */
  private static void coordinatedWithKnown(
      TextTokens t, int k, BitSet known, BitSet places, BitSet excluded, List<Place> out) {
    List<int[]> unknown = null; // made for the first unknown name: most lists have none
    boolean anyKnown = false;
    boolean conjunction = false;
    int items = 0;
    while (k < t.size && items < 6) {
      int e = k;
      if (places.get(k) && t.capitalised(k)) {
        while (e < t.size && places.get(e) && (e == k || t.gapHas(e, TextTokens.SPACE))) {
          e++;
        }
        anyKnown = true;
      } else if (isPlaceWord(t, k, known, excluded)) {
        e = placeNameEnd(t, k, known, excluded);
        if (e < t.size && t.gapHas(e, TextTokens.SPACE) && t.capitalised(e)) {
          return; // "Human Rights Watch": the name goes on
        }
        if (unknown == null) {
          unknown = new ArrayList<>();
        }
        unknown.add(new int[] {k, e});
      } else {
        break;
      }
      items++;
      k = e;
      if (k >= t.size || t.sentenceBreakBefore(k)) {
        break;
      }
      String w = t.folded(k);
      if (w.equals("and") || w.equals("or")) {
        conjunction = true;
        k++;
      } else if (!t.gapHas(k, TextTokens.COMMA)) {
        break;
      }
    }
    // The list must not run into a verb: "in Kyiv and Ivan Petrov said"; and a list ends in "and"
    // or "or": in "In Caracas, Maduro accused" the comma ends a phrase.
    // Whether it ends well is asked last: most lists are no such list anyway.
    if (anyKnown
        && items >= 2
        && conjunction
        && unknown != null
        && (k >= t.size || !PersonFinder.isSpeechVerb(t.folded(k)))) {
      for (int[] u : unknown) {
        out.add(new Place(u[0], name(t, u[0], u[1])));
      }
    }
  }

  /** A list of place names: "Baganis Ayrum, Ashagi Askipara, Kheyrimli and Gizilhajili". */
  private static void list(TextTokens t, int k, BitSet known, BitSet excluded, List<Place> out) {
    List<Place> found = new ArrayList<>();
    boolean conjunction = listItems(t, k, known, excluded, found);
    // Names after a comma belong to the list only if it ends in "and" or "or": in "the town of
    // Grande-Synthe, Damien Careme" the comma opens an appositive.
    int keep = conjunction ? found.size() : Math.min(1, found.size());
    for (Place p : found.subList(0, keep)) {
      if (p != null) {
        out.add(p);
      }
    }
  }

  /**
   * "attacks on Kauswagan, Kolambugan and other coastal towns": the names listed before "and other"
   * and the plural place noun at {@code noun}, one adjective allowed between them.
   */
  private static void listedBeforeOthers(
      TextTokens t, int noun, BitSet known, BitSet excluded, List<Place> out) {
    int other = noun - 1;
    if (other > 2 && t.shape[other] == TextTokens.LOWER && !t.foldedEquals(other, "other")) {
      other--; // "other coastal towns"
    }
    if (other < 3
        || !t.foldedEquals(other, "other")
        || t.sentenceBreakBefore(other)
        || t.sentenceBreakBefore(other - 1)
        || !(t.foldedEquals(other - 1, "and") || t.foldedEquals(other - 1, "or"))) {
      listedBeforeAppositive(t, noun, known, excluded, out);
      return;
    }
    listItemsBefore(t, other - 1, known, excluded, out);
  }

  /**
   * "Ocosingo, Las Margaritas and Altamirano, towns in the jungle", "Fuah and Kefraya, two Shia
   * villages": two names or more before a comma and at most two words before the plural place noun
   * at {@code noun}.
   */
  private static void listedBeforeAppositive(
      TextTokens t, int noun, BitSet known, BitSet excluded, List<Place> out) {
    int comma = noun;
    while (comma > noun - 3 && comma > 3 && !t.gapHas(comma, TextTokens.COMMA)) {
      if (t.sentenceBreakBefore(comma)) {
        return;
      }
      comma--;
    }
    if (!t.gapHas(comma, TextTokens.COMMA) || t.sentenceBreakBefore(comma)) {
      return;
    }
    // the last item, then "and" before it: a list of two or more
    int last = comma;
    while (last > 0
        && comma - last < 3
        && isPlaceWord(t, last - 1, known, excluded)
        && (last == comma
            || (t.gapHas(last, TextTokens.SPACE | TextTokens.HYPHEN)
                && !t.gapHas(last, TextTokens.COMMA)))) {
      last--;
    }
    if (last == comma
        || last < 2
        || !(t.foldedEquals(last - 1, "and") || t.foldedEquals(last - 1, "or"))) {
      return;
    }
    out.add(new Place(last, name(t, last, comma)));
    listItemsBefore(t, last - 1, known, excluded, out);
  }

  /** The items of a list that ends before the "and" at {@code and}, back to its first. */
  private static void listItemsBefore(
      TextTokens t, int and, BitSet known, BitSet excluded, List<Place> out) {
    int end = and; // each item ends where the next separator starts
    while (end > 0) {
      int s = end;
      while (s > 0
          && end - s < 3
          && (isPlaceWord(t, s - 1, known, excluded) || (known.get(s - 1) && t.capitalised(s - 1)))
          && (s == end || t.gapHas(s, TextTokens.SPACE | TextTokens.HYPHEN))
          && !(s < end && t.gapHas(s, TextTokens.COMMA))) {
        s--;
      }
      if (s == end) {
        break;
      }
      if (!known.get(s)) {
        out.add(new Place(s, name(t, s, end)));
      }
      if (t.sentenceBreakBefore(s) || !t.gapHas(s, TextTokens.COMMA)) {
        break;
      }
      end = s;
    }
  }

  /** Collects the items of a list; whether an "and" or "or" links them. */
  private static boolean listItems(
      TextTokens t, int k, BitSet known, BitSet excluded, List<Place> out) {
    boolean conjunction = false;
    boolean first = true;
    while (k < t.size) {
      if (known.get(k)) {
        // A known place in the list: skip it and go on ("the towns of Goris, Kapan and Sisian").
        int e = k;
        while (e < t.size && known.get(e) && (e == k || t.gapHas(e, TextTokens.SPACE))) {
          e++;
        }
        k = e;
        if (first) {
          out.add(null); // a known first item keeps the count of later ones honest
        }
      } else if (isPlaceWord(t, k, known, excluded)) {
        int e = placeNameEnd(t, k, known, excluded); // "Lanao del Norte"
        out.add(new Place(k, name(t, k, e)));
        k = e;
      } else {
        return conjunction;
      }
      first = false;
      if (k >= t.size || t.sentenceBreakBefore(k)) {
        return conjunction;
      }
      if (t.gapHas(k, TextTokens.COMMA)) {
        if (t.foldedEquals(k, "and") || t.foldedEquals(k, "or")) {
          conjunction = true;
          k++;
        }
        continue;
      }
      if ((t.foldedEquals(k, "and") || t.foldedEquals(k, "or")) && t.gapHas(k, TextTokens.SPACE)) {
        conjunction = true;
        k++;
        continue;
      }
      return conjunction;
    }
    return conjunction;
  }

  /**
   * Whether the noun at {@code k} ends its phrase ("a town near Goris", "the regional capital."),
   * rather than modifying another ("the town's mayor", "the city council").
   */
  private static boolean nounEnds(TextTokens t, int k) {
    int n = k + 1;
    if (n >= t.size || t.gapHas(n, TextTokens.COMMA | TextTokens.PERIOD | TextTokens.CLOSE)) {
      return true;
    }
    if (t.gapHas(n, TextTokens.POSSESSIVE)) {
      return false;
    }
    return switch (t.folded(n)) {
      case "of",
          "in",
          "on",
          "near",
          "at",
          "about",
          "some",
          "where",
          "which",
          "that",
          "with",
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "close",
          "next", // "the high-rise suburb next to the airport"
          "just",
          "located",
          "known",
          "home",
          "and",
          "by",
          "along",
          "across",
          "outside",
          "inside",
          "between",
          "overlooking",
          "whose",
          "around",
          "roughly",
          "nearly",
          "from" ->
          true;
      default -> false;
    };
  }

  /** The end of a known place or party at {@code k}, else of an unknown place name there. */
  private static int knownOrPlaceEnd(
      TextTokens t, int k, BitSet known, BitSet places, BitSet excluded) {
    if (k < t.size && places.get(k)) {
      int e = k + 1;
      while (e < t.size && places.get(e) && t.gapHas(e, TextTokens.SPACE | TextTokens.HYPHEN)) {
        e++;
      }
      return e;
    }
    return placeNameEnd(t, k, known, excluded);
  }

  /** The end of an unknown place name at {@code k} ("Nioro du Sahel"), or {@code k}. */
  private static int placeNameEnd(TextTokens t, int k, BitSet known, BitSet excluded) {
    if (k >= t.size || !isPlaceWord(t, k, known, excluded)) {
      return k;
    }
    int e = k + 1;
    while (e < t.size && e - k < 4 && t.gapHas(e, TextTokens.SPACE | TextTokens.HYPHEN)) {
      if (isPlaceWord(t, e, known, excluded)) {
        e++;
      } else if (t.is(e, WordClass.PARTICLE)
          && e + 1 < t.size
          && isPlaceWord(t, e + 1, known, excluded)) {
        e += 2;
      } else {
        break;
      }
    }
    return e;
  }

  /**
   * The first word of the place name that ends at word {@code i}: back over the place words and
   * particles before it on the line, four words at most ("Ban Phe", "Linas-Marcoussis", "San Juan
   * de Lurigancho").
   */
  private static int nameStart(TextTokens t, int i, BitSet known, BitSet excluded) {
    int start = i;
    while (start > 0 && i - start < 3 && t.nameGap(start) && !t.sentenceBreakBefore(start)) {
      if (isPlaceWord(t, start - 1, known, excluded)) {
        start--;
      } else if (start > 1
          && t.shape[start - 1] == TextTokens.LOWER
          && t.is(start - 1, WordClass.PARTICLE)
          && t.nameGap(start - 1)
          && !t.sentenceBreakBefore(start - 1)
          && isPlaceWord(t, start - 2, known, excluded)) {
        start -= 2;
      } else {
        break;
      }
    }
    return start;
  }

  /** "Kurdish", "Alawite", "Lebanese": an adjective before "region" or "state", not a name. */
  private static boolean adjectival(String w) {
    return w.endsWith("ish")
        || w.endsWith("ese")
        || w.endsWith("ic")
        || w.endsWith("ian")
        || w.endsWith("ite")
        || w.endsWith("ean");
  }

  private static String name(TextTokens t, int from, int to) {
    return t.name(from, to);
  }

  /** A capitalised word that is not known, not boilerplate and could name a place. */
  private static boolean isPlaceWord(TextTokens t, int i, BitSet known, BitSet excluded) {
    return t.shape[i] == TextTokens.CAPITALISED
        && !known.get(i)
        && !excluded.get(i)
        && t.end[i] - t.start[i] >= 2
        && !t.is(i, WordClass.NOT_PLACE)
        && !t.is(i, WordClass.NOT_NAME)
        && !t.is(i, WordClass.TITLE);
  }

  /**
   * Whether the only capitalised word of the name starts a sentence and is a common word: "Each
   * province", "Every district" (guarded by the word lists already; kept for headings).
   */
  private static boolean startsSentenceOnly(TextTokens t, int from, int to) {
    return to - from == 1 && t.sentenceBreakBefore(from) && t.gapHas(from, TextTokens.NEWLINE);
  }
}
