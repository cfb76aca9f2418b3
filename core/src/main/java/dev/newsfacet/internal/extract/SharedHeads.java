package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Two names written with one shared ending: "North and South Korea", "East and West Germany", "the
 * Donetsk and Luhansk People's Republics", "the Black and Caspian Seas". The dictionary finds the
 * second name whole ("South Korea") and the first not at all, or as something else ("Donetsk" the
 * city, where the text names the Donetsk People's Republic).
 *
 * <p>A pair is taken only when both names, each completed with the shared ending (a plural ending
 * made singular: "Republics", "Seas"), are aliases of the dictionary: "Japan and South Korea" has
 * no "Japan Korea", and "Bosnia and Herzegovina" no ending after it, so neither is a pair.
 */
final class SharedHeads {
  /** The longest shared ending looked at, in words: "People's Republics". */
  private static final int MAX_ENDING = 3;

  /** Punctuation in a gap that parts two words of one name. */
  private static final int BREAKS =
      TextTokens.PUNCTUATION | TextTokens.NEWLINE | TextTokens.PARAGRAPH | TextTokens.OTHER;

  /** One of the two names: words {@code [from, to)} and what the completed name stands for. */
  record Name<T>(int from, int to, List<T> values) {}

  private SharedHeads() {}

  /**
   * The names of every such pair in the text, in text order: the first name as its one word, the
   * second with the shared ending.
   *
   * @param excluded words of bylines, credits and link lists, never part of a name
   */
  static <T> List<Name<T>> find(TextTokens t, DictionaryMatcher<T> dictionary, BitSet excluded) {
    List<Name<T>> out = null;
    int[] notable = t.notable(); // every capitalised word among them
    for (int q = 0, qn = t.notableCount(); q < qn; q++) {
      int b = notable[q];
      // "North and South Korea": b is "South"; the text goes on with a capitalised word.
      if (b < 2
          || b + 1 >= t.size
          || t.shape[b - 1] != TextTokens.LOWER
          || !t.capitalised(b)
          || !t.capitalised(b - 2)
          || !t.capitalised(b + 1)
          || !plainGap(t, b - 1)
          || !plainGap(t, b)
          || !(t.foldedEquals(b - 1, "and") || t.foldedEquals(b - 1, "or"))
          || excluded.get(b - 2)
          || excluded.get(b)) {
        continue;
      }
      int a = b - 2;
      for (int k = Math.min(MAX_ENDING, t.size - b - 1); k >= 1; k--) {
        if (!ending(t, b + 1, b + 1 + k)) {
          continue;
        }
        String[] first = completed(t, a, b + 1, b + 1 + k);
        String[] second = completed(t, b, b + 1, b + 1 + k);
        List<T> firstValues = dictionary.values(first);
        List<T> secondValues = dictionary.values(second);
        String last = first[first.length - 1];
        if ((firstValues.isEmpty() || secondValues.isEmpty())
            && last.length() > 3
            && last.endsWith("s")) {
          String singular = last.substring(0, last.length() - 1);
          first[first.length - 1] = singular;
          second[second.length - 1] = singular;
          firstValues = dictionary.values(first);
          secondValues = dictionary.values(second);
        }
        if (!firstValues.isEmpty() && !secondValues.isEmpty()) {
          if (out == null) {
            out = new ArrayList<>(4);
          }
          out.add(new Name<>(a, a + 1, firstValues));
          out.add(new Name<>(b, b + 1 + k, secondValues));
          break;
        }
      }
    }
    return out == null ? List.of() : out;
  }

  /** Whether words {@code [from, to)} may end a name: capitalised, parted by spaces or hyphens. */
  private static boolean ending(TextTokens t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!t.capitalised(j) || !plainGap(t, j)) {
        return false;
      }
    }
    return true;
  }

  /** Only a space or a hyphen (a possessive's "s" aside) before word {@code i}. */
  private static boolean plainGap(TextTokens t, int i) {
    return t.gapHas(i, TextTokens.SPACE | TextTokens.HYPHEN) && !t.gapHas(i, BREAKS);
  }

  /** The folded words of word {@code head} followed by words {@code [from, to)}. */
  private static String[] completed(TextTokens t, int head, int from, int to) {
    String[] words = new String[1 + to - from];
    words[0] = t.folded(head);
    for (int j = from; j < to; j++) {
      words[1 + j - from] = t.folded(j);
    }
    return words;
  }
}
