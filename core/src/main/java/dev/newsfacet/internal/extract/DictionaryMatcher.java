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
  private final Node<T> root = new Node<>();
  private int maxWords;

  /** Adds an alias; a blank alias or one without words is ignored. */
  void add(String alias, T value) {
    TextTokens words = TextTokens.of(alias);
    if (words.size == 0) {
      return;
    }
    Node<T> node = root;
    for (int i = 0; i < words.size; i++) {
      node = node.next.computeIfAbsent(words.folded[i], k -> new Node<>());
    }
    byte[] rule = new byte[words.size];
    for (int i = 0; i < words.size; i++) {
      rule[i] = words.shape[i];
    }
    for (Target<T> t : node.targets) {
      if (t.value.equals(value) && java.util.Arrays.equals(t.rule, rule)) {
        return;
      }
    }
    node.targets.add(new Target<>(value, rule));
    maxWords = Math.max(maxWords, words.size);
  }

  /** Calls {@code sink} for every match, in text order. */
  void match(TextTokens text, MatchSink<T> sink) {
    List<T> best = new ArrayList<>();
    List<T> here = new ArrayList<>();
    int i = 0;
    while (i < text.size) {
      Node<T> node = root;
      int bestEnd = -1;
      best.clear();
      for (int j = i; j < text.size && j - i < maxWords; j++) {
        node = node.next.get(text.folded[j]);
        if (node == null) {
          break;
        }
        if (!node.targets.isEmpty()) {
          here.clear();
          for (Target<T> t : node.targets) {
            if (fits(t.rule, text, i) && !here.contains(t.value)) {
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

  private static boolean fits(byte[] rule, TextTokens text, int from) {
    for (int k = 0; k < rule.length; k++) {
      byte s = text.shape[from + k];
      switch (rule[k]) {
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

    Target(T value, byte[] rule) {
      this.value = value;
      this.rule = rule;
    }
  }

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    final List<Target<T>> targets = new ArrayList<>(1);
  }
}
