package dev.newsfacet.internal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The world's towns beyond the curated gazetteer: GeoNames' populated places of 1,000 people or
 * more ({@code world-places.tsv}, built by {@code scripts/world-places.py}), about 166,000 names.
 * Most of them share their name with a person, a word or a town elsewhere ("York", "Stanley"), so
 * unlike the gazetteer's places a name counts only where the article vouches for it: after a
 * locative word ("in Lunsar", "shelters around Port Loko"), or listed with such a town, and only if
 * the article names the town's state. Immutable; loaded once, on first use, and shared.
 */
final class WorldPlaces {
  private static final WordLists WORDS = WordLists.load("world-places");

  private static final String RESOURCE = "world-places.tsv";

  /**
   * Words after which a capitalised name is where something happens: prepositions of place, and the
   * verbs of war done to a place ("retook Popasna", "shelled Petrinja").
   */
  static final Set<String> LOCATIVE = WORDS.set("locative");

  /**
   * Words after which the name is that of a building or a street, not of the town: "at Sunan
   * airport", "in Bolton stadium".
   */
  private static final Set<String> BUILDINGS =
      Set.of(
          "airport",
          "stadium",
          "university",
          "college",
          "school",
          "hospital",
          "museum",
          "street",
          "road",
          "avenue",
          "square",
          "park",
          "hotel");

  /** Lower-case words inside a town's name, besides the particles of persons' names. */
  private static final Set<String> INNER_WORDS =
      Set.of("pod", "nad", "na", "am", "an", "im", "upon", "sur", "en", "sul", "las", "los");

  /**
   * The resource's bytes (ASCII): lines of a folded name, its label (empty if it is the folded name
   * with each word capitalised) and its states' labels joined by {@code |}, tab-separated, sorted
   * by the folded name. Kept as read: a town is looked up rarely (a capitalised word after a
   * locative word), so a binary search over the lines serves, and loading makes no object per town.
   */
  private final byte[] data;

  /** Where each line starts in {@link #data}, comments left out. */
  private final int[] lines;

  /**
   * A bit per {@link String#hashCode} of each folded name, low bits: most capitalised words after
   * "in" ("in March", "in Parliament") are ruled out by one bit, not a binary search.
   */
  private final long[] hashBits = new long[HASH_BITS >>> 6];

  private static final int HASH_BITS = 1 << 20;

  private WorldPlaces(byte[] data) {
    this.data = data;
    int n = 0;
    int[] starts = new int[1 << 17];
    for (int p = 0; p < data.length; ) {
      int end = p;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      if (end > p && data[p] != '#') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = p;
        int h = 0;
        for (int k = p; k < end && data[k] != '\t'; k++) {
          h = 31 * h + data[k]; // String.hashCode of the ASCII key
        }
        int bit = h & (HASH_BITS - 1);
        hashBits[bit >>> 6] |= 1L << bit;
      }
      p = end + 1;
    }
    this.lines = Arrays.copyOf(starts, n);
  }

  private static final class Holder {
    static final WorldPlaces BUILT_IN = load();
  }

  /** The built-in list, loaded on first use. */
  static WorldPlaces builtIn() {
    return Holder.BUILT_IN;
  }

  private static WorldPlaces load() {
    try (InputStream in = WorldPlaces.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource missing: " + RESOURCE);
      }
      return new WorldPlaces(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list in the resource's format, for tests. */
  static WorldPlaces of(String lines) {
    return new WorldPlaces(lines.getBytes(StandardCharsets.US_ASCII));
  }

  /** How many names. */
  int size() {
    return lines.length;
  }

  /** The line of a folded name (words joined by single spaces), or -1. */
  int id(String folded) {
    int bit = folded.hashCode() & (HASH_BITS - 1);
    if ((hashBits[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    int lo = 0;
    int hi = lines.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(folded, lines[mid]);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return -1;
  }

  /** {@code key} against the folded name of the line at {@code p}, as strings compare. */
  private int compare(String key, int p) {
    for (int i = 0; ; i++, p++) {
      int b = data[p] == '\t' ? -1 : data[p];
      int k = i < key.length() ? key.charAt(i) : -1;
      if (b != k) {
        return k < b ? -1 : 1;
      }
      if (k < 0) {
        return 0;
      }
    }
  }

  /** The folded name of a line. */
  String key(int id) {
    int p = lines[id];
    return new String(data, p, indexOf('\t', p) - p, StandardCharsets.US_ASCII);
  }

  /** The label of a line's towns. */
  String name(int id) {
    int p = lines[id];
    int tab = indexOf('\t', p);
    int end = indexOf('\t', tab + 1);
    if (end > tab + 1) {
      return new String(data, tab + 1, end - tab - 1, StandardCharsets.US_ASCII);
    }
    char[] c = new String(data, p, tab - p, StandardCharsets.US_ASCII).toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (i == 0 || c[i - 1] == ' ') {
        c[i] = Character.toUpperCase(c[i]);
      }
    }
    return new String(c);
  }

  /** The states of a line's towns, as the gazetteer's party labels. */
  List<String> states(int id) {
    int p = indexOf('\t', indexOf('\t', lines[id]) + 1) + 1;
    int end = indexOf('\n', p);
    return Arrays.asList(new String(data, p, end - p, StandardCharsets.US_ASCII).split("\\|"));
  }

  private int indexOf(char c, int from) {
    int p = from;
    while (p < data.length && data[p] != c) {
      p++;
    }
    return p;
  }

  /**
   * What the article names, asked only about a name that could be a town (most articles have none),
   * so that what it costs to answer is paid only then.
   */
  interface Named {
    /** Whether the article names the state of this party label. */
    boolean state(String label);

    /** Whether a person the article names has this folded word in their name. */
    boolean personPart(String folded);
  }

  /**
   * Towns of this list that the text names where something happens and whose state the article
   * names.
   *
   * @param taken words that are known names, boilerplate or parts of persons' names
   * @param placeEnds the last words of places found already, which a list may continue: "in Lunsar
   *     and Port Loko"; the towns found here are added to it
   * @param named what else the article names: its states, and its persons ("Keller" after "to" is
   *     the person named before, not a town)
   */
  List<PlaceFinder.Place> find(TextTokens t, BitSet taken, BitSet placeEnds, Named named) {
    List<PlaceFinder.Place> out = null;
    // A town's name starts at a capitalised word: the notable words hold every one.
    int[] notable = t.notable();
    int after = 0; // the first word a name found here leaves to look at
    for (int q = 0, qn = t.notableCount(); q < qn; q++) {
      int i = notable[q];
      if (i < after
          || i == 0
          || t.shape[i] != TextTokens.CAPITALISED
          || taken.get(i)
          || !vouched(t, i, placeEnds)) {
        continue;
      }
      int e = i + 1;
      while (e < t.size && e - i < 5 && t.nameGap(e) && !taken.get(e) && inName(t, e)) {
        e++;
      }
      // The longest run of the words that is a town, if the run ends there: in "at Stanley Park",
      // "in San Vicente del Caguán" or "in Pul-e-Alam" neither Stanley, San Vicente nor Pul is.
      for (int to = e; to > i; to--) {
        if (to < t.size
            && t.nameGap(to)
            && (t.capitalised(to)
                || t.gapHas(to, TextTokens.HYPHEN)
                || t.is(to, WordClass.PARTICLE))) {
          continue;
        }
        int id = id(folded(t, i, to));
        if (id >= 0 && accept(t, i, to, id, named)) {
          if (out == null) {
            out = new ArrayList<>();
          }
          out.add(new PlaceFinder.Place(i, name(id)));
          placeEnds.set(to - 1);
          after = to;
          break;
        }
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * Whether word {@code i} follows a locative word, or continues a list of places: "in X and Y",
   * "at X, Y or Z".
   */
  private static boolean vouched(TextTokens t, int i, BitSet placeEnds) {
    // A gap of spaces alone, or of a comma and spaces, holds no sentence break.
    int p = i - 1;
    int gap = t.gap[i];
    if (gap == TextTokens.SPACE && t.shape[p] == TextTokens.CAPITALISED) {
      return t.is(p, WordClass.LOCATIVE) && t.sentenceBreakBefore(p); // "In Yalova, ..."
    }
    if (gap == TextTokens.SPACE && t.shape[p] == TextTokens.LOWER) {
      if (t.is(p, WordClass.LOCATIVE)) {
        return true;
      }
      return p > 0
          && placeEnds.get(p - 1)
          && (t.foldedEquals(p, "and") || t.foldedEquals(p, "or"))
          && !t.sentenceBreakBefore(p);
    }
    return (gap & TextTokens.COMMA) != 0
        && (gap & ~(TextTokens.COMMA | TextTokens.SPACE)) == 0
        && placeEnds.get(p);
  }

  /**
   * Whether word {@code e} may go on a town's name: a capitalised word, a lower-case word after a
   * hyphen ("Hpa-an", "Pul-e-Alam") or a particle before a capitalised word ("Croix des Bouquets").
   */
  private static boolean inName(TextTokens t, int e) {
    if (t.shape[e] == TextTokens.CAPITALISED) {
      return true;
    }
    if (t.shape[e] != TextTokens.LOWER) {
      return false;
    }
    if (t.gapHas(e, TextTokens.HYPHEN)) {
      return true;
    }
    return (t.is(e, WordClass.PARTICLE) || INNER_WORDS.contains(t.folded(e)))
        && e + 1 < t.size
        && t.nameGap(e + 1)
        && t.shape[e + 1] == TextTokens.CAPITALISED;
  }

  private boolean accept(TextTokens t, int from, int to, int id, Named named) {
    if (to < t.size && t.nameGap(to) && t.shape[to] == TextTokens.LOWER) {
      String next = t.folded(to);
      if (BUILDINGS.contains(next)) {
        return false;
      }
      if ((t.is(to, WordClass.PARTICLE) || INNER_WORDS.contains(next))
          && to + 1 < t.size
          && t.nameGap(to + 1)
          && t.capitalised(to + 1)) {
        return false; // "in Brezova pod Bradlom": a longer name
      }
    }
    if (to < t.size && t.gapHas(to, TextTokens.POSSESSIVE)) {
      return false; // "at Graham's house"
    }
    if (!namesState(id, named)) {
      return false;
    }
    if (to - from == 1) {
      // "Henry" the given name, "Keller" the person named before, "Mobile" the word
      String w = t.folded(from);
      return !(t.is(from, WordClass.GIVEN_NAME | WordClass.COMMON_GIVEN_NAME)
          || (t.mayBeLower(w.hashCode()) && lowerSomewhere(t, w))
          || named.personPart(w));
    }
    return true;
  }

  private boolean namesState(int id, Named named) {
    for (String s : states(id)) {
      if (named.state(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the folded word is written in lower case somewhere in the text: a common word. */
  private static boolean lowerSomewhere(TextTokens t, String w) {
    for (int k = 0; k < t.size; k++) {
      if (t.shape[k] == TextTokens.LOWER && t.foldedEquals(k, w)) {
        return true;
      }
    }
    return false;
  }

  private static String folded(TextTokens t, int from, int to) {
    if (to - from == 1) {
      return t.folded(from);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(t.folded(k));
    }
    return sb.toString();
  }
}
