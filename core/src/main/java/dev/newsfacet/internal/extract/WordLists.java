package dev.newsfacet.internal.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The named word lists the extraction rules consult (titles, speech verbs, given names, the nouns a
 * place name goes with), read from a resource {@code words/NAME.txt} of this package: the rules
 * stay in Java, the vocabulary they use is data that can be read and edited on its own.
 *
 * <p>The format, one entry per line: {@code [name]} starts a list; an entry is the rest of a line
 * with everything from {@code #} on and the surrounding spaces taken off (entries may contain
 * spaces: "related stories"); a line that is empty after that is skipped. Every entry belongs to a
 * list, a list has at least one entry, and no name is used twice in one file. A malformed file
 * stops the class that loads it, with the resource and line named: it ships inside the jar, so this
 * is a build error, not bad input.
 */
final class WordLists {
  private final String resource;
  private final Map<String, Set<String>> lists;

  private WordLists(String resource, Map<String, Set<String>> lists) {
    this.resource = resource;
    this.lists = lists;
  }

  /** Reads {@code words/NAME.txt} next to this class. */
  static WordLists load(String name) {
    String resource = "words/" + name + ".txt";
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word lists resource not found: " + resource);
      }
      return parse(
          resource,
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word lists " + resource, e);
    }
  }

  /** Parses the lines of a word-lists file; {@code resource} names it in errors. */
  static WordLists parse(String resource, Iterable<String> lines) {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    Set<String> current = null;
    String currentName = null;
    int number = 0;
    for (String raw : lines) {
      number++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        requireEntries(resource, currentName, current);
        currentName = line.substring(1, line.length() - 1).strip();
        if (currentName.isEmpty() || lists.containsKey(currentName)) {
          throw new IllegalStateException(
              resource + ":" + number + ": list name is empty or used twice: " + line);
        }
        current = new LinkedHashSet<>();
        lists.put(currentName, current);
      } else if (current == null) {
        throw new IllegalStateException(
            resource + ":" + number + ": entry before the first [name]: " + line);
      } else {
        current.add(line);
      }
    }
    requireEntries(resource, currentName, current);
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    lists.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new WordLists(resource, frozen);
  }

  private static void requireEntries(String resource, String name, Set<String> entries) {
    if (entries != null && entries.isEmpty()) {
      throw new IllegalStateException(resource + ": list [" + name + "] has no entries");
    }
  }

  /** The list of this name, as an immutable set. */
  Set<String> set(String name) {
    Set<String> s = lists.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no list [" + name + "] in " + resource);
    }
    return s;
  }

  /** The names of the lists, in file order. */
  Set<String> names() {
    return lists.keySet();
  }
}
