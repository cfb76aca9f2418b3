package dev.newsfacet.internal.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the finders need to know about a word, as bits, so that each word of a text is looked up
 * once ({@link TextTokens#is}) instead of once per word list.
 */
final class WordClass {
  static final int TITLE = 1;
  static final int SPEECH = 1 << 1;
  static final int NOT_NAME = 1 << 2;
  static final int PARTICLE = 1 << 3;
  static final int PLACE_NOUN = 1 << 4;
  static final int AFTER_NOUN = 1 << 5;
  static final int OF_PLACE = 1 << 6;
  static final int NOT_PLACE = 1 << 7;
  static final int CREDIT_START = 1 << 8;
  static final int GIVEN_NAME = 1 << 9;
  static final int FACILITY = 1 << 10;
  static final int GROUP_NOUN = 1 << 11;

  /** Any word a place pattern starts at (see {@link PlaceFinder}). */
  static final int PLACE_PATTERN = 1 << 12;

  /** A word that can end an organisation's name ({@link OrganisationFinder#HEADS}). */
  static final int ORG_HEAD = 1 << 13;

  /** A small word inside an organisation's name ({@link OrganisationFinder#CONNECTORS}). */
  static final int ORG_CONNECTOR = 1 << 14;

  /** A verb that makes the word before it an actor ({@link Contexts#ACTOR_VERBS}). */
  static final int ACTOR_VERB = 1 << 15;

  /** A common given name ({@link GivenNames#ALL}). */
  static final int COMMON_GIVEN_NAME = 1 << 16;

  /** "of" or "for": what joins a title to the rest of its phrase ("Minister of Defence"). */
  static final int TITLE_LINK = 1 << 17;

  /**
   * "the" or "and": a small word inside a title phrase in capitals ("Ministry of the Interior").
   */
  static final int TITLE_JOIN = 1 << 18;

  /** A word a full stop follows without ending the sentence ({@link TextTokens#ABBREVIATIONS}). */
  static final int ABBREVIATION = 1 << 19;

  /** A weekday, "yesterday", "today" or "tonight", folded ({@link YearFinder#relativeDays}). */
  static final int DAY_WORD = 1 << 20;

  /** The first word of a line that starts a list of other stories ({@link Boilerplate}). */
  static final int LIST_START = 1 << 21;

  /** A noun or compass word that may be part of a geographic name ({@link PlaceFinder}). */
  static final int GEOGRAPHIC = 1 << 22;

  /** A word after which a capitalised name is where something happens ({@link WorldPlaces}). */
  static final int LOCATIVE = 1 << 23;

  private static final Map<String, Integer> CLASSES = new HashMap<>();

  static {
    add(PersonFinder.TITLES, TITLE);
    add(PersonFinder.SPEECH, SPEECH);
    add(PersonFinder.NOT_NAMES, NOT_NAME);
    add(PersonFinder.PARTICLES, PARTICLE);
    add(PlaceFinder.PLACE_NOUNS, PLACE_NOUN);
    add(PlaceFinder.AFTER_NOUNS, AFTER_NOUN);
    add(PlaceFinder.OF_PLACE, OF_PLACE);
    add(PlaceFinder.NOT_PLACES, NOT_PLACE);
    add(Set.of("of", "for"), TITLE_LINK);
    add(Set.of("the", "and"), TITLE_JOIN);
    add(TextTokens.ABBREVIATIONS, ABBREVIATION);
    add(YearFinder.foldedDayWords(), DAY_WORD);
    add(Boilerplate.CREDIT_STARTS, CREDIT_START);
    add(Boilerplate.LIST_STARTS, LIST_START);
    add(Extractor.GIVEN_NAMES, GIVEN_NAME);
    add(PlaceFinder.FACILITIES, FACILITY);
    add(Extractor.GROUP_NOUNS, GROUP_NOUN);
    add(OrganisationFinder.HEADS, ORG_HEAD);
    add(OrganisationFinder.CONNECTORS, ORG_CONNECTOR);
    add(Contexts.ACTOR_VERBS, ACTOR_VERB);
    add(GivenNames.ALL, COMMON_GIVEN_NAME);
    add(PlaceFinder.GEOGRAPHIC_WORDS, GEOGRAPHIC);
    add(WorldPlaces.LOCATIVE, LOCATIVE);
    add(PlaceFinder.PLACE_NOUNS, PLACE_PATTERN);
    add(PlaceFinder.AFTER_NOUNS, PLACE_PATTERN);
    add(PlaceFinder.OF_PLACE, PLACE_PATTERN);
    add(PlaceFinder.FACILITIES, PLACE_PATTERN);
    add(
        Set.of(
            "in",
            "from",
            "near",
            "around",
            "between",
            "road",
            "highway",
            "route",
            "railway",
            "river",
            "lake",
            "mountains",
            "county",
            "oblast",
            "governorate",
            "border",
            "lagoon",
            "peninsula",
            "delta",
            "plateau",
            "estuary"),
        PLACE_PATTERN);
  }

  private WordClass() {}

  private static void add(Set<String> words, int bit) {
    for (String w : words) {
      CLASSES.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** Every classified word and its bits. */
  static Map<String, Integer> all() {
    return java.util.Collections.unmodifiableMap(CLASSES);
  }

  /** The classes of a folded word; 0 for most words. */
  static int of(String folded) {
    Integer c = CLASSES.get(folded);
    return c == null ? 0 : c;
  }
}
