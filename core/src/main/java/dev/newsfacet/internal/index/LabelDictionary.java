package dev.newsfacet.internal.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers facet labels in the order they are first seen, across segments. */
final class LabelDictionary {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> labels = new ArrayList<>();

  int number(String label) {
    return numbers.computeIfAbsent(
        label,
        l -> {
          labels.add(l);
          return labels.size() - 1;
        });
  }

  /** The number of a label, or -1 if it was never seen. */
  int find(String label) {
    Integer n = numbers.get(label);
    return n == null ? -1 : n;
  }

  String label(int number) {
    return labels.get(number);
  }

  List<String> labels() {
    return labels;
  }

  int size() {
    return labels.size();
  }
}
