package dev.newsfacet.internal.extract;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import dev.newsfacet.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills an article's parties, persons, places and mentioned years from its title, body and
 * captions, and records where each value was found.
 *
 * <p>One left-to-right pass of a dictionary trie over the words finds every known entity by any of
 * its names. What a name stands for then depends on its context: a capital names its state only
 * where the text uses it as an actor ("Moscow said", "backed by Baku"), a demonym names its state
 * except as an ethnicity ("Armenian troops" but "ethnic Armenians", "Armenian families"), a name
 * shared by entities of different times goes to the one of the article's time ("the Kremlin" is the
 * Soviet Union in 1988), a name shared by a state and a place elsewhere goes to the reading the
 * rest of the article supports (Georgia the country or the US state), and a country name that
 * starts a person's name is not the country ("Chad Henderson"). Pattern finders add people
 * introduced by a title, a speech verb or an appositive, resolve surnames and spelling variants to
 * the full name, and add places introduced as "the village of ...". Bylines, photo credits and
 * "Read more" lists are left out. Immutable and thread-safe.
 */
public final class Extractor {
  private static final WordLists WORDS = WordLists.load("extractor");

  /** How an alias names its party. */
  private static final byte NAME = 0;

  private static final byte ALIAS = 1;
  private static final byte DEMONYM = 2;
  private static final byte PEOPLE = 3;
  private static final byte SEAT = 4;

  /**
   * A short name that the kind rules take for a demonym ("Macedonia", "Britain") but that is no
   * adjective, so it never names a language ("in Britain." is the state).
   */
  private static final byte SHORT_NAME = 5;

  private static final Set<String> STATE_TYPES =
      Set.of("state", "de_facto_state", "historical_state");

  /** Country and city names that are also given names: "Chad Henderson", "Israel Katz". */
  static final Set<String> GIVEN_NAMES = WORDS.set("place-given-names");

  /** What an unknown armed group is called after its name: "Wazalendo militias". */
  static final Set<String> GROUP_NOUNS = Set.of("militia", "militias", "gang", "gangs", "cartel");

  /** Capitalised words before "militia" that say who, not which: "Sunni militias". */
  private static final Set<String> NOT_GROUPS = WORDS.set("not-groups");

  private static volatile Extractor builtIn;

  /**
   * Each thread's token arrays, filled again for every text: allocating them per article was the
   * largest share of the bytes extraction allocates.
   */
  private static final ThreadLocal<TextTokens> SCRATCH =
      ThreadLocal.withInitial(TextTokens::scratch);

  /**
   * What a dictionary phrase names and how.
   *
   * @param properAdjective the alias is an adjective in capitals with a plural beside it ("Soviet",
   *     "West German"), not a noun phrase ("Chechen rebel") or a name ("Third Reich")
   * @param stateForm the alias is the state's adjective beside a shorter one for its people
   *     ("Serbian" beside "Serb", "Croatian" beside "Croat")
   */
  private record Target(
      GazetteerEntry entry, byte kind, boolean state, boolean properAdjective, boolean stateForm) {
    Target(GazetteerEntry entry, byte kind) {
      this(entry, kind, false, false);
    }

    Target(GazetteerEntry entry, byte kind, boolean properAdjective, boolean stateForm) {
      this(
          entry,
          kind,
          entry.type() != null && STATE_TYPES.contains(entry.type()),
          properAdjective,
          stateForm);
    }
  }

  /** One dictionary match: words {@code [from, to)}; whether it names a party or a place. */
  private record Match(int from, int to, List<Target> targets, boolean partyOrPlace) {
    Match(int from, int to, List<Target> targets) {
      this(from, to, targets, partyOrPlace(targets));
    }

    private static boolean partyOrPlace(List<Target> targets) {
      for (int q = 0, qn = targets.size(); q < qn; q++) {
        Target x = targets.get(q);
        if (x.entry().dimension() != Dimension.PERSON) {
          return true;
        }
      }
      return false;
    }
  }

  /** One entity found at a word position; {@code entry} is null for pattern finds. */
  private record Found(int position, Dimension dimension, String name, GazetteerEntry entry) {}

  /** A party name that may also be a place elsewhere ("Georgia"), decided per article. */
  private record Ambiguous(int position, GazetteerEntry party, GazetteerEntry place) {}

  /**
   * A seat of power of an undated article that names a present state or one it outlived (which
   * existed in the latest year the text mentions, if it mentions one): decided once every other
   * mention is read.
   */
  private record EraChoice(int position, GazetteerEntry present, GazetteerEntry older) {}

  /**
   * A state's demonym or people ("Albanian", "the Serbs") that may be a community of theirs living
   * in another party the article names (Kosovo, Bosnia): decided once every other mention is read.
   *
   * @param strong the demonym is before a word for the state's government ("Serbian police")
   */
  private record KinChoice(int position, GazetteerEntry party, boolean strong) {}

  private final DictionaryMatcher<Target> dictionary = new DictionaryMatcher<>();
  private final Map<String, GazetteerEntry> parties = new HashMap<>();
  private final Map<String, GazetteerEntry> qualifiedPlaces = new HashMap<>();
  private final Set<String> seats = new HashSet<>();
  private final PersonNames persons = new PersonNames();

  private Extractor(Gazetteer gazetteer) {
    dictionary.addWordClasses();
    Set<String> placeForms = new HashSet<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.dimension() == Dimension.PLACE) {
        placeForms.add(TextTokens.foldAll(e.name()));
        for (String a : e.aliases()) {
          placeForms.add(TextTokens.foldAll(a));
        }
        int paren = e.name().indexOf(" (");
        if (paren > 0 && e.name().endsWith(")")) {
          qualifiedPlaces.put(e.name().substring(0, paren), e);
        }
      }
    }
    for (GazetteerEntry e : gazetteer.entries()) {
      switch (e.dimension()) {
        case PARTY -> {
          parties.put(e.name(), e);
          dictionary.add(e.name(), new Target(e, NAME));
          Set<String> forms = new HashSet<>();
          forms.add(TextTokens.foldAll(e.name()));
          for (String a : e.aliases()) {
            forms.add(TextTokens.foldAll(a));
          }
          List<String> aliases = e.aliases();
          byte[] kinds = new byte[aliases.size()];
          List<String> demonyms = new ArrayList<>();
          for (int k = 0; k < kinds.length; k++) {
            kinds[k] = kindOf(e, aliases.get(k), forms, placeForms);
            if (kinds[k] == DEMONYM) {
              demonyms.add(TextTokens.foldAll(aliases.get(k)));
            }
          }
          for (int k = 0; k < kinds.length; k++) {
            String a = aliases.get(k);
            byte kind = kinds[k];
            String folded = TextTokens.foldAll(a);
            if (kind == SEAT) {
              seats.add(e.name() + "\u0000" + folded);
            }
            boolean properAdjective =
                kind == DEMONYM
                    && forms.contains(folded + "s")
                    && java.util.Arrays.stream(a.split(" "))
                        .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
            boolean stateForm =
                kind == DEMONYM
                    && demonyms.stream()
                        .anyMatch(d -> d.length() < folded.length() && folded.startsWith(d));
            dictionary.add(a, new Target(e, kind, properAdjective, stateForm));
          }
        }
        case PERSON -> {
          persons.add(e);
          dictionary.add(e.name(), new Target(e, NAME));
          for (String a : e.aliases()) {
            dictionary.add(a, new Target(e, ALIAS));
          }
        }
        default -> {
          dictionary.add(e.name(), new Target(e, NAME));
          for (String a : e.aliases()) {
            dictionary.add(a, new Target(e, ALIAS));
          }
        }
      }
    }
  }

  /** How a party's alias names it: as a seat of power, a demonym, its people or otherwise. */
  private static byte kindOf(
      GazetteerEntry e, String alias, Set<String> forms, Set<String> placeForms) {
    String folded = TextTokens.foldAll(alias);
    if (placeForms.contains(folded)) {
      return SEAT;
    }
    if (e.type() == null
        || !STATE_TYPES.contains(e.type())
        || alias.equals(alias.toUpperCase(java.util.Locale.ROOT))) {
      return ALIAS;
    }
    if (folded.equals(TextTokens.foldAll(e.name())) || folded.contains(" of ")) {
      return ALIAS;
    }
    int words = folded.split(" ").length;
    if (words > 2) {
      return ALIAS;
    }
    if (folded.endsWith("s") && forms.contains(folded.substring(0, folded.length() - 1))) {
      return PEOPLE; // "Armenians" beside "Armenian"
    }
    if (folded.endsWith("men") || folded.endsWith("people")) {
      return PEOPLE; // "Frenchmen"
    }
    boolean adjective =
        forms.contains(folded + "s")
            || folded.endsWith("ish")
            || folded.endsWith("ese")
            || folded.endsWith("ch");
    return adjective ? DEMONYM : SHORT_NAME;
  }

  /**
   * An extractor over the built-in gazetteer merged with the given user files (later wins).
   *
   * @throws IllegalArgumentException naming the file and line of a malformed gazetteer entry
   */
  public static Extractor create(List<Path> userGazetteers) {
    if (userGazetteers.isEmpty()) {
      Extractor e = builtIn;
      if (e == null) {
        synchronized (Extractor.class) {
          e = builtIn;
          if (e == null) {
            builtIn = e = new Extractor(Gazetteer.builtIn());
          }
        }
      }
      return e;
    }
    Gazetteer g = Gazetteer.builtIn();
    for (Path p : userGazetteers) {
      try {
        g.load(p);
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read gazetteer " + p + ": " + ex.getMessage(), ex);
      }
    }
    return new Extractor(g);
  }

  /**
   * Fills the dimensions the article leaves empty; those it sets are kept (metadata wins). Values
   * come in order of first mention; the article's mentions record, for each extracted value, the
   * parts it was found in and how often.
   */
  public Article enrich(Article a) {
    boolean needParties = a.parties().isEmpty();
    boolean needPersons = a.persons().isEmpty();
    boolean needPlaces = a.places().isEmpty();
    boolean needYears = a.mentionedYears().isEmpty();
    if (!(needParties || needPersons || needPlaces || needYears)) {
      return a;
    }
    List<String> parts = new ArrayList<>(3 + a.captions().size());
    List<Integer> zoneStarts = new ArrayList<>();
    List<Mention.Where> zoneWhere = new ArrayList<>();
    int[] length = {0};
    if (a.title() != null) {
      zone(parts, length, zoneStarts, zoneWhere, a.title(), Mention.Where.TITLE);
    }
    // Where the dateline the reader took off the body starts in the joined text, or -1.
    int dateline = -1;
    if (a.dateline() != null) {
      zone(parts, length, zoneStarts, zoneWhere, a.dateline(), Mention.Where.BODY);
      dateline = zoneStarts.isEmpty() ? -1 : zoneStarts.get(zoneStarts.size() - 1);
    }
    zone(parts, length, zoneStarts, zoneWhere, a.body(), Mention.Where.BODY);
    for (String caption : a.captions()) {
      zone(parts, length, zoneStarts, zoneWhere, caption, Mention.Where.CAPTION);
    }
    // The parts go straight into the scratch instance's characters, joined by empty lines: the
    // joined string, a quarter of the bytes extraction allocated, is never made.
    TextTokens scratch = SCRATCH.get();
    TextTokens tokens = scratch.reuseJoined(parts, "\n\n", dictionary.lexicon());
    try {
      return enrich(
          a,
          tokens,
          zoneStarts,
          zoneWhere,
          dateline,
          needParties,
          needPersons,
          needPlaces,
          needYears);
    } finally {
      if (tokens == scratch && !scratch.release()) {
        SCRATCH.set(TextTokens.scratch());
      }
    }
  }

  private Article enrich(
      Article a,
      TextTokens tokens,
      List<Integer> zoneStarts,
      List<Mention.Where> zoneWhere,
      int dateline,
      boolean needParties,
      boolean needPersons,
      boolean needPlaces,
      boolean needYears) {
    Set<Integer> years = YearFinder.find(tokens);
    Integer era = a.year();
    if (era == null) {
      for (int y : years) {
        era = era == null ? y : Math.max(era, y);
      }
    }
    Entities found = extract(tokens, zoneStarts, zoneWhere, dateline, era, a.year());
    Article.Builder b = a.toBuilder();
    Set<Dimension> filled = EnumSet.noneOf(Dimension.class);
    if (needParties) {
      b.parties(found.parties);
      filled.add(Dimension.PARTY);
    }
    if (needPersons) {
      b.persons(found.persons);
      filled.add(Dimension.PERSON);
    }
    if (needPlaces) {
      b.places(found.places);
      filled.add(Dimension.PLACE);
    }
    if (needYears) {
      if (a.date() != null) {
        // "on Tuesday" in an article of Monday 2 January 2023 means a day of 2022.
        years.addAll(YearFinder.relativeDays(tokens, a.date()));
      }
      b.mentionedYears(years);
    }
    if (a.mentionedDecades().isEmpty()) {
      b.mentionedDecades(YearFinder.decades(tokens));
    }
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : a.mentions()) {
      if (!filled.contains(m.dimension())) {
        mentions.add(m);
      }
    }
    for (Mention m : found.mentions) {
      if (filled.contains(m.dimension())) {
        mentions.add(m);
      }
    }
    b.mentions(mentions);
    return b.build();
  }

  private static void zone(
      List<String> parts,
      int[] length,
      List<Integer> starts,
      List<Mention.Where> where,
      String part,
      Mention.Where w) {
    if (part == null || part.isBlank()) {
      return;
    }
    if (!parts.isEmpty()) {
      length[0] += 2; // the "\n\n" that joins it to the part before
    }
    starts.add(length[0]);
    where.add(w);
    parts.add(part);
    length[0] += part.length();
  }

  /** Parties, persons and places named in a text, in order of first mention. */
  Entities extract(String text) {
    return extract(text, null);
  }

  /** As {@link #extract(String)}, for an article of the given year (null if unknown). */
  Entities extract(String text, Integer era) {
    TextTokens scratch = SCRATCH.get();
    TextTokens tokens = scratch.reuse(text, dictionary.lexicon());
    try {
      return extract(tokens, List.of(0), List.of(Mention.Where.BODY), -1, era, era);
    } finally {
      if (tokens == scratch && !scratch.release()) {
        SCRATCH.set(TextTokens.scratch());
      }
    }
  }

  /**
   * @param dateline where the article's dateline starts in the text, or -1 if it has none
   */
  private Entities extract(
      TextTokens t,
      List<Integer> zoneStarts,
      List<Mention.Where> zoneWhere,
      int dateline,
      Integer era,
      Integer dated) {
    BitSet known = new BitSet(t.size);
    List<Match> matches = new ArrayList<>();
    dictionary.match(
        t,
        (from, to, targets) -> {
          known.set(from, to);
          matches.add(new Match(from, to, targets));
        });
    BitSet excluded = Boilerplate.excluded(t); // after matching, which classifies the words
    unknownHyphenatedNames(t, matches, known);
    List<SharedHeads.Name<Target>> shared = SharedHeads.find(t, dictionary, excluded);
    if (!shared.isEmpty()) {
      sharedHeads(shared, matches, known);
    }
    int[] matchStartEndingAt = t.wordTable(0);
    int[] matchEndStartingAt = t.wordTable(1);
    List<Match> kept = new ArrayList<>(matches.size());
    for (int mi = 0, mn = matches.size(); mi < mn; mi++) {
      Match m = matches.get(mi);
      if (m.to() - m.from() == 1 && firstName(t, m.from(), known)) {
        known.clear(m.from()); // "Chad Henderson": a person, left to the person finder
        continue;
      }
      kept.add(m);
      if (m.partyOrPlace()) {
        matchStartEndingAt[m.to()] = m.from();
        matchEndStartingAt[m.from()] = m.to();
      }
    }
    List<Found> found = new ArrayList<>();
    List<Ambiguous> ambiguous = new ArrayList<>();
    List<EraChoice> eraChoices = new ArrayList<>(0);
    List<KinChoice> kinChoices = new ArrayList<>(0);
    // A year the text mentions says that the article was written no earlier, not when: "killed
    // since 1988", "a 1925 constitution". A seat of power that a state shares with the one it
    // outlived ("Moscow", "Belgrade") is the older state's only where the article is dated in its
    // time, or undated and naming that state some other way ("Soviet troops", "the USSR").
    for (int mi = 0, mn = kept.size(); mi < mn; mi++) {
      Match m = kept.get(mi);
      if (excluded.get(m.from())) {
        continue;
      }
      partiesAndPlaces(
          t,
          m,
          dated,
          dated == null ? era : null,
          matchStartEndingAt,
          matchEndStartingAt,
          found,
          ambiguous,
          eraChoices,
          kinChoices);
    }
    if (!eraChoices.isEmpty()) {
      Set<GazetteerEntry> named = new HashSet<>();
      for (int k = 0, n = found.size(); k < n; k++) {
        named.add(found.get(k).entry());
      }
      for (int k = 0, n = eraChoices.size(); k < n; k++) {
        EraChoice c = eraChoices.get(k);
        addParty(found, c.position(), named.contains(c.older()) ? c.older() : c.present());
      }
    }
    if (!kinChoices.isEmpty()) {
      kinChoices(kinChoices, found);
    }
    BitSet personWords = persons(t, kept, known, excluded, found, era);
    if (!personWords.isEmpty()) {
      // "Sheikh Jaber al-Ahmad al-Sabah": the Malaysian state Sabah inside a person's name
      found.removeIf(f -> f.dimension() == Dimension.PLACE && personWords.get(f.position()));
    }
    BitSet places = new BitSet(t.size);
    for (int mi = 0, mn = kept.size(); mi < mn; mi++) {
      Match m = kept.get(mi);
      if (m.partyOrPlace() && !onlyAdjectives(m)) {
        places.set(m.from(), m.to());
      }
    }
    for (PlaceFinder.Place p : PlaceFinder.find(t, known, places, excluded)) {
      if (personWords.get(p.position())) {
        continue; // "in Jakarta and Malik Mahmud, the movement's exiled prime minister"
      }
      if (p.end() >= 0) {
        // A geographic name: the state or city the dictionary found inside it is not meant.
        found.removeIf(f ->
            f.position() >= p.position()
                && f.position() < p.end()
                && f.dimension() != Dimension.PERSON);
        ambiguous.removeIf(a -> a.position() >= p.position() && a.position() < p.end());
      }
      found.add(new Found(p.position(), Dimension.PLACE, p.name(), null));
    }
    if (dateline >= 0) {
      // "TESHIK-TOSH, Kyrgyzstan", which the reader took off the body: a place even unknown
      int w = firstWordAt(t, dateline);
      PlaceFinder.Place d = PlaceFinder.dateline(t, w, known, excluded, true);
      if (d != null) {
        found.add(new Found(d.position(), Dimension.PLACE, d.name(), null));
      }
    }
    worldPlaces(t, known, excluded, personWords, places, found);
    armedGroups(t, known, excluded, found);
    for (OrganisationFinder.Span o : OrganisationFinder.find(t, known, excluded)) {
      found.add(new Found(o.from(), Dimension.PARTY, o.name(), null));
    }
    resolveAmbiguous(t, ambiguous, found, matchEndStartingAt);
    knownSpellings(t, found);
    found.sort(Comparator.comparingInt(Found::position));
    return new Entities(t, found, zoneStarts, zoneWhere);
  }

  /**
   * Adds the towns of {@link WorldPlaces} that the text names where something happens and whose
   * state the article names: "fled to villages around Port Loko" in an article that names Sierra
   * Leone.
   */
  private static void worldPlaces(
      TextTokens t,
      BitSet known,
      BitSet excluded,
      BitSet personWords,
      BitSet places,
      List<Found> found) {
    BitSet placeEnds = (BitSet) places.clone();
    for (int k = 0, n = found.size(); k < n; k++) {
      Found f = found.get(k);
      if (f.dimension() == Dimension.PLACE) {
        placeEnds.set(f.position());
      }
    }
    BitSet taken = (BitSet) known.clone();
    taken.or(excluded);
    taken.or(personWords);
    List<PlaceFinder.Place> towns =
        WorldPlaces.builtIn().find(t, taken, placeEnds, new NamedInArticle(found));
    if (towns.isEmpty()) {
      return;
    }
    // A town the patterns found too keeps their label: one value per place.
    Map<String, String> labels = new HashMap<>();
    for (Found f : found) {
      if (f.dimension() == Dimension.PLACE) {
        labels.putIfAbsent(TextTokens.foldAll(f.name()), f.name());
      }
    }
    for (PlaceFinder.Place p : towns) {
      String name = labels.getOrDefault(TextTokens.foldAll(p.name()), p.name());
      found.add(new Found(p.position(), Dimension.PLACE, name, null));
    }
  }

  /** {@link WorldPlaces.Named} of the entities found, worked out when first asked. */
  private static final class NamedInArticle implements WorldPlaces.Named {
    private final List<Found> found;
    private Set<String> states;
    private Set<String> personParts;

    NamedInArticle(List<Found> found) {
      this.found = found;
    }

    @Override
    public boolean state(String label) {
      if (states == null) {
        states = new HashSet<>();
        for (Found f : found) {
          if (f.dimension() == Dimension.PARTY) {
            states.add(f.name());
          } else if (f.dimension() == Dimension.PLACE
              && f.entry() != null
              && f.entry().affiliation() != null) {
            states.add(f.entry().affiliation()); // "in Freetown": Sierra Leone
          }
        }
      }
      return states.contains(label);
    }

    @Override
    public boolean personPart(String folded) {
      if (personParts == null) {
        personParts = new HashSet<>();
        for (Found f : found) {
          if (f.dimension() == Dimension.PERSON) {
            personParts.addAll(Arrays.asList(TextTokens.foldAll(f.name()).split(" ")));
          }
        }
      }
      return personParts.contains(folded);
    }
  }

  /**
   * Gives a place the patterns found its known name when the dictionary knows it written otherwise:
   * "RISHON LEZION, Israel —" is Rishon LeZion, whose alias asks for its capitals as written.
   */
  private void knownSpellings(TextTokens t, List<Found> found) {
    for (int k = 0, n = found.size(); k < n; k++) {
      Found f = found.get(k);
      // Only a name read from capitals is spelt otherwise than the text: a name written as the
      // dictionary writes it was matched already.
      if (f.dimension() != Dimension.PLACE
          || f.entry() != null
          || t.shape[f.position()] != TextTokens.ALL_CAPS) {
        continue;
      }
      for (Target x : dictionary.values(TextTokens.foldAll(f.name()).split(" "))) {
        if (x.entry().dimension() == Dimension.PLACE) {
          found.set(k, new Found(f.position(), Dimension.PLACE, x.entry().name(), x.entry()));
          break;
        }
      }
    }
  }

  /** Drops the matches that are a part of a hyphenated name the dictionary does not know. */
  private static void unknownHyphenatedNames(TextTokens t, List<Match> matches, BitSet known) {
    BitSet dropped = null;
    for (int mi = 0, mn = matches.size(); mi < mn; mi++) {
      Match m = matches.get(mi);
      if (HyphenatedNames.partOfLongerName(t, m.from(), m.to(), known)
          || (onlyPlaces(m) && HyphenatedNames.beforeParticleName(t, m.to(), known))) {
        if (dropped == null) {
          dropped = new BitSet();
        }
        dropped.set(m.from());
      }
    }
    if (dropped != null) {
      BitSet drop = dropped;
      matches.removeIf(m -> drop.get(m.from()));
      known.clear(); // the words of the matches, which are all it holds yet
      for (Match m : matches) {
        known.set(m.from(), m.to());
      }
    }
  }

  /**
   * Puts the names of "North and South Korea" in place of what the dictionary matched inside them
   * ("South Korea" again, or "Donetsk" the city in "the Donetsk and Luhansk People's Republics"). A
   * name that would cut a longer match in two is left out.
   */
  private static void sharedHeads(
      List<SharedHeads.Name<Target>> names, List<Match> matches, BitSet known) {
    for (SharedHeads.Name<Target> n : names) {
      boolean cuts = false;
      for (Match m : matches) {
        if (m.from() < n.to() && m.to() > n.from() && (m.from() < n.from() || m.to() > n.to())) {
          cuts = true;
          break;
        }
      }
      if (cuts) {
        continue;
      }
      matches.removeIf(m -> m.from() >= n.from() && m.to() <= n.to());
      matches.add(new Match(n.from(), n.to(), n.values()));
      known.set(n.from(), n.to());
    }
    matches.sort(Comparator.comparingInt(Match::from));
  }

  /** The first word that starts at or after character {@code offset}; {@code t.size} if none. */
  private static int firstWordAt(TextTokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Armed groups the dictionary does not know, named before what they are: "Wazalendo militias",
   * "the Viv Ansanm gang", "Los Lobos cartel".
   */
  private static void armedGroups(TextTokens t, BitSet known, BitSet excluded, List<Found> found) {
    if (!t.anyIs(WordClass.GROUP_NOUN)) {
      return; // most articles name no militia, gang or cartel
    }
    for (int i = 1; i < t.size; i++) {
      if (t.shape[i] != TextTokens.LOWER || !t.is(i, WordClass.GROUP_NOUN)) {
        continue;
      }
      int s = i;
      while (s > 0
          && i - s < 3
          && t.gapHas(s, TextTokens.SPACE | TextTokens.HYPHEN)
          && PersonFinder.isNameWord(t, s - 1, known)
          && !excluded.get(s - 1)
          && !NOT_GROUPS.contains(t.folded(s - 1))
          && !adjective(t.folded(s - 1))) {
        s--;
      }
      // One capitalised word after a sentence break or a dash ("PAPHOS, Sunday — Unit militias")
      // is an ordinary word starting a sentence, not a name.
      if (s < i && !(i - s == 1 && (t.sentenceBreakBefore(s) || t.gapHas(s, TextTokens.DASH)))) {
        found.add(new Found(s, Dimension.PARTY, t.name(s, i), null));
      }
    }
  }

  /** "Kurdish", "Sunni", "Tigrayan": an adjective of origin, not a group's name. */
  private static boolean adjective(String w) {
    return w.endsWith("ish")
        || w.endsWith("ese")
        || w.endsWith("ic")
        || w.endsWith("ian")
        || w.endsWith("ite")
        || w.endsWith("ean")
        || w.endsWith("an")
        || w.endsWith("i");
  }

  /**
   * A one-word country or city name that starts a person's name: "Chad Henderson said", "Milan
   * Radoicic, a Kosovo Serb politician". A common given name needs only a surname-like word after
   * it; any other place name also needs a title before the name or a role or speech verb after it.
   */
  private static boolean firstName(TextTokens t, int i, BitSet known) {
    int n = i + 1;
    boolean shape =
        t.shape[i] == TextTokens.CAPITALISED
            && n < t.size
            && t.nameGap(n)
            && !t.sentenceBreakBefore(n)
            && PersonFinder.isNameWord(t, n, known)
            && !(i > 0 && !t.sentenceBreakBefore(i) && isPreposition(t.folded(i - 1)));
    if (!shape) {
      return false;
    }
    if (GIVEN_NAMES.contains(t.folded(i))) {
      return true;
    }
    boolean titled = i > 0 && !t.sentenceBreakBefore(i) && t.is(i - 1, WordClass.TITLE);
    int after = n + 1;
    boolean introduced =
        after < t.size
            && !t.sentenceBreakBefore(after)
            && ((t.gapHas(after, TextTokens.COMMA)
                    && (t.foldedEquals(after, "a")
                        || t.foldedEquals(after, "an")
                        || t.foldedEquals(after, "who")
                        || t.shape[after] == TextTokens.NUMBER))
                || (t.gapHas(after, TextTokens.SPACE)
                    && PersonFinder.isSpeechVerb(t.folded(after))));
    return titled || introduced;
  }

  private static boolean isPreposition(String w) {
    return switch (w) {
      case "in", "to", "from", "of", "with", "and", "for", "into", "on", "near", "at", "by" -> true;
      default -> false;
    };
  }

  /**
   * @param era the article's year by its date, or null
   * @param textEra when {@code era} is null, the latest year the text mentions (or null)
   */
  private void partiesAndPlaces(
      TextTokens t,
      Match m,
      Integer era,
      Integer textEra,
      int[] startEndingAt,
      int[] endStartingAt,
      List<Found> found,
      List<Ambiguous> ambiguous,
      List<EraChoice> eraChoices,
      List<KinChoice> kinChoices) {
    if (Contexts.club(t, m.from(), m.to())
        || Contexts.company(t, m.from(), m.to())
        || Contexts.americas(t, m.from())
        || insideDottedAbbreviation(t, m.from(), m.to())
        || ((t.charsUnion & TextTokens.SEEN_DIGIT) != 0 && Contexts.team(t, m.from(), m.to()))) {
      // "Bayern Munich", "Malaysia Airlines", "Latin America", "Greece beat Portugal 1-0": none is
      // the state
      return;
    }
    List<Target> partyTargets = null; // made for the first party: a place or a person has none
    boolean seat = false;
    for (int q = 0, qn = m.targets().size(); q < qn; q++) {
      Target x = m.targets().get(q);
      if (x.entry().dimension() == Dimension.PARTY) {
        if (partyTargets == null) {
          partyTargets = new ArrayList<>(2);
        }
        partyTargets.add(x);
        seat |= x.kind() == SEAT;
      }
    }
    boolean comparison = partyTargets != null && Contexts.comparison(t, m.from());
    Boolean actor = null;
    if (seat && !comparison) {
      actor = actor(t, m, startEndingAt, endStartingAt);
    }
    // A capital standing for its government ("Washington said") is not a place of the story
    // there; it is one only where some other mention uses it as a location.
    if (!Boolean.TRUE.equals(actor)) {
      for (int q = 0, qn = m.targets().size(); q < qn; q++) {
        Target x = m.targets().get(q);
        if (x.entry().dimension() == Dimension.PLACE
            && !Contexts.document(t, m.to())
            && !Contexts.vessel(t, m.from())
            && !Contexts.groupOfStates(t, m.to(), "sea".equals(x.entry().type()))) {
          found.add(new Found(m.from(), Dimension.PLACE, x.entry().name(), x.entry()));
        }
      }
    }
    if (partyTargets == null || comparison) {
      return;
    }
    List<Target> keep = new ArrayList<>(partyTargets.size());
    for (int q = 0, qn = partyTargets.size(); q < qn; q++) {
      Target x = partyTargets.get(q);
      boolean ok =
          switch (x.kind()) {
            case SEAT -> {
              // "Bonn" in an article dated after 1990, or undated but naming a later year, is no
              // longer West Germany's government
              Integer until = x.entry().until();
              if (until != null
                  && ((era != null && !x.entry().existedIn(era))
                      || (textEra != null && textEra > until))) {
                yield false;
              }
              if (actor == null) {
                actor = actor(t, m, startEndingAt, endStartingAt);
              }
              yield actor;
            }
            case DEMONYM, SHORT_NAME ->
                !Contexts.ethnic(t, m.from(), m.to(), x.kind() == DEMONYM)
                    && !("historical_state".equals(x.entry().type())
                        && (Contexts.former(t, m.from())
                            || (x.properAdjective() && !Contexts.adjectiveAsState(t, m.to()))));
            case PEOPLE -> Contexts.peopleAsActor(t, m.from(), m.to());
            default ->
                !nationalBody(t, m)
                    && !(x.state() && Contexts.stateNameAsAttribute(t, m.to()))
                    // "the wars of the former Yugoslavia": the lands, not the state
                    && !("historical_state".equals(x.entry().type())
                        && Contexts.former(t, m.from()));
          };
      if (ok) {
        keep.add(x);
      }
    }
    if (keep.size() > 1) {
      List<Target> fit = new ArrayList<>();
      for (int q = 0, qn = keep.size(); q < qn; q++) {
        Target x = keep.get(q);
        if (era == null ? x.entry().until() == null : x.entry().existedIn(era)) {
          fit.add(x);
        }
      }
      if (fit.size() == 1 && era == null && fit.get(0).entry().until() == null) {
        for (int q = 0, qn = keep.size(); q < qn; q++) {
          GazetteerEntry older = keep.get(q).entry();
          if (older.until() != null && older.existedIn(textEra)) {
            eraChoices.add(new EraChoice(m.from(), fit.get(0).entry(), older));
            return;
          }
        }
      }
      if (!fit.isEmpty()) {
        keep = fit;
      }
    }
    for (int q = 0, qn = keep.size(); q < qn; q++) {
      Target x = keep.get(q);
      if ((x.kind() == DEMONYM || x.kind() == PEOPLE) && !x.entry().communities().isEmpty()) {
        // "Serbian forces" in Kosovo are Serbia's, "Serb forces" around Sarajevo the Bosnian Serbs'
        boolean strong =
            x.kind() == DEMONYM
                && (Contexts.kinStateWord(t, m.to())
                    || (x.stateForm() && Contexts.adjectiveAsState(t, m.to())));
        kinChoices.add(new KinChoice(m.from(), x.entry(), strong));
        continue;
      }
      GazetteerEntry place = x.kind() == NAME ? qualifiedPlaces.get(x.entry().name()) : null;
      if (place != null) {
        ambiguous.add(new Ambiguous(m.from(), x.entry(), place));
      } else {
        addParty(found, m.from(), x.entry());
      }
    }
  }

  /**
   * Adds the states of the demonyms in {@code choices}: each unless the article names a party where
   * its people live as a community ("Albanian villagers" in Kosovo, "Serb gunners" around
   * Sarajevo), and then only if it names the state in some other way too ("Tirana", "Serbia") or by
   * its government ("the Albanian government").
   */
  private void kinChoices(List<KinChoice> choices, List<Found> found) {
    // The parties named, and the states of the places named ("in Mitrovica": Kosovo); read before
    // any choice is added to found.
    NamedInArticle named = new NamedInArticle(found);
    Set<GazetteerEntry> states = new HashSet<>();
    for (int k = 0, n = choices.size(); k < n; k++) {
      KinChoice c = choices.get(k);
      if (c.strong() || named.state(c.party().name())) {
        states.add(c.party());
      } else {
        boolean host = false;
        for (String community : c.party().communities()) {
          host |= named.state(community);
        }
        if (!host) {
          states.add(c.party());
        }
      }
    }
    for (int k = 0, n = choices.size(); k < n; k++) {
      KinChoice c = choices.get(k);
      if (states.contains(c.party())) {
        addParty(found, c.position(), c.party());
      }
    }
  }

  /** Whether every value of a match is a place. */
  private static boolean onlyPlaces(Match m) {
    for (int q = 0, qn = m.targets().size(); q < qn; q++) {
      if (m.targets().get(q).entry().dimension() != Dimension.PLACE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every value of a match is named by an adjective ("Portuguese"), which names no place
   * for the place patterns to list with: "in Portuguese, Tetum and English".
   */
  private static boolean onlyAdjectives(Match m) {
    for (int q = 0, qn = m.targets().size(); q < qn; q++) {
      if (m.targets().get(q).kind() != DEMONYM) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether words {@code [from, to)} are part of a longer abbreviation with dots: "A.U." in
   * "O.A.U." is not the African Union, nor "U.N." in "U.N.H.C.R." the United Nations alone.
   */
  private static boolean insideDottedAbbreviation(TextTokens t, int from, int to) {
    return (from > 0 && letterDot(t, from - 1, from)) || (to < t.size && letterDot(t, to, to));
  }

  /** Whether the gap before word {@code gap} is a bare "." and word {@code letter} one letter. */
  private static boolean letterDot(TextTokens t, int letter, int gap) {
    return t.end[letter] - t.start[letter] == 1
        && t.start[gap] - t.end[gap - 1] == 1
        && t.cs[t.end[gap - 1]] == '.';
  }

  /**
   * "Armenia's Security Council", "the National Security Council": a body of one state, not the
   * international one that the bare words usually name.
   */
  private static boolean nationalBody(TextTokens t, Match m) {
    if (m.to() - m.from() != 2 || !bareBody(t.folded(m.from()), t.folded(m.from() + 1))) {
      return false;
    }
    int p = m.from() - 1;
    if (p < 0 || t.sentenceBreakBefore(m.from())) {
      return false;
    }
    String w = t.folded(p);
    if ((w.equals("and") || w.equals("of")) && p > 0 && t.capitalised(p - 1)) {
      return true; // "National Defence and Security Council"
    }
    return w.equals("national")
        || w.equals("state")
        || w.equals("federal")
        || w.equals("supreme")
        || w.equals("his")
        || w.equals("its")
        || w.equals("their")
        || w.equals("own")
        || t.gapHas(m.from(), TextTokens.POSSESSIVE)
        || (t.capitalised(p)
            && !w.equals("the")
            && !w.equals("un")
            && !w.equals("n")
            && !w.equals("international"));
  }

  /**
   * Whether two words name a body that the United Nations and single states alike have ("Security
   * Council", "General Assembly"), or the International Committee and the national societies alike
   * ("Red Cross", "Red Crescent"). Compared word by word: this runs for every two-word party in the
   * text, and joining the pair into a new string to look it up in a set was about 1% of extraction
   * on real news.
   */
  private static boolean bareBody(String first, String second) {
    return switch (second) {
      case "council" -> first.equals("security");
      case "assembly" -> first.equals("general");
      case "cross", "crescent" -> first.equals("red"); // "the Soviet Red Cross"
      default -> false;
    };
  }

  /** A party and the organisations it belongs to (a UN agency: the United Nations). */
  private void addParty(List<Found> found, int position, GazetteerEntry party) {
    GazetteerEntry p = party;
    for (int depth = 0; p != null && depth < 4; depth++) {
      found.add(new Found(position, Dimension.PARTY, p.name(), p));
      String parent = p.affiliation();
      p = parent == null || parent.equals(p.name()) ? null : parties.get(parent);
    }
  }

  /** Whether a capital in a coordination ("Baku and Yerevan said") is used as an actor. */
  private static boolean actor(TextTokens t, Match m, int[] startEndingAt, int[] endStartingAt) {
    int from = m.from();
    while (from >= 2) {
      int link = from - 1;
      String w = t.folded(link);
      if ((w.equals("and") || w.equals("or")) && startEndingAt[link] >= 0) {
        from = startEndingAt[link];
      } else if (t.gapHas(from, TextTokens.COMMA)
          && !t.sentenceBreakBefore(from)
          && startEndingAt[from] >= 0) {
        from = startEndingAt[from];
      } else {
        break;
      }
    }
    int to = m.to();
    while (to + 1 < t.size) {
      String w = t.folded(to);
      if ((w.equals("and") || w.equals("or"))
          && !t.sentenceBreakBefore(to)
          && endStartingAt[to + 1] >= 0) {
        to = endStartingAt[to + 1];
      } else {
        break;
      }
    }
    return Contexts.actor(t, m.from(), m.to(), from, to);
  }

  private static boolean isPerson(Match m) {
    for (int q = 0, qn = m.targets().size(); q < qn; q++) {
      Target x = m.targets().get(q);
      if (x.entry().dimension() == Dimension.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of the people a match names, the one in office in {@code era} when it names several ("George
   * Bush" in 1990 and in 2003), else null: all of them stay.
   */
  private static GazetteerEntry onePersonOf(Match m, int era) {
    List<Target> targets = m.targets();
    if (targets.size() < 2) {
      return null;
    }
    GazetteerEntry in = null;
    int persons = 0;
    for (int q = 0, qn = targets.size(); q < qn; q++) {
      GazetteerEntry e = targets.get(q).entry();
      if (e.dimension() != Dimension.PERSON) {
        continue;
      }
      persons++;
      if (e.existedIn(era) && (e.from() != null || e.until() != null)) {
        if (in != null) {
          return null;
        }
        in = e;
      }
    }
    return persons > 1 ? in : null;
  }

  /**
   * People: the dictionary's, then those the patterns find, resolved to full names.
   *
   * @param era the article's year, or null: decides between known people who share a name
   * @return the words of the full names found by the patterns, which no place pattern may take
   */
  private BitSet persons(
      TextTokens t,
      List<Match> matches,
      BitSet known,
      BitSet excluded,
      List<Found> found,
      Integer era) {
    PersonNames.Named named = persons.named();
    for (int mi = 0, mn = matches.size(); mi < mn; mi++) {
      Match m = matches.get(mi);
      GazetteerEntry ofEra = era == null ? null : onePersonOf(m, era);
      for (int q = 0, qn = m.targets().size(); q < qn; q++) {
        Target x = m.targets().get(q);
        if (x.entry().dimension() == Dimension.PERSON
            && !excluded.get(m.from())
            && (ofEra == null || ofEra == x.entry())) {
          found.add(new Found(m.from(), Dimension.PERSON, x.entry().name(), x.entry()));
          named.add(x.entry().name());
          officeHolder(t, m.from(), x.entry(), found);
        }
      }
    }
    List<int[]> candidates = new ArrayList<>(PersonFinder.find(t, known, excluded));
    BitSet used = new BitSet(t.size);
    for (int[] c : candidates) {
      used.set(c[0], c[1]);
    }
    for (int mi = 0, mn = matches.size(); mi < mn; mi++) {
      Match m = matches.get(mi);
      if (!excluded.get(m.from()) && isPerson(m)) {
        PersonFinder.listedAfterKnown(t, m.to(), known, excluded, used, candidates);
      }
    }
    // "senior leaders, Nuon Chea, Ieng Sary, Ieng Thirith and Khieu Samphan": the names listed
    // after a full name the patterns found are people too.
    for (int c = 0, cn = candidates.size(); c < cn; c++) {
      int[] name = candidates.get(c);
      if (name[1] - name[0] >= 2 && (name.length < 3 || name[2] != PersonFinder.MONONYM)) {
        PersonFinder.listedAfterKnown(t, name[1], known, excluded, used, candidates);
      }
    }
    int cn = candidates.size();
    String[][] partsOf = new String[cn][];
    List<String[]> fullParts = new ArrayList<>();
    for (int k = 0; k < cn; k++) {
      int[] c = candidates.get(k);
      String[] parts = PersonNames.parts(t, c[0], c[1]);
      partsOf[k] = parts;
      if (parts.length >= 2 && !hyphenatedOnly(t, c[0], c[1])) {
        fullParts.add(parts);
      }
    }
    List<Integer> surnames = new ArrayList<>();
    BitSet fullNames = new BitSet();
    for (int k = 0; k < cn; k++) {
      int[] c = candidates.get(k);
      if (c.length > 2 && c[2] == PersonFinder.MONONYM) {
        // "Patriarch Kirill", "King Hussein": the one name is the person's, never resolved as a
        // surname to another ("King Hussein" is not Saddam Hussein).
        String name = surface(t, c[0], c[1]);
        named.add(name);
        found.add(new Found(c[0], Dimension.PERSON, name, null));
        continue;
      }
      String[] parts = partsOf[k];
      if (parts.length < 2 || hyphenatedOnly(t, c[0], c[1]) || isTailOfAnother(parts, fullParts)) {
        surnames.add(k);
        continue;
      }
      GazetteerEntry e = persons.resolve(parts, era);
      // "Suu Kyi" after "Aung San Suu Kyi": the end of a name the article gives in full
      String tail = e == null ? persons.resolveSurname(parts, named, era) : null;
      String name = e != null ? e.name() : tail != null ? tail : surface(t, c[0], c[1]);
      named.add(name);
      found.add(new Found(c[0], Dimension.PERSON, name, e));
      fullNames.set(c[0], c[1]);
      if (e != null) {
        officeHolder(t, c[0], e, found);
      }
    }
    // The article's parties, made when a surname first needs them: most articles have none to
    // resolve.
    Set<String> parties = null;
    BitSet candidate = new BitSet(t.size);
    for (int[] c : candidates) {
      candidate.set(c[0], c[1]);
    }
    for (int k : surnames) {
      int[] c = candidates.get(k);
      String[] parts = partsOf[k];
      String resolved = persons.resolveSurname(parts, named, era);
      if (resolved == null && parts.length == 1) {
        if (parties == null) {
          parties = partiesOf(found);
        }
        GazetteerEntry near = persons.resolveNearSurname(parts[0], named, parties);
        resolved = near == null ? null : near.name();
      }
      if (resolved != null) {
        found.add(new Found(c[0], Dimension.PERSON, resolved, null));
      }
    }
    bareSurnames(t, known, excluded, candidate, named, parties, found);
    return fullNames;
  }

  /**
   * Heads of state and government ("Prime Minister" too, below), whose holder, named with the
   * title, acts for the holder's state. Not ministers or envoys: a gazetteer person has one
   * affiliation, and "Foreign Minister Eduard Shevardnadze" spoke for the Soviet Union years before
   * he led Georgia. Public for the benchmark corpus generator, whose metadata must agree.
   */
  public static final Set<String> OFFICES =
      PersonFinder.words(
          "president",
          "premier",
          "chancellor",
          "taoiseach",
          "king",
          "queen",
          "emir",
          "sultan",
          "emperor");

  /**
   * "President Heydar Aliyev sent condolences": a known person named with the office they hold
   * names their state or organisation, as "Azerbaijan's president" would. Not for "former
   * President" or "the late King", who no longer act for it.
   */
  private void officeHolder(TextTokens t, int at, GazetteerEntry person, List<Found> found) {
    String affiliation = person.affiliation();
    // Only a plain space between title and name: not '... told the president," Name said'
    if (affiliation == null || at == 0 || t.sentenceBreakBefore(at) || !t.nameGap(at)) {
      return;
    }
    int title = at - 1;
    String office = t.folded(title);
    boolean prime = office.equals("minister") && title > 0 && t.foldedEquals(title - 1, "prime");
    if (!t.is(title, WordClass.TITLE) || !(prime || OFFICES.contains(office))) {
      return;
    }
    for (int k = title; k >= Math.max(0, title - 3); k--) {
      String w = t.folded(k);
      if (w.equals("former") || w.equals("late") || w.equals("ex")) {
        return;
      }
      if (k == 0 || t.sentenceBreakBefore(k)) {
        break;
      }
    }
    GazetteerEntry party = parties.get(affiliation);
    if (party != null) {
      addParty(found, title, party);
    }
  }

  /** The names of the parties found. */
  private static Set<String> partiesOf(List<Found> found) {
    Set<String> parties = new HashSet<>();
    for (Found f : found) {
      if (f.dimension() == Dimension.PARTY) {
        parties.add(f.name());
      }
    }
    return parties;
  }

  /**
   * Surnames alone before a verb or a possessive, with no title: "Pashinyan has proposed",
   * "Zelenskiy has repeatedly called". Resolved only to a person named in the article or to the one
   * known person of that surname (or one letter off) whose party the article names ({@code
   * parties}, or null if not made yet: made from {@code found} when first needed).
   */
  private void bareSurnames(
      TextTokens t,
      BitSet known,
      BitSet excluded,
      BitSet candidate,
      PersonNames.Named named,
      Set<String> parties,
      List<Found> found) {
    int[] picks = null;
    int picked = 0;
    int[] notable = t.notable(); // every capitalised word among them
    for (int q = 0, qn = t.notableCount(); q < qn; q++) {
      int i = notable[q];
      if (t.shape[i] != TextTokens.CAPITALISED
          || t.end[i] - t.start[i] < 5
          || known.get(i)
          || excluded.get(i)
          || candidate.get(i)) {
        continue;
      }
      int n = i + 1;
      // The possessive first: it spares the verb's set look-up.
      boolean possessive = n < t.size && t.gapHas(n, TextTokens.POSSESSIVE);
      boolean verb =
          !possessive
              && n < t.size
              && t.gapHas(n, TextTokens.SPACE)
              && !t.sentenceBreakBefore(n)
              && t.is(n, WordClass.ACTOR_VERB);
      // "spoke with Aliyev and Pashinyan", "talks between Aliyev and Pashinyan": a surname after a
      // word that links people, ending its phrase
      boolean linked =
          !verb
              && !possessive
              && i > 0
              && !t.sentenceBreakBefore(i)
              && t.gapHas(i, TextTokens.SPACE)
              && t.shape[i - 1] == TextTokens.LOWER
              && (n >= t.size || !t.capitalised(n) || !t.nameGap(n))
              && PEOPLE_LINKS.contains(t.folded(i - 1));
      if (!(verb || possessive || linked)) {
        continue;
      }
      if (i > 0 && !t.sentenceBreakBefore(i) && t.capitalised(i - 1) && t.nameGap(i)) {
        continue; // part of a longer name
      }
      if (picks == null) {
        picks = new int[8];
      } else if (picked == picks.length) {
        picks = Arrays.copyOf(picks, picked * 2);
      }
      picks[picked++] = i;
    }
    if (picked == 0) {
      return;
    }
    // A surname picked again ("Pashinyan said ... Pashinyan's") is checked and resolved once:
    // each pick points to the first pick of its word.
    int[] distinct = new int[picked];
    int[] of = new int[picked];
    int distinctCount = 0;
    for (int p = 0; p < picked; p++) {
      String g = t.folded(picks[p]);
      int d = 0;
      while (d < distinctCount && !t.folded(distinct[d]).equals(g)) {
        d++;
      }
      if (d == distinctCount) {
        distinct[distinctCount++] = picks[p];
      }
      of[p] = d;
    }
    // "Power" where the text also writes "power": a word, not a name. The few picks are compared
    // with the lower-case words in one pass rather than through a set of every lower-case word.
    // Equal folded words have equal lexicon ids (a word the lexicon lacks has -1), so only words
    // outside the lexicon need their strings compared.
    boolean[] word = alsoLowerCase(t, distinct, distinctCount);
    // What the look-ups below need, made for the first: every pick may be a word.
    Set<String> articleParties = parties;
    GazetteerEntry[] resolved = new GazetteerEntry[distinctCount];
    boolean[] looked = new boolean[distinctCount];
    for (int p = 0; p < picked; p++) {
      int d = of[p];
      if (word[d]) {
        continue;
      }
      if (!looked[d]) {
        if (articleParties == null) {
          articleParties = partiesOf(found); // persons added meanwhile are no parties
        }
        resolved[d] = persons.resolveNearSurname(t.folded(distinct[d]), named, articleParties);
        looked[d] = true;
      }
      GazetteerEntry e = resolved[d];
      if (e != null) {
        int i = picks[p];
        found.add(new Found(i, Dimension.PERSON, e.name(), e));
      }
    }
  }

  /** Words before a bare surname that link it to other people: "talks between Aliyev and". */
  private static final Set<String> PEOPLE_LINKS =
      PersonFinder.words("with", "between", "and", "met", "told", "urged", "invited", "by");

  /**
   * For each of the words at {@code distinct[0, distinctCount)}: whether the text also writes it in
   * lower case ("Power" where the text also writes "power"). The words in lower case are read once,
   * each compared only with the picks of its hash.
   */
  static boolean[] alsoLowerCase(TextTokens t, int[] distinct, int distinctCount) {
    boolean[] word = new boolean[distinctCount];
    if (distinctCount == 0) {
      return word;
    }
    int[] ids = t.ids;
    String[] pick = new String[distinctCount];
    // The picks by the hash of their folded form, chained: a word of ASCII characters can equal
    // only the picks of its own hash, so it is compared with those alone.
    int buckets = Integer.highestOneBit(distinctCount * 4 - 1) * 2;
    int[] firstOfHash = new int[buckets];
    Arrays.fill(firstOfHash, -1);
    int[] nextOfHash = new int[distinctCount];
    int[] pickHash = new int[distinctCount];
    // The picks still open: the walk ends when every pick that may be true is (a surname written
    // in lower case too is usually found long before the text's end).
    int open = 0;
    for (int d = 0; d < distinctCount; d++) {
      pick[d] = t.folded(distinct[d]);
      pickHash[d] = pick[d].hashCode();
      if (!t.mayBeLower(pickHash[d])) {
        continue; // no word in lower case has its hash: left out of the table, never true
      }
      open++;
      int b = spread(pickHash[d]) & (buckets - 1);
      nextOfHash[d] = firstOfHash[b];
      firstOfHash[b] = d;
    }
    int[] hashes = t.hashes;
    for (int k = 0; k < t.size && open > 0; k++) {
      if ((t.chars[k] & TextTokens.SEEN_OTHER) == 0) {
        // The bucket of the word's hash first: it is empty for almost every word, where whether a
        // word is in lower case goes either way from word to word.
        int hash = hashes[k];
        int first = firstOfHash[spread(hash) & (buckets - 1)];
        if (first < 0 || t.shape[k] != TextTokens.LOWER) {
          continue;
        }
        int id = ids == null ? -1 : ids[k];
        for (int d = first; d >= 0; d = nextOfHash[d]) {
          if (!word[d] && pickHash[d] == hash && sameWord(t, k, id, distinct[d], pick[d])) {
            word[d] = true;
            open--;
          }
        }
      } else if (t.shape[k] == TextTokens.LOWER) {
        int id = ids == null ? -1 : ids[k];
        for (int d = 0; d < distinctCount; d++) {
          if (!word[d] && sameWord(t, k, id, distinct[d], pick[d])) {
            word[d] = true;
            open--;
          }
        }
      }
    }
    return word;
  }

  /**
   * {@link #alsoLowerCase} comparing every lower-case word with every pick: the reference the
   * hashed look-up is tested against.
   */
  static boolean[] alsoLowerCaseByScan(TextTokens t, int[] distinct, int distinctCount) {
    boolean[] word = new boolean[distinctCount];
    int[] ids = t.ids;
    for (int k = 0; k < t.size; k++) {
      if (t.shape[k] != TextTokens.LOWER) {
        continue;
      }
      for (int d = 0; d < distinctCount; d++) {
        int i = distinct[d];
        if (word[d] || (ids != null && ids[k] != ids[i])) {
          continue;
        }
        if (t.foldedEquals(k, t.folded(i))) {
          word[d] = true;
        }
      }
    }
    return word;
  }

  /**
   * Whether word {@code k} (of lexicon id {@code id}) is the word of pick {@code i}, whose folded
   * form is {@code folded}. Equal ids of the lexicon are equal folded words; a word the lexicon
   * lacks (-1) is compared by its folded form.
   */
  private static boolean sameWord(TextTokens t, int k, int id, int i, String folded) {
    if (t.ids != null && id != t.ids[i]) {
      return false;
    }
    return id >= 0 || t.foldedEquals(k, folded);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** "Ter-Petrosyan", "Mlambo-Ngcuka": a surname, not a first name and a surname. */
  private static boolean hyphenatedOnly(TextTokens t, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (!t.gapHas(i, TextTokens.HYPHEN)) {
        return false;
      }
    }
    return to - from == 2;
  }

  /** Whether a name is the end of a longer name found in the same text ("Hamdan Dagalo"). */
  private static boolean isTailOfAnother(String[] parts, List<String[]> others) {
    for (String[] o : others) {
      if (o.length > parts.length) {
        boolean tail = true;
        for (int i = 1; i <= parts.length; i++) {
          if (!o[o.length - i].equals(parts[parts.length - i])) {
            tail = false;
            break;
          }
        }
        if (tail) {
          return true;
        }
      }
    }
    return false;
  }

  /** A name as written, on one line, with "Jr." keeping its full stop. */
  private static String surface(TextTokens t, int from, int to) {
    String s = spacedInitials(t.name(from, to));
    String last = t.folded(to - 1);
    if ((last.equals("jr") || last.equals("sr")) && t.gapAfter(to - 1).startsWith(".")) {
      s += ".";
    }
    return s;
  }

  /** "F.W. de Klerk" as "F. W. de Klerk": initials written together are spaced as in most names. */
  static String spacedInitials(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 4);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      sb.append(c);
      if (c == '.'
          && k > 0
          && k + 1 < s.length()
          && Character.isUpperCase(s.charAt(k - 1))
          && (k == 1 || !Character.isLetter(s.charAt(k - 2)))
          && Character.isUpperCase(s.charAt(k + 1))) {
        sb.append(' ');
      }
    }
    return sb.length() == s.length() ? s : sb.toString();
  }

  /**
   * Decides each name shared by a party and a place elsewhere ("Georgia") by what else the article
   * names: places of the other state ("Atlanta", "Savannah") against entities of the party
   * ("Tbilisi", "Georgian", "Saakashvili").
   */
  private void resolveAmbiguous(
      TextTokens t, List<Ambiguous> ambiguous, List<Found> found, int[] matchEndStartingAt) {
    if (ambiguous.isEmpty()) {
      return;
    }
    Map<String, Boolean> placeWins = new HashMap<>();
    BitSet stateStarts = null;
    BitSet stateEnds = null;
    for (Ambiguous a : ambiguous) {
      String key = a.party().name() + "\u0000" + a.place().name();
      Boolean place = placeWins.get(key);
      if (place == null) {
        place = placeEvidence(a, found) > partyEvidence(a, found);
        placeWins.put(key, place);
      }
      if (place && stateStarts == null) {
        stateStarts = new BitSet();
        stateEnds = new BitSet();
        for (Found f : found) {
          if (f.dimension() == Dimension.PARTY
              && f.entry() != null
              && f.entry().type() != null
              && STATE_TYPES.contains(f.entry().type())) {
            stateStarts.set(f.position());
            int end = matchEndStartingAt[f.position()];
            stateEnds.set(end > f.position() ? end - 1 : f.position());
          }
        }
      }
      // "a pipeline through Georgia and Turkey": listed with a state, the state, whatever the
      // rest of the article makes of the name
      if (place && !listedWithState(t, a.position(), stateStarts, stateEnds)) {
        found.add(new Found(a.position(), Dimension.PLACE, a.place().name(), a.place()));
      } else {
        addParty(found, a.position(), a.party());
      }
    }
  }

  /**
   * Whether the one-word name at {@code p} is listed with a state: "Georgia and Turkey", "Armenia,
   * Georgia and Azerbaijan", "between Russia and Georgia".
   */
  private static boolean listedWithState(TextTokens t, int p, BitSet starts, BitSet ends) {
    int next = p + 1;
    if (next < t.size && !t.sentenceBreakBefore(next)) {
      if (t.gapHas(next, TextTokens.COMMA) && starts.get(next)) {
        return true;
      }
      if ((t.foldedEquals(next, "and") || t.foldedEquals(next, "or"))
          && next + 1 < t.size
          && !t.sentenceBreakBefore(next + 1)
          && starts.get(next + 1)) {
        return true;
      }
    }
    if (p > 0 && !t.sentenceBreakBefore(p)) {
      if (t.gapHas(p, TextTokens.COMMA) && ends.get(p - 1)) {
        return true;
      }
      return p > 1
          && (t.foldedEquals(p - 1, "and") || t.foldedEquals(p - 1, "or"))
          && !t.sentenceBreakBefore(p - 1)
          && ends.get(p - 2);
    }
    return false;
  }

  private static int partyEvidence(Ambiguous a, List<Found> found) {
    Set<String> seen = new HashSet<>();
    String party = a.party().name();
    for (Found f : found) {
      boolean of =
          (f.dimension() == Dimension.PARTY && f.name().equals(party))
              || (f.entry() != null && party.equals(f.entry().affiliation()));
      if (of) {
        seen.add(f.dimension() + f.name());
      }
    }
    return seen.size();
  }

  private int placeEvidence(Ambiguous a, List<Found> found) {
    Set<String> seen = new HashSet<>();
    String state = a.place().affiliation();
    for (Found f : found) {
      if (f.dimension() != Dimension.PLACE
          || f.entry() == null
          || f.entry().name().equals(a.place().name())) {
        continue;
      }
      String aff = f.entry().affiliation();
      boolean of =
          a.place().name().equals(aff)
              || (state != null
                  && state.equals(aff)
                  && !seats.contains(state + "\u0000" + TextTokens.foldAll(f.name())));
      if (of) {
        seen.add(f.name());
      }
    }
    return seen.size();
  }

  /** What {@link #extract} found: values in order of first mention, and where. */
  static final class Entities {
    final Set<String> parties;
    final Set<String> persons;
    final Set<String> places;
    final List<Mention> mentions = new ArrayList<>();

    private Entities(
        TextTokens t, List<Found> found, List<Integer> zoneStarts, List<Mention.Where> where) {
      int n = found.size();
      Dimension[] dims = new Dimension[n];
      String[] names = new String[n];
      Mention.Where[] wheres = new Mention.Where[n];
      for (int i = 0; i < n; i++) {
        Found f = found.get(i);
        dims[i] = f.dimension();
        names[i] = f.name();
        wheres[i] = zoneOf(t.start[f.position()], zoneStarts, where);
      }
      // The maps of counts hold each dimension's values in order of first find already: their
      // keys are the values, where sets of their own cost a second hashing of every find.
      Map<String, int[]>[] counts = count(dims, names, wheres, n, mentions);
      parties = values(counts, Dimension.PARTY);
      persons = values(counts, Dimension.PERSON);
      places = values(counts, Dimension.PLACE);
    }

    private static Set<String> values(Map<String, int[]>[] counts, Dimension d) {
      Map<String, int[]> m = counts[d.ordinal()];
      return m == null ? Set.of() : Collections.unmodifiableSet(m.keySet());
    }

    private static final Mention.Where[] WHERES = Mention.Where.values();

    private static final Dimension[] DIMENSIONS = Dimension.values();

    /**
     * Adds the mentions of {@code n} finds to {@code out}: by dimension (in enum order), value (in
     * order of first find) and part (in enum order), each with its count. One map of counts per
     * dimension, the parts' counts in an array, where maps of maps made a map per value. Returns
     * those maps, by dimension's ordinal (null for a dimension without finds).
     */
    static Map<String, int[]>[] count(
        Dimension[] dims, String[] names, Mention.Where[] wheres, int n, List<Mention> out) {
      @SuppressWarnings("unchecked")
      Map<String, int[]>[] byDimension = (Map<String, int[]>[]) new Map<?, ?>[DIMENSIONS.length];
      for (int i = 0; i < n; i++) {
        int d = dims[i].ordinal();
        Map<String, int[]> counts = byDimension[d];
        if (counts == null) {
          counts = new LinkedHashMap<>();
          byDimension[d] = counts;
        }
        int[] c = counts.get(names[i]);
        if (c == null) {
          c = new int[WHERES.length];
          counts.put(names[i], c);
        }
        c[wheres[i].ordinal()]++;
      }
      for (int d = 0; d < DIMENSIONS.length; d++) {
        if (byDimension[d] == null) {
          continue;
        }
        Dimension dimension = DIMENSIONS[d];
        for (Map.Entry<String, int[]> v : byDimension[d].entrySet()) {
          int[] c = v.getValue();
          for (int w = 0; w < c.length; w++) {
            if (c[w] > 0) {
              out.add(new Mention(dimension, v.getKey(), WHERES[w], c[w]));
            }
          }
        }
      }
      return byDimension;
    }

    /**
     * {@link #count} through maps of maps, as first written: the reference it is tested against.
     */
    static void countByMaps(
        Dimension[] dims, String[] names, Mention.Where[] wheres, int n, List<Mention> out) {
      Map<Dimension, Map<String, Map<Mention.Where, Integer>>> counts =
          new EnumMap<>(Dimension.class);
      for (int i = 0; i < n; i++) {
        counts
            .computeIfAbsent(dims[i], d -> new LinkedHashMap<>())
            .computeIfAbsent(names[i], x -> new EnumMap<>(Mention.Where.class))
            .merge(wheres[i], 1, Integer::sum);
      }
      for (Map.Entry<Dimension, Map<String, Map<Mention.Where, Integer>>> d : counts.entrySet()) {
        for (Map.Entry<String, Map<Mention.Where, Integer>> v : d.getValue().entrySet()) {
          for (Map.Entry<Mention.Where, Integer> w : v.getValue().entrySet()) {
            out.add(new Mention(d.getKey(), v.getKey(), w.getKey(), w.getValue()));
          }
        }
      }
    }

    private static Mention.Where zoneOf(
        int offset, List<Integer> zoneStarts, List<Mention.Where> where) {
      Mention.Where w = where.isEmpty() ? Mention.Where.BODY : where.get(0);
      for (int i = 0; i < zoneStarts.size(); i++) {
        if (zoneStarts.get(i) <= offset) {
          w = where.get(i);
        }
      }
      return w;
    }
  }
}
