package dev.newsfacet.internal.extract;

import java.util.Set;

/**
 * Word contexts that decide what a name stands for: whether a capital ("Moscow", "Baku") is used
 * for its government ("Moscow said", "backed by Baku", "the government in Yerevan") or as a place
 * ("talks in Moscow"), and whether a demonym names a state ("Armenian troops") or only an ethnicity
 * ("ethnic Armenians", "Armenian families"). Stateless.
 */
final class Contexts {
  private static final WordLists WORDS = WordLists.load("contexts");

  /**
   * The {@link #ACTOR_VERBS} that say nothing of who acts by themselves: "Baku, which is the
   * capital".
   */
  private static final Set<String> AUXILIARIES =
      words(
          "is",
          "was",
          "are",
          "were",
          "has",
          "had",
          "have",
          "will",
          "would",
          "could",
          "should",
          "must",
          "may",
          "might",
          "can",
          "cannot",
          "did",
          "does",
          "appears",
          "appeared",
          "seemed",
          "seems",
          "remains",
          "remained");

  /**
   * Headline verbs of one state's criticism of another, whose subject and object both act: "Beijing
   * slams Washington over Taiwan visit", "Moscow rebuffs Kyiv".
   */
  private static final Set<String> CRITICISM_VERBS =
      words(
          "slams",
          "slammed",
          "blasts",
          "blasted",
          "rebukes",
          "rebuked",
          "rebuffs",
          "rebuffed",
          "snubs",
          "snubbed");

  /** Verbs and auxiliaries after a capital that make it the subject: "Moscow said". */
  static final Set<String> ACTOR_VERBS =
      PlaceFinder.union(CRITICISM_VERBS, withAuxiliaries(WORDS.set("actor-verbs")));

  /** Copulas after which a capital is described, not acting: "Baku is a city of two million". */
  private static final Set<String> DESCRIBED = WORDS.set("described");

  /** Verbs whose object a capital is the government it stands for: "accused Moscow of". */
  private static final Set<String> OBJECT_VERBS =
      PlaceFinder.union(CRITICISM_VERBS, WORDS.set("object-verbs"));

  /** Nouns before "from" that make the capital the source: "assurances from Washington". */
  private static final Set<String> FROM_NOUNS = WORDS.set("from-nouns");

  /** Nouns before "to" that make the capital the addressee: "an appeal to Moscow". */
  private static final Set<String> TO_NOUNS = WORDS.set("to-nouns");

  /** Nouns before "for" that make the capital the party concerned: "a victory for Moscow". */
  private static final Set<String> FOR_NOUNS = WORDS.set("for-nouns");

  /** Nouns before "with" that make the capital a counterpart: "talks with Moscow". */
  private static final Set<String> WITH_NOUNS = WORDS.set("with-nouns");

  /** Nouns for a government in a capital: "officials in Moscow", "the government in Yerevan". */
  private static final Set<String> GOVERNMENT_NOUNS = WORDS.set("government-nouns");

  /**
   * Nouns for a government seated in a capital: "officials in Moscow", "the leadership in Baku".
   */
  private static final Set<String> GOVERNMENT_IN =
      words(
          "leaders",
          "officials",
          "government",
          "authorities",
          "leadership",
          "regime",
          "administration",
          "rulers",
          "junta",
          "policymakers",
          "policy-makers",
          "establishment",
          "ministry",
          "ministries");

  /**
   * Words before "leaders" or "officials" in a city that make them someone else than its
   * government: "opposition leaders in Vienna", "world leaders in Paris".
   */
  private static final Set<String> OTHER_LEADERS =
      words(
          "opposition",
          "exiled",
          "exile",
          "rebel",
          "business",
          "community",
          "religious",
          "church",
          "student",
          "union",
          "party",
          "protest",
          "world",
          "western",
          "european",
          "african",
          "arab",
          "foreign",
          "visiting");

  /** Nouns before "between" for a route linking the cities themselves. */
  private static final Set<String> ROUTE_NOUNS =
      words(
          "flights",
          "flight",
          "road",
          "roads",
          "highway",
          "trains",
          "train",
          "buses",
          "traffic",
          "route",
          "routes",
          "railway",
          "rail",
          "link",
          "links",
          "journey",
          "drive",
          "distance",
          "border",
          "pipeline",
          "corridor");

  /** Nouns before "against" for an attack on the city itself: "an offensive against Tskhinvali". */
  private static final Set<String> ASSAULT_NOUNS =
      words(
          "offensive",
          "assault",
          "attack",
          "attacks",
          "advance",
          "march",
          "push",
          "drive",
          "strike",
          "strikes",
          "raid",
          "raids",
          "bombardment",
          "shelling",
          "siege",
          "operation");

  /** Past participles irregular enough to list: "led by Moscow", "held by Baku". */
  private static final Set<String> PARTICIPLES =
      words("led", "held", "sent", "made", "taken", "given", "run", "built", "paid", "set");

  /** Words after "Capital-" that make a compound an act of its government: "Moscow-brokered". */
  private static final Set<String> ACTOR_COMPOUNDS = WORDS.set("actor-compounds");

  /** Nouns after a possessive capital that are parts of the city: "Moscow's streets". */
  private static final Set<String> CITY_PARTS = WORDS.set("city-parts");

  /**
   * Nouns after a demonym that make it something other than the state: an ethnicity ("Armenian
   * families"), a state's people under arms for another ("Syrian fighters"), its companies and
   * media, its buildings ("an Ottoman palace").
   */
  private static final Set<String> NOT_THE_STATE = WORDS.set("not-the-state");

  /** What after a historical state's adjective makes it the state: {@link #adjectiveAsState}. */
  private static final Set<String> STATE_ACTS = WORDS.set("state-acts");

  /**
   * What after a state's demonym makes it the state where its people live as a community in another
   * one: {@link #kinStateWord}.
   */
  private static final Set<String> KIN_STATE_WORDS = WORDS.set("kin-state-words");

  /** Words after "Demonym-" that make a compound about people: "Russian-speaking". */
  private static final Set<String> ETHNIC_COMPOUNDS = WORDS.set("ethnic-compounds");

  private Contexts() {}

  /** A set of words; repeats are harmless. */
  static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  private static Set<String> withAuxiliaries(Set<String> verbs) {
    Set<String> all = new java.util.HashSet<>(verbs);
    all.addAll(AUXILIARIES);
    return Set.copyOf(all);
  }

  /**
   * Whether the capital at words {@code [from, to)} stands for its government. Coordinated capitals
   * share their context: "co-chaired by Washington and Moscow", "Baku and Yerevan said".
   *
   * @param phraseFrom the first word of the coordination the capital belongs to
   * @param phraseTo the end of that coordination
   */
  static boolean actor(TextTokens t, int from, int to, int phraseFrom, int phraseTo) {
    // "Moscow-brokered", "Tehran-backed"
    if (to < t.size && t.gapHas(to, TextTokens.HYPHEN)) {
      return ACTOR_COMPOUNDS.contains(t.folded(to));
    }
    // "Moscow's refusal" but "Moscow's streets"
    if (to < t.size && t.gapHas(to, TextTokens.POSSESSIVE)) {
      if (t.sentenceBreakBefore(to) || t.gapHas(to, TextTokens.COMMA | TextTokens.COLON)) {
        return true;
      }
      return !CITY_PARTS.contains(t.folded(to));
    }
    // "the International Court of Justice in The Hague ordered": a place where someone else acts
    boolean located =
        phraseFrom > 0
            && !t.sentenceBreakBefore(phraseFrom)
            && LOCATIVES.contains(t.folded(phraseFrom - 1));
    if (!located && after(t, phraseTo)) {
      return true;
    }
    return before(t, phraseFrom, phraseTo);
  }

  /** Prepositions that make what follows a location. */
  private static final Set<String> LOCATIVES =
      words(
          "in", "at", "near", "outside", "inside", "within", "around", "to", "into", "via",
          "from"); // "flights from Nairobi and Entebbe are bringing"

  private static boolean after(TextTokens t, int to) {
    if (to >= t.size || t.sentenceBreakBefore(to)) {
      return false;
    }
    int k = to;
    if (t.gapHas(k, TextTokens.COMMA)) {
      // "Moscow, which has long seen itself as the broker, said": skip a relative clause.
      String w = t.folded(k);
      if (!(w.equals("which") || w.equals("who") || w.equals("whose"))) {
        return false;
      }
      if (k + 1 < t.size
          && !w.equals("whose")
          && t.nameGap(k + 1)
          && t.is(k + 1, WordClass.ACTOR_VERB)
          && !AUXILIARIES.contains(t.folded(k + 1))) {
        return true; // "held up by Ankara, which demanded action"
      }
      int m = k + 1;
      while (m < t.size && m - k < 30 && !t.sentenceBreakBefore(m)) {
        if (t.gapHas(m, TextTokens.COMMA)) {
          return m < t.size && t.is(m, WordClass.ACTOR_VERB) && !described(t, m);
        }
        m++;
      }
      return false;
    }
    if (t.gapHas(k, TextTokens.QUOTE | TextTokens.OPEN | TextTokens.COLON | TextTokens.DASH)) {
      return false;
    }
    String w = t.folded(k);
    if (ACTOR_VERBS.contains(w)) {
      return !described(t, k);
    }
    // "the Kyiv government", "Belgrade authorities"
    return GOVERNMENT_NOUNS.contains(w) && !w.equals("center") && !w.equals("centre");
  }

  /** "Baku is a city", "Kyiv was shelled": a copula describing the city. */
  private static boolean described(TextTokens t, int k) {
    String w = t.folded(k);
    boolean copula = w.equals("is") || w.equals("was") || w.equals("are") || w.equals("were");
    boolean hasBeen = (w.equals("has") || w.equals("had")) && k + 1 < t.size;
    if (hasBeen && t.foldedEquals(k + 1, "been")) {
      return k + 2 < t.size && DESCRIBED.contains(t.folded(k + 2));
    }
    return copula && k + 1 < t.size && DESCRIBED.contains(t.folded(k + 1));
  }

  private static boolean before(TextTokens t, int from, int to) {
    if (from == 0 || t.sentenceBreakBefore(from)) {
      return false;
    }
    int p = from - 1;
    // "official Belgrade", "pro-Western Tbilisi": skip one adjective; "with either Moscow or
    // Kyiv": one conjunction
    if ((t.foldedEquals(p, "official") || t.foldedEquals(p, "either") || t.foldedEquals(p, "both"))
        && p > 0
        && !t.sentenceBreakBefore(p)) {
      p--;
    }
    String w = t.folded(p);
    if (t.gapHas(p + 1, TextTokens.COMMA | TextTokens.QUOTE | TextTokens.OPEN)) {
      return false;
    }
    if (OBJECT_VERBS.contains(w)) {
      return true;
    }
    if (p == 0 || t.sentenceBreakBefore(p)) {
      return w.equals("between");
    }
    String before = t.folded(p - 1);
    return switch (w) {
      // "relations between Moscow and Kyiv", but "flights between Tripoli and Benghazi"
      case "between" -> !ROUTE_NOUNS.contains(before);
      case "versus" -> true;
      // "sanctions against Moscow", but "an offensive against Tskhinvali" attacks the city
      case "against" -> !ASSAULT_NOUNS.contains(before);
      case "by" -> before.endsWith("ed") || PARTICIPLES.contains(before);
      case "on" ->
          before.equals("called")
              || before.equals("calls")
              || before.equals("calling")
              || before.equals("pressure")
              || before.equals("sanctions")
              || before.equals("demands")
              || before.equals("relied")
              || before.equals("rely")
              || before.equals("relies")
              || before.equals("depends")
              || before.equals("dependent")
              || before.equals("dependence")
              || before.equals("reliance")
              || before.equals("leverage")
              || before.equals("influence")
              || before.equals("war")
              || before.equals("attack")
              || before.equals("attacks");
      case "from" -> FROM_NOUNS.contains(before);
      case "to" -> TO_NOUNS.contains(before);
      case "for" -> FOR_NOUNS.contains(before);
      case "with" -> WITH_NOUNS.contains(before);
      // "Leaders in Washington have not commented", but "met the leaders in Brussels"
      case "in" ->
          GOVERNMENT_IN.contains(before)
              && !(p > 1
                  && !t.sentenceBreakBefore(p - 1)
                  && OTHER_LEADERS.contains(t.folded(p - 2)))
              && (!before.equals("leaders")
                  || p == 1
                  || t.sentenceBreakBefore(p - 1)
                  || (to < t.size
                      && !t.sentenceBreakBefore(to)
                      && t.is(to, WordClass.ACTOR_VERB)
                      && !described(t, to)));
      case "of" ->
          before.equals("government")
              || before.equals("position")
              || before.equals("policy")
              || before.equals("stance")
              || before.equals("ally")
              || before.equals("allies")
              || before.equals("role")
              || before.equals("intentions")
              || before.equals("demands")
              || before.equals("influence")
              || before.equals("backing")
              || before.equals("support")
              || before.equals("approval")
              || before.equals("consent")
              || before.equals("hand")
              || before.equals("critics")
              || before.equals("critic")
              || before.equals("proxy")
              || before.equals("proxies");
      default -> false;
    };
  }

  /**
   * Whether the demonym at words {@code [from, to)} names only an ethnicity or a language, not the
   * state: "ethnic Armenians", "Armenian families", "Russian-speaking", "anti-Armenian".
   *
   * @param adjective whether the demonym is an adjective ("Russian", not "Macedonia"), which may
   *     name a language ("in Russian.")
   */
  static boolean ethnic(TextTokens t, int from, int to, boolean adjective) {
    if (from > 0 && !t.sentenceBreakBefore(from)) {
      String prev = t.folded(from - 1);
      if (prev.equals("ethnic") || prev.equals("ethnically")) {
        return true;
      }
      if (t.gapHas(from, TextTokens.HYPHEN)
          && (prev.equals("anti") || prev.equals("non") || prev.equals("half"))) {
        return true;
      }
    }
    if (adjective && (language(t, from, to) || aPerson(t, from, to))) {
      return true;
    }
    if (to >= t.size || t.sentenceBreakBefore(to)) {
      return false;
    }
    if (t.gapHas(to, TextTokens.HYPHEN)) {
      // "Russian-Armenian billionaire": two origins of a person
      if (t.shape[to] == TextTokens.CAPITALISED
          && to + 1 < t.size
          && t.shape[to + 1] == TextTokens.LOWER
          && NOT_THE_STATE.contains(t.folded(to + 1))) {
        return true;
      }
      return ETHNIC_COMPOUNDS.contains(t.folded(to));
    }
    if (adjective && t.gap[to] == TextTokens.COMMA && sharedNounOfList(t, to)) {
      return true; // "of French, Italian and Spanish descent"
    }
    if (!t.gapHas(to, TextTokens.SPACE)) {
      return false;
    }
    if (t.shape[to] == TextTokens.CAPITALISED) {
      String next = t.folded(to);
      if (GEOGRAPHIC_HEADS.contains(next)) {
        return true; // "the southern Indian Ocean", "the Korean Peninsula"
      }
      if (next.equals("red")
          && to + 1 < t.size
          && (t.foldedEquals(to + 1, "cross") || t.foldedEquals(to + 1, "crescent"))) {
        return true; // "the Norwegian Red Cross": a national society, not the state
      }
    }
    if (to + 2 < t.size
        && (t.foldedEquals(to, "and") || t.foldedEquals(to, "or"))
        && t.capitalised(to + 1)
        && t.gapHas(to + 2, TextTokens.SPACE)
        && t.shape[to + 2] == TextTokens.LOWER
        && NOT_THE_STATE.contains(t.folded(to + 2))) {
      return true; // "French and Italian companies": both share the noun
    }
    // "Armenian families", but not "the Chinese People's Volunteers" (a name in capitals)
    return t.shape[to] == TextTokens.LOWER && NOT_THE_STATE.contains(t.folded(to));
  }

  /**
   * Whether the capitalised words from {@code k} on, separated by commas and ended by "and" or "or"
   * and one more, are a list of adjectives sharing a noun that makes none of them the state: "of
   * French, Italian and Spanish descent".
   */
  private static boolean sharedNounOfList(TextTokens t, int k) {
    int end = Math.min(t.size, k + 8);
    while (k < end && t.capitalised(k) && t.gap[k] == TextTokens.COMMA) {
      k++;
    }
    if (k + 2 >= t.size
        || t.sentenceBreakBefore(k)
        || !(t.foldedEquals(k, "and") || t.foldedEquals(k, "or"))
        || !t.capitalised(k + 1)) {
      return false;
    }
    int noun = k + 2;
    return !t.sentenceBreakBefore(noun)
        && t.gap[noun] == TextTokens.SPACE
        && t.shape[noun] == TextTokens.LOWER
        && NOT_THE_STATE.contains(t.folded(noun));
  }

  /**
   * Whether a state's name used before the word at {@code next} describes something else: "US
   * dollars", "UK nationals", "the Brazil coach", "Qatar-based", "New Zealand-born". The nouns are
   * the ones that make a demonym something other than the state ({@link #ethnic}).
   */
  static boolean stateNameAsAttribute(TextTokens t, int next) {
    if (next >= t.size || t.sentenceBreakBefore(next)) {
      return false;
    }
    if (t.gapHas(next, TextTokens.HYPHEN)) {
      return NAME_COMPOUNDS.contains(t.folded(next));
    }
    // Not after a possessive: "Germany's players" are the state's team, as the gold sets read it
    if (!(t.gapHas(next, TextTokens.SPACE)
        && !t.gapHas(next, PUNCTUATION | TextTokens.POSSESSIVE)
        && t.shape[next] == TextTokens.LOWER)) {
      return false;
    }
    String w = t.folded(next);
    return NOT_THE_STATE.contains(w) && !VERB_FORMS.contains(w);
  }

  /**
   * Words of {@link #NOT_THE_STATE} that after a state's name are its verb: "Israel killed two
   * commanders", "Turkey houses the refugees", "Iran names a new envoy", "Israel pounds Gaza" (a
   * currency follows a demonym: "Egyptian pounds").
   */
  private static final Set<String> VERB_FORMS =
      words(
          "killed", "wounded", "lives", "fans", "names", "houses", "banks", "homes", "shops",
          "dance", "pounds");

  /** A gap that ends a phrase: punctuation or a paragraph break. */
  private static final int PUNCTUATION = TextTokens.PUNCTUATION | TextTokens.PARAGRAPH;

  /**
   * Words after "Name-" that make a compound about where something is or comes from, not the state:
   * "Qatar-based", "China-made". ("Iran-backed" is the state acting.)
   */
  private static final Set<String> NAME_COMPOUNDS =
      words(
          "based",
          "born",
          "made",
          "built",
          "flagged",
          "registered",
          "headquartered",
          "style",
          "themed",
          "era");

  /**
   * Whether the demonym at {@code [from, to)} names a language: "spoke fluent Russian", "printed in
   * Russian and Armenian." A demonym that ends its clause after "in", "into" or "from" has no noun
   * to describe, so it is the language ("in Russian hands" is not).
   */
  private static boolean language(TextTokens t, int from, int to) {
    // Most demonyms describe the noun after them ("Russian forces"): no language, and no walk.
    if (to < t.size
        && t.shape[to] == TextTokens.LOWER
        && !t.gapHas(to, PUNCTUATION)
        && !t.sentenceBreakBefore(to)
        && !isAndOr(t, to)
        && !LINKS.contains(t.folded(to))
        && !PREPOSITIONS.contains(t.folded(to))) {
      return false;
    }
    // Walk back over a coordination of capitalised words: "in Russian, Armenian and Azeri"
    int head = from;
    while (head > 1 && !t.sentenceBreakBefore(head)) {
      if (t.gapHas(head, TextTokens.COMMA) && t.capitalised(head - 1)) {
        head -= 1;
      } else if (isAndOr(t, head - 1)
          && !t.gapHas(head, PUNCTUATION)
          && !t.sentenceBreakBefore(head - 1)
          && t.capitalised(head - 2)) {
        head -= 2;
      } else {
        break;
      }
    }
    if (head == 0 || t.sentenceBreakBefore(head) || t.gapHas(head, PUNCTUATION)) {
      return false;
    }
    String prev = t.folded(head - 1);
    boolean afterHyphen = t.gapHas(head - 1, TextTokens.HYPHEN); // "Russian-speaking Armenians"
    boolean spoken = SPEAKING.contains(prev) && !afterHyphen;
    boolean located = prev.equals("in") || prev.equals("into") || prev.equals("from");
    if (!spoken && !located) {
      return false;
    }
    if (located
        && head > 1
        && !t.sentenceBreakBefore(head - 1)
        && !t.gapHas(head - 1, PUNCTUATION | TextTokens.HYPHEN)
        && (SPEAKING.contains(t.folded(head - 2)) || WRITING.contains(t.folded(head - 2)))) {
      spoken = true; // "spoke in Russian to the crowd"
    }
    // The coordination the demonym is in must end the clause (or, after a verb of speaking, go on
    // with a preposition): no noun follows for the demonyms to describe.
    int end = to;
    while (end + 1 < t.size && !t.sentenceBreakBefore(end)) {
      if (isAndOr(t, end) && !t.gapHas(end, PUNCTUATION) && t.capitalised(end + 1)) {
        end += 2; // "in Russian and Armenian"
      } else if (t.gapHas(end, TextTokens.COMMA) && t.capitalised(end) && isAndOr(t, end + 1)) {
        end += 1; // "in Russian, Armenian and Azeri": on to the "and"
      } else {
        break;
      }
    }
    if (end >= t.size || t.sentenceBreakBefore(end) || t.gapHas(end, PUNCTUATION)) {
      return true;
    }
    // "Banners in Russian and Chinese in the square": a preposition, not a noun, follows
    return t.shape[end] == TextTokens.LOWER
        && (spoken ? LINKS.contains(t.folded(end)) : PREPOSITIONS.contains(t.folded(end)));
  }

  /** Prepositions after "in <demonym>" that show it has no noun: "in Russian in the square". */
  private static final Set<String> PREPOSITIONS =
      words("in", "on", "at", "by", "from", "for", "with", "across", "throughout", "alongside");

  /** Words that may follow a language after a verb of speaking: "spoke in Russian to them". */
  private static final Set<String> LINKS =
      words(
          "to",
          "at",
          "on",
          "with",
          "and",
          "or",
          "for",
          "about",
          "during",
          "before",
          "after",
          "while",
          "when",
          "as",
          "because",
          "but",
          "then",
          "so",
          "instead",
          "too",
          "only",
          "throughout");

  private static boolean isAndOr(TextTokens t, int i) {
    return t.foldedEquals(i, "and") || t.foldedEquals(i, "or");
  }

  /**
   * Whether the demonym at {@code [from, to)} is a noun for one person: "a Moroccan, a Swede and a
   * Croatian were freed", "an American who". ("a Russian official" is the state's.)
   */
  private static boolean aPerson(TextTokens t, int from, int to) {
    if (from == 0
        || t.sentenceBreakBefore(from)
        || t.gapHas(from, PUNCTUATION)
        || !(t.foldedEquals(from - 1, "a") || t.foldedEquals(from - 1, "an"))) {
      return false;
    }
    if (to >= t.size || t.sentenceBreakBefore(to) || t.gapHas(to, PUNCTUATION)) {
      return true;
    }
    if (t.gapHas(to, TextTokens.HYPHEN | TextTokens.POSSESSIVE)) {
      return false;
    }
    String next = t.folded(to);
    if (isAndOr(t, to)) {
      // "a Swede and a Croatian", not "a Russian and Ukrainian delegation"
      return to + 1 < t.size && (t.foldedEquals(to + 1, "a") || t.foldedEquals(to + 1, "an"));
    }
    return next.equals("who") || next.equals("whose") || AUXILIARIES.contains(next);
  }

  /** Words before a demonym that make it a language: "spoke Russian", "fluent Armenian". */
  private static final Set<String> SPEAKING =
      words("speak", "speaks", "spoke", "spoken", "speaking", "fluent");

  /** Words before "in" that make a demonym after it a language: "written in Armenian". */
  private static final Set<String> WRITING =
      words("written", "wrote", "printed", "published", "broadcast", "translated", "sang", "sung");

  /** Capitalised nouns after a city that make it the name of a document: "Budapest Memorandum". */
  private static final Set<String> DOCUMENTS = WORDS.set("documents");

  /** First words of football and other sports clubs named after their city: "Bayern Munich". */
  private static final Set<String> CLUB_PREFIXES = WORDS.set("club-prefixes");

  /** Last words of clubs named after their city: "Manchester United", "Tottenham Hotspur". */
  private static final Set<String> CLUB_SUFFIXES =
      words("united", "hotspur", "rovers", "wanderers", "albion", "fc", "cf", "sc", "athletic");

  /**
   * Whether the name at words {@code [from, to)} is part of a sports club's: "Bayern Munich",
   * "Spartak Moscow", "Manchester United". A club is neither its city nor its state.
   */
  static boolean club(TextTokens t, int from, int to) {
    if (from > 0
        && t.gapHas(from, TextTokens.SPACE)
        && t.capitalised(from - 1)
        && CLUB_PREFIXES.contains(t.folded(from - 1))) {
      return true;
    }
    return to < t.size
        && t.gapHas(to, TextTokens.SPACE)
        && t.capitalised(to)
        && CLUB_SUFFIXES.contains(t.folded(to));
  }

  /**
   * Whether the name at words {@code [from, to)} is a team's in a match report: a score follows it
   * within four words of its sentence, with no vote between ("Greece beat hosts Portugal 1-0",
   * "France and Greece drew 1–1"). A national team is not its state.
   */
  static boolean team(TextTokens t, int from, int to) {
    // "lost 2-1 to Japan", "a 2-1 win over Italy": a score, then one or two words of a match
    int w = from - 1;
    while (w >= from - 2
        && w > 1
        && t.shape[w] == TextTokens.LOWER
        && !t.sentenceBreakBefore(w + 1)
        && BEFORE_TEAM.contains(t.folded(w))) {
      w--;
    }
    if (w < from - 1 && w > 0 && !t.sentenceBreakBefore(w + 1) && score(t, w - 1)) {
      return !votedBefore(t, w - 1);
    }
    for (int k = to; k < Math.min(t.size - 1, to + 4); k++) {
      if (k > to && t.sentenceBreakBefore(k)) {
        return false;
      }
      if (score(t, k)) {
        for (int v = to; v < k; v++) {
          if (VOTES.contains(t.folded(v))) {
            return false; // "Russia voted against, and it passed 13-1": a vote's count
          }
        }
        return true;
      }
    }
    return false;
  }

  private static final Set<String> VOTES = words("vote", "votes", "voted", "voting");

  /**
   * A vote's word in the three words before the count at {@code k}: "voted 13-2 against", "passed
   * 13-2 over".
   */
  private static boolean votedBefore(TextTokens t, int k) {
    for (int v = k - 1; v >= Math.max(0, k - 3); v--) {
      if (VOTES.contains(t.folded(v)) || VOTE_OUTCOMES.contains(t.folded(v))) {
        return true;
      }
      if (t.sentenceBreakBefore(v)) {
        break;
      }
    }
    return false;
  }

  /** What a vote's count follows: "the resolution passed 13-2 over Russia's objection". */
  private static final Set<String> VOTE_OUTCOMES =
      words("passed", "adopted", "approved", "rejected", "carried");

  /** Words between a score and the team it was against: "lost 2-1 to", "a 2-1 win over". */
  private static final Set<String> BEFORE_TEAM =
      words("to", "by", "against", "over", "win", "victory", "defeat", "loss", "draw", "with");

  /**
   * Words {@code k} and {@code k + 1} are a score: two numbers of one or two digits joined by a
   * hyphen or dash ("2-1"), ending the clause or followed by a word of a match report ("1-0 in the
   * final", "3-1 on penalties", "a 2-1 win"), not by what a range counts ("10-15 missiles").
   */
  private static boolean score(TextTokens t, int k) {
    if (!(t.shape[k] == TextTokens.NUMBER
        && t.shape[k + 1] == TextTokens.NUMBER
        && t.end[k] - t.start[k] <= 2
        && t.end[k + 1] - t.start[k + 1] <= 2
        && t.start[k + 1] - t.end[k] == 1
        && t.gapHas(k + 1, TextTokens.HYPHEN | TextTokens.DASH))) {
      return false;
    }
    int next = k + 2;
    return next >= t.size
        || (t.gap[next] & ~TextTokens.SPACE) != 0 // a comma, a full stop, a bracket, a line end
        || AFTER_SCORE.contains(t.folded(next));
  }

  private static final Set<String> AFTER_SCORE =
      words(
          "in",
          "on",
          "at",
          "after",
          "before",
          "with",
          "against",
          "over",
          "and",
          "to",
          "by",
          "win",
          "victory",
          "defeat",
          "loss",
          "draw",
          "aggregate",
          "lead",
          "scoreline",
          "thrashing");

  /**
   * Whether the match at {@code from} is "America" or "American" in the name of a region: "Latin
   * America", "South American", "Pan-American". Not the United States.
   */
  static boolean americas(TextTokens t, int from) {
    return from > 0
        && t.gapHas(from, TextTokens.SPACE | TextTokens.HYPHEN)
        && t.capitalised(from - 1)
        && AMERICAS.contains(t.folded(from - 1))
        && t.folded(from).startsWith("americ");
  }

  /** Capitalised geographic nouns after a demonym that name no state: "the Indian Ocean". */
  private static final Set<String> GEOGRAPHIC_HEADS =
      words("ocean", "sea", "peninsula", "subcontinent", "gulf");

  private static final Set<String> AMERICAS =
      words("latin", "south", "north", "central", "middle", "pan", "meso");

  /**
   * Whether the words around {@code [from, to)} make the name a company's or another institution's:
   * "Air Canada", "Malaysia Airlines", "Qatar Petroleum", "Tel Aviv University", "the Russian
   * Orthodox Church", "the University of Jordan". None of them is its state, nor a place.
   */
  static boolean company(TextTokens t, int from, int to) {
    if (from > 0
        && t.gapHas(from, TextTokens.SPACE)
        && t.shape[from - 1] == TextTokens.CAPITALISED
        && t.foldedEquals(from - 1, "air")) {
      return true; // "Air Canada", "Air India"
    }
    if (from > 1
        && t.foldedEquals(from - 1, "of")
        && t.shape[from - 2] == TextTokens.CAPITALISED
        && !t.sentenceBreakBefore(from - 1)
        && INSTITUTIONS_OF.contains(t.folded(from - 2))) {
      return true; // "the University of Jordan", "Voice of America"
    }
    return to < t.size
        && t.gapHas(to, TextTokens.SPACE)
        && t.shape[to] == TextTokens.CAPITALISED
        && COMPANY_SUFFIXES.contains(t.folded(to));
  }

  private static final Set<String> COMPANY_SUFFIXES =
      words(
          "airlines",
          "airways",
          "railways",
          "telecom",
          "petroleum",
          // "Tel Aviv University", "the American University of Beirut"
          "university",
          // "the Armenian Apostolic Church", "the Russian Orthodox Church": churches, not states
          "apostolic",
          "orthodox",
          "catholic");

  /**
   * Capitalised nouns before "of" that make what follows part of an institution's name: "the
   * University of Jordan", "Voice of America".
   */
  private static final Set<String> INSTITUTIONS_OF = words("university", "voice");

  /** Whether the capitalised word at {@code next} makes the name before it a document's. */
  static boolean document(TextTokens t, int next) {
    if (next >= t.size || !t.gapHas(next, TextTokens.SPACE)) {
      return false;
    }
    if (t.shape[next] == TextTokens.CAPITALISED) {
      return DOCUMENTS.contains(t.folded(next));
    }
    // "the Algiers peace agreement", "the Minsk agreements": a lower-case document noun
    int k = next;
    if (PEACE.contains(t.folded(k)) && k + 1 < t.size && t.gapHas(k + 1, TextTokens.SPACE)) {
      k++;
    }
    return t.shape[k] == TextTokens.LOWER && LOWER_DOCUMENTS.contains(t.folded(k));
  }

  /** Words between a city and a document noun: "the Algiers peace agreement". */
  private static final Set<String> PEACE = words("peace", "ceasefire", "truce", "trade", "border");

  /** Lower-case nouns after a city that name a document rather than the city. */
  private static final Set<String> LOWER_DOCUMENTS =
      words(
          "memorandum",
          "agreement",
          "agreements",
          "accord",
          "accords",
          "protocol",
          "protocols",
          "declaration",
          "treaty",
          "communique",
          "charter",
          "formula",
          "format");

  /** "an area the size of Switzerland": a comparison, not a party of the story. */
  /** Kinds of ship a name after which is the ship's: "the destroyer Sheffield". */
  private static final Set<String> VESSELS =
      words(
          "destroyer",
          "frigate",
          "cruiser",
          "warship",
          "battleship",
          "carrier",
          "submarine",
          "corvette",
          "ship",
          "vessel",
          "tanker",
          "freighter",
          "ferry",
          "liner",
          "hms",
          "uss");

  /**
   * Whether the name at word {@code from} names a ship: "the destroyer Sheffield", "HMS Sheffield".
   */
  static boolean vessel(TextTokens t, int from) {
    if (from == 0 || t.sentenceBreakBefore(from) || !t.nameGap(from)) {
      return false;
    }
    if (VESSELS.contains(t.folded(from - 1))) {
      return true;
    }
    // "the USS George Washington": a prefix of ships before a name of two words
    int prefix = from - 2;
    return prefix >= 0
        && t.capitalised(from - 1)
        && !t.sentenceBreakBefore(from - 1)
        && t.nameGap(from - 1)
        && t.shape[prefix] == TextTokens.ALL_CAPS
        && VESSELS.contains(t.folded(prefix));
  }

  /** Nouns of states after a name that makes it their adjective: "the Baltic states". */
  private static final Set<String> STATE_GROUPS =
      words("states", "countries", "nations", "republics", "governments");

  /**
   * "the Baltic states", "Caribbean nations", a sea's "the Baltic state": the name describes
   * states, no place. Not "Rakhine state", which is one.
   *
   * @param sea whether the name is a sea's, whose "state" is one on its shore
   */
  static boolean groupOfStates(TextTokens t, int to, boolean sea) {
    if (to >= t.size || !t.gapHas(to, TextTokens.SPACE) || t.shape[to] != TextTokens.LOWER) {
      return false;
    }
    String w = t.folded(to);
    return STATE_GROUPS.contains(w) || (sea && w.equals("state"));
  }

  static boolean comparison(TextTokens t, int from) {
    return from >= 2
        && t.foldedEquals(from - 1, "of")
        && (t.foldedEquals(from - 2, "size") || t.foldedEquals(from - 2, "area"))
        && !t.sentenceBreakBefore(from);
  }

  /** "the former Soviet republic", "former Yugoslav states": a description, not the party. */
  static boolean former(TextTokens t, int from) {
    return from > 0 && !t.sentenceBreakBefore(from) && t.foldedEquals(from - 1, "former");
  }

  /**
   * Whether a state's adjective ending at word {@code to} stands for the state where only that
   * makes it the state: before a word for its government, people in office, forces or acts, within
   * two words ("Soviet troops", "the Yugoslav federal army", "Soviet Foreign Minister", "the Soviet
   * invasion", "Serbian forces" in Kosovo). News mostly names a state it outlived for its era and
   * its things ("in Soviet times", "the Soviet collapse", "old Soviet trucks", "the Abkhaz Supreme
   * Soviet"), which make it no party of the story. A hyphenated compound ("Soviet-backed",
   * "Soviet-era") is left to {@link #ethnic}.
   */
  static boolean adjectiveAsState(TextTokens t, int to) {
    if (to < t.size && t.gapHas(to, TextTokens.HYPHEN)) {
      return true;
    }
    int from = to;
    if (to + 2 < t.size
        && (t.foldedEquals(to, "and") || t.foldedEquals(to, "or"))
        && t.capitalised(to + 1)
        && !t.sentenceBreakBefore(to + 1)) {
      from = to + 2; // "with Soviet and Cuban help": the noun both adjectives share
    }
    for (int k = from; k < Math.min(t.size, from + 2); k++) {
      if (t.sentenceBreakBefore(k)
          || !t.gapHas(k, TextTokens.SPACE)
          || t.gapHas(k, PUNCTUATION | TextTokens.HYPHEN)) {
        return false;
      }
      String w = t.folded(k);
      if (STATE_ACTS.contains(w) || (t.capitalised(k) && t.is(k, WordClass.TITLE))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a plural demonym ("the Americans said") stands for the government. */
  static boolean peopleAsActor(TextTokens t, int from, int to) {
    return from > 0
        && t.foldedEquals(from - 1, "the")
        && !t.sentenceBreakBefore(from)
        && to < t.size
        && !t.sentenceBreakBefore(to)
        && t.gapHas(to, TextTokens.SPACE)
        && t.is(to, WordClass.ACTOR_VERB);
  }

  /**
   * Whether a demonym ending at word {@code to} stands for its state even where its people live as
   * a community of their own: before a word for the state's government or institutions ("the
   * Albanian government", "Serbian police") or a title ("Serbian President Slobodan Milosevic").
   * Words for people under arms or in delegations ("Serb forces", "the Albanian delegation") are
   * left out: in Bosnia or Kosovo they are the community's own.
   */
  static boolean kinStateWord(TextTokens t, int to) {
    if (to >= t.size
        || t.sentenceBreakBefore(to)
        || !t.gapHas(to, TextTokens.SPACE)
        || t.gapHas(to, PUNCTUATION | TextTokens.HYPHEN)) {
      return false;
    }
    return KIN_STATE_WORDS.contains(t.folded(to))
        || (t.capitalised(to) && t.is(to, WordClass.TITLE));
  }
}
