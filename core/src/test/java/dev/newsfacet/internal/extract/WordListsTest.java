package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListsTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/newsfacet/internal/extract");

  @Test
  void readsListsEntriesAndComments() {
    WordLists w =
        WordLists.parse(
            "t.txt",
            List.of(
                "# a file comment",
                "",
                "[verbs]",
                "said",
                "  told  # trailing comment",
                "said",
                "[heads]",
                "read more",
                "   ",
                "# the next one",
                "related"));
    assertThat(w.names()).containsExactly("verbs", "heads");
    assertThat(w.set("verbs")).containsExactlyInAnyOrder("said", "told");
    assertThat(w.set("heads")).containsExactlyInAnyOrder("read more", "related");
  }

  @Test
  void malformedFilesNameTheResourceAndLine() {
    assertThatThrownBy(() -> WordLists.parse("t.txt", List.of("# x", "said")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("t.txt:2: entry before the first [name]: said");
    assertThatThrownBy(() -> WordLists.parse("t.txt", List.of("[a]", "x", "[a]", "y")))
        .hasMessage("t.txt:3: list name is empty or used twice: [a]");
    assertThatThrownBy(() -> WordLists.parse("t.txt", List.of("[ ]", "x")))
        .hasMessage("t.txt:1: list name is empty or used twice: [ ]");
    assertThatThrownBy(() -> WordLists.parse("t.txt", List.of("[a]", "# only a comment", "[b]")))
        .hasMessage("t.txt: list [a] has no entries");
    assertThatThrownBy(() -> WordLists.parse("t.txt", List.of("[a]", "x", "[b]")))
        .hasMessage("t.txt: list [b] has no entries");
    assertThatThrownBy(() -> WordLists.parse("t.txt", List.of("[a]", "x")).set("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no list [b] in t.txt");
    assertThatThrownBy(() -> WordLists.load("no-such-file"))
        .hasMessage("word lists resource not found: words/no-such-file.txt");
  }

  /**
   * The rules compare the lists with words folded to lower-case ASCII: an entry with a capital or
   * an accent would never match anything.
   */
  @Test
  void builtInEntriesAreFoldedWords() throws IOException, URISyntaxException {
    Map<String, WordLists> files = builtIn();
    assertThat(files).isNotEmpty();
    Pattern folded = Pattern.compile("[a-z0-9]+(?:[ '-][a-z0-9]*)*");
    for (Map.Entry<String, WordLists> f : files.entrySet()) {
      for (String list : f.getValue().names()) {
        for (String entry : f.getValue().set(list)) {
          assertThat(entry)
              .as("%s [%s]", f.getKey(), list)
              .matches(folded)
              .isEqualTo(entry.toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /**
   * Each built-in file is loaded by one class, which asks for every list in it and for no other: a
   * list nobody reads would be dead vocabulary that looks alive.
   */
  @Test
  void everyBuiltInListIsReadAndEveryReadListExists() throws IOException, URISyntaxException {
    Pattern load = Pattern.compile("WordLists\\.load\\(\"([^\"]+)\"\\)");
    Pattern set = Pattern.compile("WORDS\\.set\\(\"([^\"]+)\"\\)");
    Map<String, Set<String>> asked = new TreeMap<>();
    try (Stream<Path> sources = Files.list(SOURCES)) {
      for (Path p : sources.filter(x -> x.toString().endsWith(".java")).toList()) {
        String src = Files.readString(p);
        Matcher m = load.matcher(src);
        if (!m.find()) {
          assertThat(set.matcher(src).find()).as("%s reads lists it never loads", p).isFalse();
          continue;
        }
        Set<String> names = new TreeSet<>();
        for (Matcher s = set.matcher(src); s.find(); ) {
          names.add(s.group(1));
        }
        assertThat(asked.put(m.group(1), names)).as("%s loaded twice", m.group(1)).isNull();
      }
    }
    Map<String, WordLists> files = builtIn();
    assertThat(asked.keySet()).isEqualTo(files.keySet());
    for (Map.Entry<String, WordLists> f : files.entrySet()) {
      assertThat(asked.get(f.getKey()))
          .as("lists of words/%s.txt", f.getKey())
          .isEqualTo(new TreeSet<>(f.getValue().names()));
    }
  }

  private static Map<String, WordLists> builtIn() throws IOException, URISyntaxException {
    Path dir = Path.of(WordLists.class.getResource("words").toURI());
    Map<String, WordLists> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
        out.put(name, WordLists.load(name));
      }
    }
    return out;
  }
}
