package dev.newsfacet.internal.extract;

import java.util.BitSet;
import java.util.Set;

/**
 * Hyphenated proper names the dictionary knows only a part of: "Crans-Montana" is no Montana,
 * "Kyzyl-Kiya" no Kyzyl, "Bamako-Coura" (a district of Bamako) no Bamako. A known name joined by a
 * hyphen to a capitalised word the dictionary does not know is a part of that longer name, unless
 * the two are two names side by side ("the Tigray-Amhara border", "Franco-German").
 */
final class HyphenatedNames {
  private static final WordLists WORDS = WordLists.load("hyphenated-names");

  /**
   * Nouns after a pair of hyphenated names that make them two: "the Tigray-Amhara border", "the
   * Baku-Ceyhan pipeline".
   */
  private static final Set<String> RELATIONS = WORDS.set("relations");

  /**
   * First halves of adjectives of two peoples ("Franco-German", "Sino-Indian") and prefixes
   * ("Pro-Russian", "Anti-American"), capitalised at a sentence's or a headline's start.
   */
  private static final Set<String> COMBINING_FORMS = WORDS.set("combining-forms");

  private HyphenatedNames() {}

  /**
   * Whether the known name at words {@code [from, to)} is a part of a longer hyphenated name that
   * is not known.
   *
   * @param known the words of every dictionary match
   */
  static boolean partOfLongerName(TextTokens t, int from, int to, BitSet known) {
    boolean left = from > 0 && joined(t, from) && unknownPart(t, from - 1, from, known);
    boolean right = to < t.size && joined(t, to) && unknownPart(t, to, to - 1, known);
    if (!left && !right) {
      return false;
    }
    int end = to;
    while (end < t.size && joined(t, end)) {
      end++;
    }
    return !(end < t.size
        && t.gapHas(end, TextTokens.SPACE)
        && t.shape[end] == TextTokens.LOWER
        && RELATIONS.contains(t.folded(end)));
  }

  /** Particles that join the parts of a place's name: "San Juan de Lurigancho". */
  private static final Set<String> NAME_PARTICLES =
      PersonFinder.words("de", "del", "da", "do", "dos", "das", "di", "du", "des");

  /**
   * Whether the known place at words {@code [from, to)} is followed by a particle and a capitalised
   * word the dictionary does not know, so that it starts a longer name: "San Juan de Lurigancho" (a
   * district of Lima, not San Juan), "Santiago de Compostela".
   */
  static boolean beforeParticleName(TextTokens t, int to, BitSet known) {
    return to + 1 < t.size
        && t.gapHas(to, TextTokens.SPACE)
        && !t.gapHas(to, ~TextTokens.SPACE)
        && t.shape[to] == TextTokens.LOWER
        && NAME_PARTICLES.contains(t.folded(to))
        && t.gapHas(to + 1, TextTokens.SPACE)
        && !t.gapHas(to + 1, ~TextTokens.SPACE)
        && t.shape[to + 1] == TextTokens.CAPITALISED
        && !known.get(to + 1);
  }

  /**
   * A word in capitals of four letters or more: "CRANS-MONTANA" in a dateline, not "EU-CELAC",
   * whose abbreviations may be names of their own.
   */
  private static boolean capitalsLong(TextTokens t, int i) {
    return t.shape[i] == TextTokens.ALL_CAPS && t.end[i] - t.start[i] >= 4;
  }

  /** A hyphen alone between words {@code i - 1} and {@code i}: not a line's end, not a dash. */
  private static boolean joined(TextTokens t, int i) {
    return t.gapHas(i, TextTokens.HYPHEN) && !t.gapHas(i, TextTokens.SPACE | TextTokens.NEWLINE);
  }

  /** Whether word {@code i}, hyphenated to the known word {@code k}, is a name nobody knows. */
  private static boolean unknownPart(TextTokens t, int i, int k, BitSet known) {
    return (t.shape[i] == TextTokens.CAPITALISED || capitalsLong(t, i) && capitalsLong(t, k))
        && !known.get(i)
        && t.end[i] - t.start[i] >= 2
        && !t.is(i, WordClass.PARTICLE)
        && !COMBINING_FORMS.contains(t.folded(i));
  }
}
