package dev.newsfacet.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in a text in one left-to-right pass over its words: a trie keyed by
 * folded words, longest match first, matches never overlapping. Each phrase keeps the
 * capitalisation of its alias: a capitalised alias word ("Turkey") needs a capitalised word in the
 * text (not "turkey"), an all-caps one ("US", "UN") needs capitals (not "us"). Immutable after
 * building, so one instance serves every thread.
 *
 * @param <T> what a phrase stands for
 */
final class DictionaryMatcher<T> {
  /** A rule word that must match exactly as written (a mixed-case abbreviation). */
  private static final byte EXACT = 9;

  private final Node<T> root = new Node<>();
  private int maxWords;

  /** The root's children as a flat table, built on the first match after the last change. */
  private volatile FirstWords<T> firstWords;

  /** Adds an alias; a blank alias or one without words is ignored. */
  void add(String alias, T value) {
    TextTokens words = TextTokens.of(alias);
    if (words.size == 0) {
      return;
    }
    firstWords = null;
    Node<T> node = root;
    for (int i = 0; i < words.size; i++) {
      node = node.next.computeIfAbsent(words.folded[i], k -> new Node<>());
    }
    byte[] rule = new byte[words.size];
    String[] exact = null;
    for (int i = 0; i < words.size; i++) {
      rule[i] = words.shape[i];
      String w = words.surface(i, i + 1);
      if (mixedCase(w)) {
        // "LeT", "JeM", "BiH": internal capitals must match exactly ("Let us" is no alias).
        rule[i] = EXACT;
        if (exact == null) {
          exact = new String[words.size];
        }
        exact[i] = w;
      }
    }
    for (Target<T> t : node.targets) {
      if (t.value.equals(value)
          && java.util.Arrays.equals(t.rule, rule)
          && java.util.Arrays.equals(t.exact, exact)) {
        return;
      }
    }
    node.targets.add(new Target<>(value, rule, exact));
    maxWords = Math.max(maxWords, words.size);
  }

  /**
   * Records the {@link WordClass} bits of a word, so that {@link #match} gives each word of a text
   * its bits with the same lookup that starts its phrases.
   */
  void addWordClass(String foldedWord, int bits) {
    firstWords = null;
    root.next.computeIfAbsent(foldedWord, k -> new Node<>()).wordClass |= bits;
  }

  private FirstWords<T> firstWords() {
    FirstWords<T> table = firstWords;
    if (table == null) {
      table = new FirstWords<>(root.next);
      firstWords = table;
    }
    return table;
  }

  /**
   * The words this matcher looks up first, for {@link TextTokens#of(String, Lexicon)}: words
   * tokenised with it need no second lookup in {@link #match}.
   */
  Lexicon lexicon() {
    return firstWords().lexicon;
  }

  /**
   * Calls {@code sink} for every match, in text order, and gives every word of the text its {@link
   * WordClass} bits ({@link TextTokens#is}).
   */
  void match(TextTokens text, MatchSink<T> sink) {
    FirstWords<T> table = firstWords();
    List<T> best = new ArrayList<>();
    List<T> here = new ArrayList<>();
    int size = text.size;
    String[] folded = text.folded;
    int[] slots = text.lexicon == table.lexicon ? text.ids : null;
    if (slots == null) {
      slots = new int[size];
      for (int k = 0; k < size; k++) {
        slots[k] = table.lexicon.id(folded[k]);
      }
    }
    int[] classes = new int[size];
    for (int k = 0; k < size; k++) {
      int slot = slots[k];
      classes[k] = slot < 0 ? 0 : table.classes[slot];
    }
    text.setClasses(classes);
    int i = 0;
    while (i < size) {
      int slot = slots[i];
      if (slot < 0 || !table.starts[slot]) {
        i++;
        continue;
      }
      Node<T> node = table.nodes[slot];
      int bestEnd = -1;
      best.clear();
      for (int j = i; j < size && j - i < maxWords; j++) {
        if (j > i) {
          node = node.next.isEmpty() ? null : node.next.get(folded[j]);
        }
        if (node == null) {
          break;
        }
        if (!node.targets.isEmpty()) {
          here.clear();
          for (Target<T> t : node.targets) {
            if (fits(t, text, i) && !here.contains(t.value)) {
              here.add(t.value);
            }
          }
          if (!here.isEmpty()) {
            bestEnd = j + 1;
            best.clear();
            best.addAll(here);
          }
        }
      }
      if (bestEnd > 0) {
        sink.accept(i, bestEnd, List.copyOf(best));
        i = bestEnd;
      } else {
        i++;
      }
    }
  }

  /** A word with a capital after a small letter: "LeT", "BiH", "McCain". */
  private static boolean mixedCase(String w) {
    boolean lowerSeen = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        lowerSeen = true;
      } else if (lowerSeen && Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Target<?> target, TextTokens text, int from) {
    byte[] rule = target.rule;
    for (int k = 0; k < rule.length; k++) {
      byte s = text.shape[from + k];
      switch (rule[k]) {
        case EXACT -> {
          String w = target.exact[k];
          int st = text.start[from + k];
          if (text.end[from + k] - st != w.length() || !text.text.startsWith(w, st)) {
            return false;
          }
        }
        case TextTokens.CAPITALISED -> {
          if (s != TextTokens.CAPITALISED && s != TextTokens.ALL_CAPS) {
            return false;
          }
        }
        case TextTokens.ALL_CAPS -> {
          if (s != TextTokens.ALL_CAPS) {
            return false;
          }
        }
        default -> {}
      }
    }
    return true;
  }

  /** Receives one match: words {@code [from, to)} and what they stand for. */
  interface MatchSink<T> {
    void accept(int from, int to, List<T> values);
  }

  /** A value and the capitalisation each word of its alias asks for. */
  private static final class Target<T> {
    final T value;
    final byte[] rule;
    final String[] exact;

    Target(T value, byte[] rule, String[] exact) {
      this.value = value;
      this.rule = rule;
      this.exact = exact;
    }
  }

  /**
   * The first words of phrases (and the classified words) in a {@link Lexicon}: every word of a
   * text is looked up there once, mostly while it is tokenised, and most are not in it.
   */
  private static final class FirstWords<T> {
    final Lexicon lexicon;
    final Node<T>[] nodes;

    /** Per id: the word's {@link WordClass} bits. */
    final int[] classes;

    /** Per id: whether a phrase can start with the word (it has targets or a next word). */
    final boolean[] starts;

    @SuppressWarnings("unchecked")
    FirstWords(Map<String, Node<T>> words) {
      lexicon = new Lexicon(words.keySet());
      int n = lexicon.size();
      nodes = (Node<T>[]) new Node<?>[n];
      classes = new int[n];
      starts = new boolean[n];
      for (int id = 0; id < n; id++) {
        Node<T> node = words.get(lexicon.word(id));
        if (node != null) {
          nodes[id] = node;
          classes[id] = node.wordClass;
          starts[id] = !node.targets.isEmpty() || !node.next.isEmpty();
        }
      }
    }
  }

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    final List<Target<T>> targets = new ArrayList<>(1);

    /** For a first word: its {@link WordClass} bits. */
    int wordClass;
  }
}
