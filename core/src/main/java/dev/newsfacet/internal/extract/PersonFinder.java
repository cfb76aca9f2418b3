package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds people the dictionary does not know, by how news introduces them: after a title or role
 * ("Prime Minister Nikol Pashinyan", "the ombudsman Geghan Stepanyan", "Maj. Gen. Polad Hashimov"),
 * around a speech verb ("said Richard Giragosian", "Elin Suleymanov said") or before or after an
 * appositive role ("Richard Giragosian, director of ...", "the speaker, Karen Demirchyan").
 * Initials and suffixes belong to the name ("Mark W. Clark", "William K. Harrison Jr."). Photo
 * credits ("Karen Minasyan / AFP", "(Vahan Stepanyan/AP)") are not people of the story and are
 * skipped.
 */
final class PersonFinder {
  private static final WordLists WORDS = WordLists.load("person-finder");

  /** Role words that introduce a name; multi-word titles end in one of these. */
  static final Set<String> TITLES = WORDS.set("titles");

  static final Set<String> SPEECH = WORDS.set("speech");

  /** Capitalised words that start sentences or headings, or name things rather than people. */
  static final Set<String> NOT_NAMES = WORDS.set("not-names");

  /** Lower-case particles inside names: "Mohammed bin Salman", "Abdel Fattah el-Sisi". */
  static final Set<String> PARTICLES = WORDS.set("particles");

  /** Titles that are part of a one-word name: "Lord Carrington", "Baroness Ashton". */
  private static final Set<String> PEERS = words("lord", "lady", "baroness", "baron");

  /**
   * Titles of monarchs and church leaders, who are named by one name: "Patriarch Kirill", "King
   * Hussein", "Emperor Akihito". That name is the person's, not a surname that refers back.
   */
  private static final Set<String> MONONYM_TITLES =
      words(
          "king",
          "queen",
          "emperor",
          "empress",
          "emir",
          "sultan",
          "pope",
          "patriarch",
          "metropolitan",
          "catholicos");

  /**
   * Regnal numbers: "Karekin II", "Mohammed VI", "Charles III", "Harald V" ("I" is left out: the
   * pronoun).
   */
  private static final Set<String> REGNAL =
      words(
          "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
          "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii");

  /** Lower-case words after a hyphen that end a compound, not a name: "Putin-led". */
  private static final Set<String> NOT_SYLLABLES = WORDS.set("not-syllables");

  /** Name suffixes: "William K. Harrison Jr.", "Martin Luther King III". */
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** Words that, after a name and a comma, make an appositive a role ("Nam Il, 52, a general"). */
  private static final Set<String> ROLE_LEAD = Set.of("a", "an", "the", "who", "whose", "his");

  private PersonFinder() {}

  static boolean isSpeechVerb(String w) {
    return SPEECH.contains(w);
  }

  /** A set of words; repeats are harmless. */
  static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /**
   * Finds candidate names as word ranges {@code [from, to)}; single words are bare surnames.
   *
   * @param known words already taken by dictionary matches (parties, places, known persons)
   * @param excluded words of bylines and credits, never part of a name
   */
  static List<int[]> find(TextTokens t, BitSet known, BitSet excluded) {
    List<int[]> out = new ArrayList<>();
    BitSet used = new BitSet();
    // Every pattern below starts at a capitalised word, a title or a speech verb: most words are
    // none of these, and the notable words are all the others may be.
    int[] notable = t.notable();
    for (int q = 0, qn = t.notableCount(); q < qn; q++) {
      int i = notable[q];
      if (!t.capitalised(i) && !t.is(i, WordClass.TITLE | WordClass.SPEECH)) {
        continue;
      }
      if (isTitle(t, i) && i + 1 < t.size) {
        int s = i + 1;
        // A title may take a full stop ("Gen.") or a comma ("the speaker, Karen Demirchyan"). A
        // suffix after it makes it a surname: "Martin Luther King Jr." names no "Jr.".
        if (!t.sentenceBreakBefore(s)
            && !t.gapHas(s, TextTokens.OPEN | TextTokens.QUOTE)
            && !SUFFIXES.contains(t.folded(s))) {
          int end = nameEnd(t, s, known);
          boolean mononym = false;
          if (end == s + 1 && t.capitalised(i)) {
            String title = t.folded(i);
            if (PEERS.contains(title)) {
              s = i; // "Lord Carrington": the title is part of the name
            } else {
              // "in Sultan Kudarat" is a province named after one
              mononym =
                  MONONYM_TITLES.contains(title)
                      && !(i > 0
                          && !t.sentenceBreakBefore(i)
                          && (t.foldedEquals(i - 1, "in")
                              || t.foldedEquals(i - 1, "at")
                              || t.foldedEquals(i - 1, "near")));
            }
          }
          if (mononym) {
            addMononym(t, out, used, excluded, s);
          } else if (end > s) {
            add(t, out, used, excluded, s, end);
            coordinated(t, out, used, known, excluded, end);
          }
        }
      }
      if (i > 0
          && t.gapHas(i, TextTokens.COMMA | TextTokens.SPACE)
          && !t.sentenceBreakBefore(i)
          && isNameWord(t, i, known)
          && (t.gapHas(i, TextTokens.COMMA)
              ? titlePhraseBefore(t, i - 1, known)
              : known.get(i - 1) && linkedTitlePhraseBefore(t, i - 1, known))) {
        // "its ambassador to Ukraine, Mikhail Zurabov", "Russia's ambassador to Ukraine Mikhail
        // Zurabov"
        int end = nameEnd(t, i, known);
        if (end - i >= 2) {
          add(t, out, used, excluded, i, end);
        }
      }
      if (t.is(i, WordClass.TITLE) && t.folded(i).endsWith("s")) {
        listedAfter(t, i + 1, out, used, known, excluded);
      }
      if (i > 1
          && t.shape[i] == TextTokens.CAPITALISED
          && t.foldedEquals(i - 1, "by")
          && !t.sentenceBreakBefore(i)
          && !t.sentenceBreakBefore(i - 1)
          && (LED.contains(t.folded(i - 2))
              || (i > 2 && t.foldedEquals(i - 2, "over") && t.foldedEquals(i - 3, "presided")))) {
        // "fighters led by Shamil Basayev", "a commission chaired by Lakhdar Brahimi": two name
        // words or more, as one word after "led by" is as often a state or a party
        int end = nameEnd(t, i, known);
        if (end - i >= 2) {
          add(t, out, used, excluded, i, end);
        }
      }
      if (t.is(i, WordClass.SPEECH) && i + 1 < t.size && !t.sentenceBreakBefore(i + 1)) {
        int end = nameEnd(t, i + 1, known);
        if (end > i + 1) {
          add(t, out, used, excluded, i + 1, end);
        }
      }
      // The word after the name: after the syllables hyphened to its last word ("Lee Jung-ho")
      int after = t.capitalised(i) ? afterSyllables(t, i + 1) : i + 1;
      if (after < t.size
          && t.is(after, WordClass.SPEECH)
          && t.capitalised(i)
          && !t.sentenceBreakBefore(after)
          && !t.gapHas(after, TextTokens.COMMA | TextTokens.PERIOD | TextTokens.QUOTE)) {
        int start = nameStart(t, i, known);
        if (start <= i) {
          add(t, out, used, excluded, start, after);
        }
      }
      if (t.capitalised(i) && after < t.size && t.gapHas(after, TextTokens.COMMA)) {
        int start = nameStart(t, i, known);
        if (after - start >= 2 && roleFollows(t, after)) {
          add(t, out, used, excluded, start, after);
        }
      }
      if (i > 0
          && t.gapHas(i, TextTokens.COMMA)
          && !t.sentenceBreakBefore(i)
          && isNameWord(t, i, known)) {
        int end = nameEnd(t, i, known);
        if (end - i >= 2
            && (RELATIONS.contains(t.folded(i - 1))
                || (end < t.size
                    && t.gapHas(end, TextTokens.COMMA)
                    && !t.sentenceBreakBefore(end)
                    && speechAfterAppositive(t, end)))) {
          // "whose son, Gibran Rakabuming Raka," and "a spokesman for the coast guard, Jay
          // Tarriela, said": an appositive name between commas.
          add(t, out, used, excluded, i, end);
        }
      }
      if (t.shape[i] == TextTokens.CAPITALISED
          && ofSoon(t, i)
          && !(i > 0 && !t.sentenceBreakBefore(i) && (t.nameGap(i) && t.capitalised(i - 1)))
          && !(i > 0 && !t.sentenceBreakBefore(i) && t.foldedEquals(i - 1, "the"))
          && isNameWord(t, i, known)) {
        // "Jamil Mahuad of Ecuador and Alberto Fujimori of Peru signed": two name words or more
        // and the state or place they come from
        int end = nameEnd(t, i, known);
        if (end - i >= 2
            && end + 1 < t.size
            && t.foldedEquals(end, "of")
            && t.gapHas(end, TextTokens.SPACE)
            && t.gapHas(end + 1, TextTokens.SPACE)
            && ((known.get(end + 1) && t.capitalised(end + 1))
                // "Gibril Ibrahim of the Justice and Equality Movement": a party with "the"
                || (t.foldedEquals(end + 1, "the")
                    && end + 2 < t.size
                    && t.gapHas(end + 2, TextTokens.SPACE)
                    && known.get(end + 2)
                    && t.capitalised(end + 2)
                    && noHead(t, i, end)))) {
          add(t, out, used, excluded, i, end);
        }
      }
      // The set look-up last: most words are not capitalised or not before a name gap.
      if (t.shape[i] == TextTokens.CAPITALISED
          && !known.get(i)
          && i + 1 < t.size
          && t.nameGap(i + 1)
          && t.is(i, WordClass.COMMON_GIVEN_NAME)
          && (isNameWord(t, i + 1, known)
              // "Maria da Costa", "Hans van den Broek"
              || (t.is(i + 1, WordClass.PARTICLE)
                  && t.shape[i + 1] == TextTokens.LOWER
                  && i + 2 < t.size
                  && t.nameGap(i + 2)
                  && (isNameWord(t, i + 2, known)
                      || (t.is(i + 2, WordClass.PARTICLE)
                          && t.shape[i + 2] == TextTokens.LOWER
                          && i + 3 < t.size
                          && t.nameGap(i + 3)
                          && isNameWord(t, i + 3, known)))))
          && !(i > 0 && t.gapHas(i, TextTokens.HYPHEN))
          // "Second Thomas Shoal": inside a longer capitalised name, unless after a title or a
          // word the dictionary knows ("the Briton Aiden Aslin", "the American Evan Gershkovich")
          && !(i > 0
              && t.nameGap(i)
              && !t.sentenceBreakBefore(i)
              && t.capitalised(i - 1)
              && !known.get(i - 1)
              && !isTitle(t, i - 1))) {
        // "beat Argentina and Lionel Messi": a common given name before an unknown capitalised word
        int end = nameEnd(t, i, known);
        if (end - i >= 2
            && !(end < t.size && t.nameGap(end) && t.capitalised(end))
            // "the Francisco de Paula Santander bridge": named after a person, not one
            && !(i > 0 && !t.sentenceBreakBefore(i) && t.foldedEquals(i - 1, "the"))) {
          add(t, out, used, excluded, i, end);
        }
      }
    }
    return out;
  }

  /**
   * Names listed after a known person: "attended by Kofi Annan, Gerry Adams, Bertie Ahern and Gro
   * Harlem Brundtland". Each item of two or more name words is a person too.
   *
   * @param from the word after the known person's name
   */
  static void listedAfterKnown(
      TextTokens t, int from, BitSet known, BitSet excluded, BitSet used, List<int[]> out) {
    int k = from;
    for (int items = 0; items < 8 && k < t.size && !t.sentenceBreakBefore(k); items++) {
      int item;
      if (t.foldedEquals(k, "and") && k + 1 < t.size && !t.sentenceBreakBefore(k + 1)) {
        item = k + 1;
      } else if (t.gapHas(k, TextTokens.COMMA)) {
        item = t.foldedEquals(k, "and") && k + 1 < t.size ? k + 1 : k;
      } else {
        return;
      }
      if (known.get(item)) {
        return; // another known name: its own list, if any, is found from it
      }
      int end = nameEnd(t, item, known);
      if (end - item < 2
          || (end < t.size && t.gapHas(end, TextTokens.SPACE) && t.capitalised(end))) {
        return;
      }
      add(t, out, used, excluded, item, end);
      k = end;
    }
  }

  /** Nouns after which a name between commas is that relation's: "his son, Hunter Biden,". */
  private static final Set<String> RELATIONS = WORDS.set("relations");

  /** Nouns that make an appositive a person's role without being titles before a name. */
  static final Set<String> ROLE_NOUNS = WORDS.set("role-nouns");

  /**
   * A title word ("President", "Gen."), or the last word of a title phrase in capitals ("Secretary
   * of State", "Minister of Foreign Affairs", "Chief of Staff").
   */
  private static boolean isTitle(TextTokens t, int i) {
    if (t.is(i, WordClass.TITLE)) {
      return true;
    }
    if (!t.capitalised(i)) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (t.sentenceBreakBefore(k + 1)) {
        return false;
      }
      // Class bits for "of"/"for" and "the"/"and": no folded form made of the words looked at.
      if (t.is(k, WordClass.TITLE_LINK) && k > 0 && t.is(k - 1, WordClass.TITLE)) {
        return t.capitalised(k - 1);
      }
      if (!(t.capitalised(k) || t.is(k, WordClass.TITLE_JOIN))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A title within the eight words before {@code last}: "its ambassador to Ukraine", "the commander
   * of the Kurdish-led Syrian Democratic Forces", "representative at the United Nations".
   */
  private static boolean titlePhraseBefore(TextTokens t, int last, BitSet known) {
    // One other lower-case word may describe the body: "the smaller Islamic Jihad group",
    // "the neighbouring Belgorod region".
    int free = 1;
    for (int k = last; k >= Math.max(0, last - 8); k--) {
      if (k < last && (t.sentenceBreakBefore(k + 1) || t.gapHas(k + 1, TextTokens.COMMA))) {
        return false;
      }
      String w = t.folded(k);
      if (t.is(k, WordClass.TITLE)) {
        return true;
      }
      boolean link =
          switch (w) {
            case "of", "to", "for", "the", "at", "in", "on", "from", "and", "former" -> true;
            default -> false;
          };
      boolean compound = t.shape[k] == TextTokens.LOWER && t.gapHas(k, TextTokens.HYPHEN);
      if (!(link || compound || known.get(k) || t.capitalised(k) || BODIES.contains(w))) {
        if (k < last && free > 0 && t.shape[k] == TextTokens.LOWER) {
          free--;
          continue;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Bodies a title phrase may name in lower case: "the top commander of the Tigray forces, Tadesse
   * Werede", "the head of the rebel delegation, ...".
   */
  private static final Set<String> BODIES = WORDS.set("bodies");

  /**
   * Names listed after a plural role: "opposition leaders, including Nika Melia and Nika Gvaramia",
   * "ministers such as Ararat Mirzoyan".
   */
  private static void listedAfter(
      TextTokens t, int from, List<int[]> out, BitSet used, BitSet known, BitSet excluded) {
    int k = from;
    while (k < Math.min(t.size - 1, from + 3) && !t.sentenceBreakBefore(k)) {
      String w = t.folded(k);
      int s = -1;
      if (w.equals("including")) {
        s = k + 1;
      } else if (w.equals("such") && t.foldedEquals(k + 1, "as")) {
        s = k + 2;
      }
      if (s > 0) {
        while (s < t.size && !t.sentenceBreakBefore(s)) {
          int end = nameEnd(t, s, known);
          if (end - s >= 2) {
            add(t, out, used, excluded, s, end);
          } else if (!(known.get(s) && t.capitalised(s))) {
            return;
          } else {
            end = s + 1;
            while (end < t.size && known.get(end) && t.gapHas(end, TextTokens.SPACE)) {
              end++;
            }
          }
          if (end >= t.size || t.sentenceBreakBefore(end)) {
            return;
          }
          if (t.foldedEquals(end, "and") || t.foldedEquals(end, "or")) {
            s = end + 1;
          } else if (t.gapHas(end, TextTokens.COMMA)) {
            s = end;
          } else {
            return;
          }
        }
        return;
      }
      k++;
    }
  }

  /** A title phrase with "to", "of" or "for" right before a name: "ambassador to Ukraine". */
  private static boolean linkedTitlePhraseBefore(TextTokens t, int last, BitSet known) {
    for (int k = last; k >= Math.max(1, last - 4); k--) {
      String w = t.folded(k);
      if ((w.equals("to") || w.equals("of") || w.equals("for")) && t.is(k - 1, WordClass.TITLE)) {
        return !t.sentenceBreakBefore(k) && !t.sentenceBreakBefore(k + 1);
      }
      if (!(known.get(k) || t.capitalised(k) || w.equals("the"))
          || t.sentenceBreakBefore(k + 1 <= last ? k + 1 : k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Names joined to the one just found by "and": "separatist leaders Alexander Zakharchenko, from
   * Donetsk, and Igor Plotnitsky".
   */
  private static void coordinated(
      TextTokens t, List<int[]> out, BitSet used, BitSet known, BitSet excluded, int from) {
    for (int k = from; k < Math.min(t.size - 1, from + 6); k++) {
      if (k > from && t.sentenceBreakBefore(k)) {
        return;
      }
      if (t.foldedEquals(k, "and") && !t.sentenceBreakBefore(k + 1)) {
        int end = nameEnd(t, k + 1, known);
        if (end - (k + 1) >= 2) {
          add(t, out, used, excluded, k + 1, end);
        }
        return;
      }
    }
  }

  private static void add(
      TextTokens t, List<int[]> out, BitSet used, BitSet excluded, int from, int to) {
    int taken = used.nextSetBit(from);
    if (taken >= 0 && taken < to) {
      return;
    }
    int ex = excluded.nextSetBit(from);
    if (ex >= 0 && ex < to) {
      return;
    }
    if (isCredit(t, from, to)) {
      return;
    }
    // A name ends in a name word, never in an initial or a particle; a one-letter regnal number
    // after a name word is no initial ("Harald V").
    while (to > from
        && ((isInitial(t, to - 1) && !(to - 1 > from && REGNAL.contains(t.folded(to - 1))))
            || t.is(to - 1, WordClass.PARTICLE))) {
      to--;
    }
    while (from < to && t.is(from, WordClass.PARTICLE) && t.shape[from] == TextTokens.LOWER) {
      from++;
    }
    if (to <= from) {
      return;
    }
    if (to < t.size
        && t.shape[to] == TextTokens.LOWER
        && t.gapHas(to, TextTokens.SPACE)
        && NAMED_AFTER.contains(t.folded(to))) {
      return; // "the queue on Tigran Mets street": a street named after a person
    }
    if (from >= 2
        && !t.sentenceBreakBefore(from)
        && t.shape[from - 1] == TextTokens.LOWER
        && (t.foldedEquals(from - 1, "of") || t.foldedEquals(from - 1, "for"))) {
      // "the village of Nor Getashen": a place; "the Centre for Humanitarian Dialogue": the end
      // of an organisation's name
      if ((t.shape[from - 2] == TextTokens.LOWER && t.is(from - 2, WordClass.PLACE_NOUN))
          || (t.capitalised(from - 2) && ORGANISATION_NOUNS.contains(t.folded(from - 2)))) {
        return;
      }
    }
    used.set(from, to);
    out.add(new int[] {from, to});
  }

  /** Heads of organisations' names before "for" or "of": "the Centre for Humanitarian Dialogue". */
  private static final Set<String> ORGANISATION_NOUNS = WORDS.set("organisation-nouns");

  /** Things named after people, written after the name: "Tigran Mets street". */
  private static final Set<String> NAMED_AFTER =
      words(
          "street",
          "avenue",
          "boulevard",
          "square",
          "road",
          "bridge",
          "airport",
          "stadium",
          "highway",
          "prospekt",
          "embankment",
          "lane");

  /** Marks a name candidate as a whole one-word name ({@link #MONONYM_TITLES}), at index 2. */
  static final int MONONYM = 1;

  /** A one-word name after a monarch's or church leader's title: a whole name, not a surname. */
  private static void addMononym(
      TextTokens t, List<int[]> out, BitSet used, BitSet excluded, int at) {
    if (used.get(at) || excluded.get(at) || isCredit(t, at, at + 1)) {
      return;
    }
    used.set(at);
    out.add(new int[] {at, at + 1, MONONYM});
  }

  /** The end of a name of up to five words starting at {@code i}, or {@code i} if none. */
  private static int nameEnd(TextTokens t, int i, BitSet known) {
    int j = i;
    int nameWords = 0;
    // The word after a particle hyphened to it is part of the name even if it is known
    // ("al-Sabah").
    boolean hyphened = false;
    // Six name words at most; particles and initials between them do not count ("Saad
    // al-Abdullah al-Salim al-Sabah" is four name words in seven).
    while (j < t.size && nameWords < 6 && j - i < 10) {
      if (j > i && !joins(t, j)) {
        break;
      }
      // A particle before a known word ("de Paris") ends the name, unless it is joined to it by a
      // hyphen, as Arabic names join theirs: "Jaber al-Ahmad al-Sabah" (Sabah is also a state).
      boolean particle =
          t.is(j, WordClass.PARTICLE)
              && j > i
              && j + 1 < t.size
              && ((t.capitalised(j + 1)
                      && (!known.get(j + 1) || throughKnown(t, j, nameWords))
                      && joins(t, j + 1))
                  // "Hans van den Broek", "Juan de la Cruz": two particles before the name
                  || (t.shape[j + 1] == TextTokens.LOWER
                      && t.is(j + 1, WordClass.PARTICLE)
                      && joins(t, j + 1)
                      && j + 2 < t.size
                      && t.capitalised(j + 2)
                      && !known.get(j + 2)
                      && joins(t, j + 2)));
      // "F. W. de Klerk": an initial before a particle and the name it leads to
      boolean initial =
          isInitial(t, j)
              && j + 1 < t.size
              && joins(t, j + 1)
              && (t.capitalised(j + 1)
                  || (t.is(j + 1, WordClass.PARTICLE)
                      && j + 2 < t.size
                      && t.nameGap(j + 2)
                      && t.capitalised(j + 2)));
      boolean regnal =
          j > i
              && nameWords >= 1
              // "V" and "X" are one letter: capitalised, not all capitals
              && (t.shape[j] == TextTokens.ALL_CAPS || isInitial(t, j))
              && REGNAL.contains(t.folded(j));
      boolean suffix = regnal || (j > i && nameWords >= 2 && SUFFIXES.contains(t.folded(j)));
      if (j > i
          && nameWords >= 1
          && t.shape[j] == TextTokens.LOWER
          && ((t.gapHas(j, TextTokens.HYPHEN)
                  && t.end[j] - t.start[j] <= 5
                  && !NOT_SYLLABLES.contains(t.folded(j)))
              || apostropheSyllable(t, j))) {
        j++; // "Ma Ying-jeou", "Lee Jae-myung", "Ra'ad"
        continue;
      }
      if (particle || initial) {
        hyphened = particle && throughKnown(t, j, nameWords);
        j++;
        continue;
      }
      if (suffix) {
        j++;
        // "Carl XVI Gustaf", "Gustaf VI Adolf": one more name word after the number, when it ends
        // the name ("Mohammed VI Polytechnic University" is an institution).
        if (regnal
            && j < t.size
            && joins(t, j)
            && isNameWord(t, j, known)
            && !(j + 1 < t.size && joins(t, j + 1) && t.capitalised(j + 1))) {
          j++;
        }
        break;
      }
      if (!(hyphened && t.shape[j] == TextTokens.CAPITALISED) && !isNameWord(t, j, known)) {
        break;
      }
      hyphened = false;
      nameWords++;
      j++;
    }
    return nameWords == 0 ? i : j;
  }

  /**
   * Whether the name goes on through particle {@code j} to the next word even if a dictionary knows
   * it: when a hyphen joins them, as Arabic names join theirs ("Jaber al-Ahmad al-Sabah", Sabah
   * also a state), or after "del" behind a name word ("Juan del Rosario", Rosario also a city).
   */
  private static boolean throughKnown(TextTokens t, int j, int nameWords) {
    return t.gapHas(j + 1, TextTokens.HYPHEN) || (nameWords >= 1 && t.foldedEquals(j, "del"));
  }

  /**
   * A short lower-case syllable after an apostrophe that continues a short capitalised one: the
   * "ad" of "Ra'ad", the "ud" of "Sa'ud", where the tokeniser splits the word.
   */
  private static boolean apostropheSyllable(TextTokens t, int j) {
    if (j == 0
        || t.shape[j] != TextTokens.LOWER
        || t.end[j] - t.start[j] > 5
        || t.shape[j - 1] != TextTokens.CAPITALISED
        || t.end[j - 1] - t.start[j - 1] > 3
        || t.start[j] - t.end[j - 1] != 1) {
      return false;
    }
    return TextTokens.isApostrophe(t.cs[t.end[j - 1]]);
  }

  /** Whether word {@code j} continues the name that word {@code j - 1} belongs to. */
  private static boolean joins(TextTokens t, int j) {
    if (t.nameGap(j)) {
      return true;
    }
    // "O'Leary", "D'Alema", "d'Escoto": an apostrophe after an initial or the particle "d";
    // "Yar'Adua": after a short capitalised syllable
    if (t.start[j] - t.end[j - 1] == 1
        && TextTokens.isApostrophe(t.cs[t.end[j - 1]])
        && t.capitalised(j)
        && (isInitial(t, j - 1)
            || t.foldedEquals(j - 1, "d")
            || (t.shape[j - 1] == TextTokens.CAPITALISED && t.end[j - 1] - t.start[j - 1] <= 4))) {
      return true;
    }
    if (apostropheSyllable(t, j)) {
      return true; // "Zeid Ra'ad al-Hussein"
    }
    // "Mark W. Clark", "Harrison Jr.": a full stop after an initial or before a suffix.
    int g = t.gap[j];
    return (g & ~(TextTokens.PERIOD | TextTokens.SPACE)) == 0
        && (g & TextTokens.PERIOD) != 0
        && oneFullStop(t.gapBefore(j))
        && isInitial(t, j - 1);
  }

  /**
   * Whether a gap of full stops and spaces holds one full stop: "F.\u00A0W." too, where {@code
   * strip()} would keep the non-breaking space.
   */
  private static boolean oneFullStop(String gap) {
    return gap.indexOf('.') >= 0 && gap.indexOf('.') == gap.lastIndexOf('.');
  }

  /**
   * The first word from {@code k} that is not a short lower-case syllable hyphened to the word
   * before it: past the "ho" of "Lee Jung-ho", as {@link #nameEnd} reads it.
   */
  private static int afterSyllables(TextTokens t, int k) {
    while (k < t.size
        && t.gapHas(k, TextTokens.HYPHEN)
        && t.shape[k] == TextTokens.LOWER
        && t.end[k] - t.start[k] <= 5
        && !NOT_SYLLABLES.contains(t.folded(k))) {
      k++;
    }
    return k;
  }

  /** The start of a name of up to four words ending at {@code last}, or {@code last + 1}. */
  private static int nameStart(TextTokens t, int last, BitSet known) {
    if (!isNameWord(t, last, known)) {
      return last + 1;
    }
    int s = last;
    while (s > 0 && last - s < 4) {
      int p = s - 1;
      if (!joins(t, s)) {
        break;
      }
      if (isNameWord(t, p, known) || isInitial(t, p)) {
        s = p;
      } else if (t.is(p, WordClass.PARTICLE) && p > 0 && joins(t, p)) {
        s = p;
      } else {
        break;
      }
    }
    while (s < last && ((t.is(s, WordClass.PARTICLE) && !kunya(t, s)) || isInitial(t, s))) {
      s++;
    }
    return s;
  }

  /** "Abu Hamza al-Saleh": a capitalised "Abu" starts the name it is part of. */
  private static boolean kunya(TextTokens t, int i) {
    return t.shape[i] == TextTokens.CAPITALISED && t.foldedEquals(i, "abu");
  }

  private static boolean isInitial(TextTokens t, int i) {
    return t.end[i] - t.start[i] == 1 && t.shape[i] == TextTokens.CAPITALISED;
  }

  static boolean isNameWord(TextTokens t, int i, BitSet known) {
    return t.shape[i] == TextTokens.CAPITALISED
        && !known.get(i)
        && (!t.is(i, WordClass.NOT_NAME | WordClass.TITLE)
            || givenNameJan(t, i)
            || chineseHe(t, i)
            || surnameAfterGivenName(t, i)
            || partOfHyphenatedGivenName(t, i))
        && t.end[i] - t.start[i] >= 2;
  }

  /**
   * "Liu He": "He" written with a capital inside a sentence, right after another name word, is a
   * Chinese given name, not the pronoun.
   */
  private static boolean chineseHe(TextTokens t, int i) {
    return i > 0
        && !t.sentenceBreakBefore(i)
        && t.nameGap(i)
        && t.shape[i - 1] == TextTokens.CAPITALISED
        && t.foldedEquals(i, "he");
  }

  /** Words that are also surnames: "Anthony Lake", "Frank Church", "Julie Bishop", "Tom King". */
  private static final Set<String> SURNAME_WORDS =
      words("lake", "church", "hall", "bishop", "king", "duke");

  /**
   * "Anthony Lake", "Julie Bishop": a word that is otherwise no name (or a title) is a surname
   * right after a common given name, at the end of the name or before a suffix.
   */
  private static boolean surnameAfterGivenName(TextTokens t, int i) {
    return i > 0
        && t.is(i - 1, WordClass.COMMON_GIVEN_NAME)
        && t.shape[i - 1] == TextTokens.CAPITALISED
        && t.nameGap(i)
        && SURNAME_WORDS.contains(t.folded(i))
        && !(i + 1 < t.size
            && t.nameGap(i + 1)
            && t.capitalised(i + 1)
            && !SUFFIXES.contains(t.folded(i + 1))); // "Martin Luther King Jr."
  }

  /**
   * "Kim Soon-ja": a word that is otherwise no name ("soon") joined by a hyphen to a short
   * lower-case syllable is part of a given name (not "Soon-to-be").
   */
  private static boolean partOfHyphenatedGivenName(TextTokens t, int i) {
    return i + 1 < t.size
        && !t.is(i, WordClass.TITLE)
        && t.gapHas(i + 1, TextTokens.HYPHEN)
        && t.shape[i + 1] == TextTokens.LOWER
        && t.end[i + 1] - t.start[i + 1] <= 4
        && !t.foldedEquals(i + 1, "to")
        && !t.foldedEquals(i + 1, "be");
  }

  /**
   * "Jan Egeland", "Jan Kubis": the month's abbreviation is a given name before a capitalised word
   * ("Jan 2", "Jan. 2" are dates).
   */
  private static boolean givenNameJan(TextTokens t, int i) {
    return i + 1 < t.size
        && t.shape[i + 1] == TextTokens.CAPITALISED
        && t.nameGap(i + 1)
        && t.foldedEquals(i, "jan");
  }

  /**
   * A role within seven words after "Name,": "a senior analyst", "the head of ...", "34, a
   * teacher", "national security adviser to ...".
   */
  private static boolean roleFollows(TextTokens t, int i) {
    int k = i;
    boolean aged = false;
    if (k < t.size && t.shape[k] == TextTokens.NUMBER) {
      aged = k + 1 < t.size && t.gapHas(k + 1, TextTokens.COMMA);
      if (aged && isAge(t.folded(k))) {
        return true; // "Claudette Brisebois, 71, wrapped her scarf": an age between commas
      }
      k++; // an age: "Chad Henderson, 34, a teacher"
    }
    if (k < t.size
        && (t.foldedEquals(k, "who") || t.foldedEquals(k, "whose") || t.foldedEquals(k, "whom"))
        && (k == i || aged)) {
      return true; // "Samvel Karapetyan, who owns ...": only people are "who"
    }
    boolean possessor = false;
    if (k + 1 < t.size && t.capitalised(k) && t.gapHas(k + 1, TextTokens.POSSESSIVE)) {
      // "Massad Boulos, Trump's senior adviser for Africa"
      k++;
      possessor = true;
    }
    if (k >= t.size
        || !(ROLE_LEAD.contains(t.folded(k))
            || t.is(k, WordClass.TITLE)
            || t.shape[k] == TextTokens.LOWER)) {
      return false;
    }
    if (k + 1 < t.size
        && ROLE_LEAD.contains(t.folded(k))
        && t.foldedEquals(k + 1, "former")
        && !t.gapHas(k + 1, TextTokens.COMMA)
        && k + 2 < t.size
        && t.shape[k + 2] == TextTokens.LOWER) {
      return true; // "Tegla Loroupe, the former marathon world record holder"
    }
    int limit = ROLE_LEAD.contains(t.folded(k)) || possessor ? 8 : 4;
    for (int m = k; m < Math.min(t.size, k + limit); m++) {
      // the comma after an age ("Roman Protasevich, 26, a former editor") is not the end
      if (m > k && (t.sentenceBreakBefore(m) || t.gapHas(m, TextTokens.COMMA))) {
        return false;
      }
      if (t.is(m, WordClass.TITLE) || ROLE_NOUNS.contains(t.folded(m))) {
        return true;
      }
      if (m > k && t.shape[m] == TextTokens.LOWER && (t.foldedEquals(m, "who"))) {
        return true; // "Jonah Lomu, the 20-year-old wing who ...": only people are "who"
      }
    }
    return false;
  }

  /** Whether no word of {@code [from, to)} heads an organisation's name: "Central Bank". */
  private static boolean noHead(TextTokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, WordClass.ORG_HEAD)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether "of" or "for" (a class bit, no string compared) is among words {@code i + 2} to {@code
   * i + 4}: most capitalised words are not a name before "of", and this spares them the name walk.
   */
  private static boolean ofSoon(TextTokens t, int i) {
    for (int k = i + 2; k < Math.min(t.size, i + 5); k++) {
      if (t.is(k, WordClass.TITLE_LINK)) {
        return true;
      }
    }
    return false;
  }

  /** Words that may stand between an appositive name and its speech verb: "had earlier said". */
  private static final Set<String> BEFORE_SPEECH =
      words("had", "has", "have", "earlier", "later", "also", "then", "previously", "once");

  /** A speech verb at word {@code k}, or after up to two auxiliaries ("had earlier said"). */
  private static boolean speechAfterAppositive(TextTokens t, int k) {
    for (int m = k; m < Math.min(t.size, k + 3); m++) {
      if (m > k && (t.sentenceBreakBefore(m) || !t.gapHas(m, TextTokens.SPACE))) {
        return false;
      }
      String w = t.folded(m);
      if (isSpeechVerb(w)) {
        return true;
      }
      if (!BEFORE_SPEECH.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** A number of one to three digits up to 110: an age, where a year or a count is larger. */
  private static boolean isAge(String digits) {
    if (digits.isEmpty() || digits.length() > 3) {
      return false;
    }
    int n = 0;
    for (int k = 0; k < digits.length(); k++) {
      char c = digits.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
      n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= 110;
  }

  /** Verbs before "by" that make the name after it a person: "fighters led by Shamil Basayev". */
  private static final Set<String> LED = words("led", "headed", "commanded", "chaired", "founded");

  /** A photo credit: "Name / AFP", "(Name/AP)", "Photo: Name". */
  private static boolean isCredit(TextTokens t, int from, int to) {
    if (to < t.size && t.gapHas(to, TextTokens.SLASH)) {
      return true;
    }
    if (t.gapHas(from, TextTokens.SLASH)) {
      return true;
    }
    return to == t.size && t.gapAfter(to - 1).strip().startsWith("/");
  }
}
