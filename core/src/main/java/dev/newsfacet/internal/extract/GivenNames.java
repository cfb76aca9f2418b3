package dev.newsfacet.internal.extract;

import java.util.Set;

/**
 * Common given names from many languages, used to recognise a person named with no title, role or
 * speech verb around them ("beat Argentina and Lionel Messi"): a listed given name followed by a
 * capitalised word the gazetteer does not know. Names that are also common English words, places or
 * the first word of well-known things ("Grace", "Victoria", "Abraham Accords", "Said") are left out
 * on purpose. The names are in {@code words/given-names.txt}, grouped by language.
 */
final class GivenNames {
  private static final WordLists WORDS = WordLists.load("given-names");

  static final Set<String> ALL = WORDS.set("given-names");

  private GivenNames() {}
}
