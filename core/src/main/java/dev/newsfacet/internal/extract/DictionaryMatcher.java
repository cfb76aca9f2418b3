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

  /**
   * In a word's class bits while matching: a phrase can start with the word. The tokeniser lists
   * the words that have it.
   */
  private static final int START = TextTokens.PHRASE_START;

  /**
   * In a word's class bits while matching: the word is a later word of some phrase. A phrase's next
   * word without it ends the phrase, so the walk needs no look at the phrase's node.
   */
  private static final int FOLLOWS = 1 << 29;

  /** Punctuation that parts two names unless an alias holds it: a comma, a full stop, a bracket. */
  private static final int BREAKS = TextTokens.PUNCTUATION | TextTokens.PARAGRAPH;

  /** In a word's class bits while matching: a phrase of this one word names something. */
  private static final int TARGETS = 1 << 28;

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
      node = node.next.computeIfAbsent(words.folded(i), k -> new Node<>());
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
    // The punctuation the alias itself holds between its words ("Washington, D.C.", "U.S."): the
    // only punctuation a match of it may span.
    int gaps = 0;
    for (int i = 1; i < words.size; i++) {
      gaps |= words.gap[i] & BREAKS;
    }
    for (Target<T> t : node.targets) {
      if (t.value.equals(value)
          && java.util.Arrays.equals(t.rule, rule)
          && java.util.Arrays.equals(t.exact, exact)
          && t.gaps == gaps) {
        return;
      }
    }
    node.targets.add(new Target<>(value, rule, exact, gaps));
    List<T> values = new ArrayList<>(node.targets.size());
    for (Target<T> t : node.targets) {
      if (!values.contains(t.value)) {
        values.add(t.value);
      }
    }
    node.allValues = List.copyOf(values);
    maxWords = Math.max(maxWords, words.size);
  }

  /**
   * The values of the alias whose folded words are {@code words}, whatever capitals it asks for;
   * empty if there is none.
   */
  List<T> values(String... words) {
    Node<T> node = root;
    for (String w : words) {
      node = node.next.get(w);
      if (node == null) {
        return List.of();
      }
    }
    return node.allValues;
  }

  /**
   * Records the {@link WordClass} bits of a word, so that {@link #match} gives each word of a text
   * its bits with the same lookup that starts its phrases.
   */
  void addWordClass(String foldedWord, int bits) {
    firstWords = null;
    root.next.computeIfAbsent(foldedWord, k -> new Node<>()).wordClass |= bits;
  }

  /**
   * {@link #addWordClass} for every word of {@link WordClass#all}, as the extractor's matcher has.
   */
  void addWordClasses() {
    for (Map.Entry<String, Integer> w : WordClass.all().entrySet()) {
      addWordClass(w.getKey(), w.getValue());
    }
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
    match(text, sink, true);
  }

  /**
   * {@link #match} following each phrase's next word through its string map instead of its word id,
   * and gathering the values of a phrase with several as they fit: the reference that the id walk
   * (and its lists of all values made in advance) is tested against.
   */
  void matchByStrings(TextTokens text, MatchSink<T> sink) {
    match(text, sink, false);
  }

  private void match(TextTokens text, MatchSink<T> sink, boolean byId) {
    FirstWords<T> table = firstWords();
    int size = text.size;
    int[] slots = text.lexicon == table.lexicon ? text.ids : null;
    if (slots == null) {
      slots = new int[size];
      for (int k = 0; k < size; k++) {
        slots[k] = table.lexicon.id(text.folded(k));
      }
    }
    int[] classes;
    int union;
    if (byId && slots == text.ids && text.lexiconInfo != null) {
      // Tokenised with the table's lexicon, which carries the info: every word has it already.
      classes = text.lexiconInfo;
      union = text.lexiconInfoUnion;
    } else {
      classes = text.classBuffer();
      int[] info = table.info;
      union = 0;
      for (int k = 0; k < size; k++) {
        int slot = slots[k];
        // The START bit rides along: TextTokens#is asks only for WordClass bits.
        int c = slot < 0 ? 0 : info[slot];
        classes[k] = c;
        union |= c;
      }
    }
    text.setClasses(classes, union);
    // The words a phrase may start at: listed by the tokeniser when the classes are its values,
    // else found here. A phrase starts nowhere inside the match before it.
    int[] startList;
    int startCount;
    if (classes == text.lexiconInfo && text.phraseStarts != null) {
      startList = text.phraseStarts;
      startCount = text.phraseStartCount;
    } else {
      startList = new int[size];
      startCount = 0;
      for (int k = 0; k < size; k++) {
        if ((classes[k] & START) != 0) {
          startList[startCount++] = k;
        }
      }
    }
    int next = 0;
    for (int q = 0; q < startCount; q++) {
      int i = startList[q];
      if (i < next) {
        continue;
      }
      // Whether a phrase may go on from this word to the next: the pair's bit in the table of the
      // first two words of every phrase (never clear for a pair that starts one).
      boolean goesOn =
          !byId
              || (i + 1 < size
                  && (classes[i + 1] & FOLLOWS) != 0
                  && table.mayPair(slots[i], slots[i + 1]));
      if (!goesOn && (classes[i] & TARGETS) == 0) {
        // No one-word phrase here and no phrase going on: the node need not be read.
        continue;
      }
      int slot = slots[i];
      Node<T> node = table.nodes[slot];
      int bestEnd = -1;
      List<T> best = null;
      for (int j = i; j < size && j - i < maxWords; j++) {
        if (j > i) {
          if (byId) {
            if ((classes[j] & FOLLOWS) == 0 || !goesOn) {
              break; // no phrase goes on with this word
            }
            node = node.child(slots[j]);
          } else {
            node = node.next.isEmpty() ? null : node.next.get(text.folded(j));
          }
        }
        if (node == null) {
          break;
        }
        List<Target<T>> targets = node.targets;
        int count = targets.size();
        if (count == 1) {
          // The usual case: one value, whose list is made once when the alias is added.
          Target<T> t = targets.get(0);
          if (fits(t, text, i)) {
            bestEnd = j + 1;
            best = t.alone;
          }
        } else if (count > 1) {
          int fitting = 0;
          while (byId && fitting < count && fits(targets.get(fitting), text, i)) {
            fitting++;
          }
          if (fitting == count) {
            // Every value fits (the usual case): their list is made once when the aliases are
            // added, where gathering them (the string walk's way, the reference) made two lists.
            bestEnd = j + 1;
            best = node.allValues;
          } else {
            List<T> here = null;
            for (Target<T> t : targets) {
              if (fits(t, text, i) && (here == null || !here.contains(t.value))) {
                if (here == null) {
                  here = new ArrayList<>(count);
                }
                here.add(t.value);
              }
            }
            if (here != null) {
              bestEnd = j + 1;
              best = here;
            }
          }
        }
      }
      if (bestEnd > 0) {
        // A list gathered here is new for this match and never changed after, so the sink gets it
        // as it is: in real text (where "US" and "us", "Georgia" the state and the name, are
        // told apart by capitals) copying it was about 4% of extraction.
        sink.accept(i, bestEnd, best);
        next = bestEnd;
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
    // "In Washington, State Department spokesman ...": no alias spans a comma, a full stop or a
    // bracket it does not hold itself.
    for (int k = 1; k < rule.length; k++) {
      if ((text.gap[from + k] & BREAKS & ~target.gaps) != 0) {
        return false;
      }
    }
    for (int k = 0; k < rule.length; k++) {
      byte s = text.shape[from + k];
      switch (rule[k]) {
        case EXACT -> {
          String w = target.exact[k];
          int st = text.start[from + k];
          if (text.end[from + k] - st != w.length() || !text.regionEquals(st, w)) {
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

    /** The value as a list of one, as {@link MatchSink#accept} takes it. */
    final List<T> alone;

    /** The {@link #BREAKS} the alias holds between its words. */
    final int gaps;

    Target(T value, byte[] rule, String[] exact, int gaps) {
      this.value = value;
      this.alone = List.of(value);
      this.rule = rule;
      this.exact = exact;
      this.gaps = gaps;
    }
  }

  /**
   * The first words of phrases (and the classified words) in a {@link Lexicon}: every word of a
   * text is looked up there once, mostly while it is tokenised, and most are not in it.
   */
  private static final class FirstWords<T> {
    final Lexicon lexicon;
    final Node<T>[] nodes;

    /**
     * Per id: the word's {@link WordClass} bits, and {@link #START} if a phrase can start with the
     * word (it has targets or a next word); one array, so a word costs one look-up.
     */
    final int[] info;

    /**
     * One bit per hash of the ids of a phrase's first two words ({@link #pairBit}): a clear bit
     * says that no phrase starts with the pair, without a look at the first word's node.
     */
    private final long[] pairs = new long[PAIR_BITS / 64];

    private static final int PAIR_BITS = 1 << 16;

    private static int pairBit(int first, int second) {
      return ((first * 0x9E3779B1) ^ (second * 0x85EBCA6B)) >>> (32 - 16);
    }

    /** Whether a phrase may start with the words of these ids: false only if none does. */
    boolean mayPair(int first, int second) {
      int b = pairBit(first, second);
      return (pairs[b >>> 6] & (1L << b)) != 0;
    }

    @SuppressWarnings("unchecked")
    FirstWords(Map<String, Node<T>> words) {
      // The first words get the first ids; every later word of a phrase is in the lexicon too, so
      // that a phrase is followed by word ids (a word outside the lexicon ends it at once).
      java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(words.keySet());
      java.util.Set<String> later = new java.util.HashSet<>();
      java.util.ArrayDeque<Node<T>> todo = new java.util.ArrayDeque<>(words.values());
      while (!todo.isEmpty()) {
        Node<T> node = todo.pop();
        all.addAll(node.next.keySet());
        later.addAll(node.next.keySet());
        todo.addAll(node.next.values());
      }
      lexicon = new Lexicon(all);
      todo.addAll(words.values());
      while (!todo.isEmpty()) {
        Node<T> node = todo.pop();
        node.index(lexicon);
        todo.addAll(node.next.values());
      }
      int n = lexicon.size();
      nodes = (Node<T>[]) new Node<?>[n];
      info = new int[n];
      for (int id = 0; id < n; id++) {
        Node<T> node = words.get(lexicon.word(id));
        if (node != null) {
          nodes[id] = node;
          boolean starts = !node.targets.isEmpty() || !node.next.isEmpty();
          info[id] = node.wordClass | (starts ? START : 0) | (node.targets.isEmpty() ? 0 : TARGETS);
        }
        if (later.contains(lexicon.word(id))) {
          info[id] |= FOLLOWS;
        }
        if (node != null) {
          for (int second : node.nextIds) {
            int b = pairBit(id, second);
            pairs[b >>> 6] |= 1L << b;
          }
        }
      }
      // Texts tokenised with the lexicon get each word's bits as they are tokenised.
      lexicon.attach(info);
    }
  }

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    final List<Target<T>> targets = new ArrayList<>(1);

    /** The values of {@link #targets}, each once, in order: the match when all of them fit. */
    List<T> allValues = List.of();

    /** For a first word: its {@link WordClass} bits. */
    int wordClass;

    /**
     * {@link #next} by word id, ids ascending, written when a {@link FirstWords} table is built
     * (before it is published).
     */
    private int[] nextIds = new int[0];

    @SuppressWarnings("unchecked")
    private Node<T>[] nextNodes = (Node<T>[]) new Node<?>[0];

    @SuppressWarnings("unchecked")
    void index(Lexicon lexicon) {
      int[] ids = new int[next.size()];
      Node<T>[] nodes = (Node<T>[]) new Node<?>[next.size()];
      int k = 0;
      for (Map.Entry<String, Node<T>> e : next.entrySet()) {
        ids[k] = lexicon.id(e.getKey());
        nodes[k] = e.getValue();
        k++;
      }
      // Sorted by id, for a binary search.
      Integer[] order = new Integer[ids.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
      int[] sortedIds = new int[ids.length];
      Node<T>[] sortedNodes = (Node<T>[]) new Node<?>[ids.length];
      for (int i = 0; i < order.length; i++) {
        sortedIds[i] = ids[order[i]];
        sortedNodes[i] = nodes[order[i]];
      }
      nextNodes = sortedNodes;
      nextIds = sortedIds;
    }

    /** The next node for a word id (-1: a word outside the lexicon), or null. */
    Node<T> child(int id) {
      int[] ids = nextIds;
      if (id < 0 || ids.length == 0) {
        return null;
      }
      if (ids.length <= 8) {
        for (int k = 0; k < ids.length; k++) {
          if (ids[k] == id) {
            return nextNodes[k];
          }
        }
        return null;
      }
      int k = java.util.Arrays.binarySearch(ids, id);
      return k >= 0 ? nextNodes[k] : null;
    }
  }
}
