package dev.newsfacet.internal.extract;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Fills an article's parties, persons, places and mentioned years from its title and body.
 *
 * <p>One pass of a dictionary trie over the words finds every known entity by any of its names;
 * pattern finders add people introduced by a role or a speech verb and places introduced as "the
 * village of ..."; a regular expression finds years. Immutable and thread-safe.
 */
public final class Extractor {
  private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);
  private static final Set<String> PLACE_NOUNS =
      Set.of("village", "town", "city", "settlement", "hamlet", "province", "district", "region");

  private static volatile Extractor builtIn;

  private final DictionaryMatcher<GazetteerEntry> dictionary = new DictionaryMatcher<>();
  private final Map<String, List<GazetteerEntry>> personsByFirstName = new HashMap<>();
  private final Map<String, List<GazetteerEntry>> personsBySurname = new HashMap<>();

  private Extractor(Gazetteer gazetteer) {
    for (GazetteerEntry e : gazetteer.entries()) {
      dictionary.add(e.name(), e);
      for (String alias : e.aliases()) {
        dictionary.add(alias, e);
      }
      if (e.dimension() == Dimension.PERSON) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        for (String n : names) {
          TextTokens w = TextTokens.of(n);
          if (w.size >= 2) {
            addTo(personsByFirstName, w.folded[0], e);
            addTo(personsBySurname, w.folded[w.size - 1], e);
          }
        }
      }
    }
  }

  private static void addTo(Map<String, List<GazetteerEntry>> map, String key, GazetteerEntry e) {
    List<GazetteerEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
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

  /** Fills the dimensions the article leaves empty; those it sets are kept (metadata wins). */
  public Article enrich(Article a) {
    boolean needParties = a.parties().isEmpty();
    boolean needPersons = a.persons().isEmpty();
    boolean needPlaces = a.places().isEmpty();
    boolean needYears = a.mentionedYears().isEmpty();
    if (!(needParties || needPersons || needPlaces || needYears)) {
      return a;
    }
    String text = a.title() == null ? a.body() : a.title() + "\n\n" + a.body();
    Entities found = extract(text);
    Article.Builder b = a.toBuilder();
    if (needParties) {
      b.parties(found.parties);
    }
    if (needPersons) {
      b.persons(found.persons);
    }
    if (needPlaces) {
      b.places(found.places);
    }
    if (needYears) {
      b.mentionedYears(YearFinder.find(text));
    }
    return b.build();
  }

  /** Parties, persons and places named in a text, in order of first mention. */
  Entities extract(String text) {
    TextTokens t = TextTokens.of(text);
    // Finders run one after another; sorting by word position restores the order of mention.
    List<Found> found = new ArrayList<>();
    BitSet known = new BitSet(t.size);
    dictionary.match(
        t,
        (from, to, entries) -> {
          known.set(from, to);
          for (GazetteerEntry e : entries) {
            found.add(new Found(from, e.dimension(), e.name()));
          }
        });
    List<int[]> candidates = PersonFinder.find(t, known);
    Set<String> fullNames = new LinkedHashSet<>();
    for (Found f : found) {
      if (f.dimension() == Dimension.PERSON) {
        fullNames.add(f.name());
      }
    }
    List<int[]> surnamesOnly = new ArrayList<>();
    for (int[] c : candidates) {
      if (c[1] - c[0] == 1) {
        surnamesOnly.add(c);
      } else {
        String name = resolvePerson(t, c[0], c[1]);
        fullNames.add(name);
        found.add(new Found(c[0], Dimension.PERSON, name));
      }
    }
    for (int[] c : surnamesOnly) {
      String resolved = resolveSurname(t.folded[c[0]], fullNames);
      if (resolved != null) {
        found.add(new Found(c[0], Dimension.PERSON, resolved));
      }
    }
    findPlaces(t, known, found);
    found.sort(java.util.Comparator.comparingInt(Found::position));
    Entities out = new Entities();
    for (Found f : found) {
      switch (f.dimension()) {
        case PARTY -> out.parties.add(f.name());
        case PERSON -> out.persons.add(f.name());
        case PLACE -> out.places.add(f.name());
        default -> {}
      }
    }
    return out;
  }

  /** One entity found at a word position. */
  private record Found(int position, Dimension dimension, String name) {}

  /**
   * A known person whose first name matches and whose surname is a near spelling, else as written.
   */
  private String resolvePerson(TextTokens t, int from, int to) {
    String first = t.folded[from];
    String last = t.folded[to - 1];
    List<GazetteerEntry> sameFirst = personsByFirstName.getOrDefault(first, List.of());
    GazetteerEntry match = null;
    for (GazetteerEntry e : sameFirst) {
      TextTokens n = TextTokens.of(e.name());
      String knownLast = n.folded[n.size - 1];
      int allowed = last.length() <= 6 ? 1 : 2;
      int d = EDITS.apply(last, knownLast);
      if (d >= 0 && d <= allowed && last.charAt(0) == knownLast.charAt(0)) {
        if (match != null && !match.equals(e)) {
          match = null; // Two known people fit: do not guess.
          break;
        }
        match = e;
      }
    }
    if (match != null) {
      return match.name();
    }
    return t.surface(from, to).replaceAll("[\\s\u00A0]+", " ");
  }

  /** The one person a bare surname after a title refers to, or null if not exactly one. */
  private String resolveSurname(String surname, Set<String> foundSoFar) {
    String inArticle = null;
    for (String p : foundSoFar) {
      TextTokens n = TextTokens.of(p);
      if (n.size >= 2 && n.folded[n.size - 1].equals(surname)) {
        if (inArticle != null && !inArticle.equals(p)) {
          return null;
        }
        inArticle = p;
      }
    }
    if (inArticle != null) {
      return inArticle;
    }
    List<GazetteerEntry> known = personsBySurname.getOrDefault(surname, List.of());
    return known.size() == 1 ? known.get(0).name() : null;
  }

  /** "the village of Sotk", "in the town of Vardenis", "Martakert province". */
  private static void findPlaces(TextTokens t, BitSet known, List<Found> found) {
    for (int i = 0; i < t.size; i++) {
      if (!PLACE_NOUNS.contains(t.folded[i])) {
        continue;
      }
      if (i + 2 < t.size && t.folded[i + 1].equals("of") && isPlaceWord(t, i + 2, known)) {
        int end = i + 3;
        while (end < t.size
            && end - (i + 2) < 3
            && isPlaceWord(t, end, known)
            && t.gapBefore(end).equals(" ")) {
          end++;
        }
        found.add(new Found(i + 2, Dimension.PLACE, t.surface(i + 2, end)));
      } else if (i > 0
          && isPlaceWord(t, i - 1, known)
          && t.gapBefore(i).equals(" ")
          && (t.folded[i].equals("province") || t.folded[i].equals("district"))
          && !t.folded[i - 1].equals("the")) {
        found.add(new Found(i - 1, Dimension.PLACE, t.surface(i - 1, i)));
      }
    }
  }

  private static boolean isPlaceWord(TextTokens t, int i, BitSet known) {
    return t.shape[i] == TextTokens.CAPITALISED && !known.get(i);
  }

  /** What {@link #extract} found. */
  static final class Entities {
    final Set<String> parties = new LinkedHashSet<>();
    final Set<String> persons = new LinkedHashSet<>();
    final Set<String> places = new LinkedHashSet<>();
  }
}
