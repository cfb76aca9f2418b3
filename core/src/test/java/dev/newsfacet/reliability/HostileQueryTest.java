package dev.newsfacet.reliability;

import static dev.newsfacet.reliability.Reliability.f;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfacet.Article;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.InvalidQueryException;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Item 5 of issue 6: hostile queries. Each ends in a result, an {@link InvalidQueryException} or a
 * {@link SearchTimeoutException} with a one-line message (and a position where the syntax is at
 * fault); nothing else escapes. A costly query with a tiny time limit fails with a timeout.
 */
class HostileQueryTest {
  private static final String TEST = "hostile-queries";
  private static NewsIndex index;

  @BeforeAll
  static void corpus() throws IOException {
    index = NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build());
    Random r = new Random(5);
    for (int i = 0; i < 300; i++) {
      index.add(
          Article.builder("q" + i)
              .title("Ceasefire report " + i)
              .body("The ceasefire held near village " + word(r) + " and " + word(r) + ".")
              .date(LocalDate.of(2000 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28)))
              .parties(List.of(r.nextBoolean() ? "Armenia" : "Azerbaijan"))
              .build());
    }
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static String word(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 4 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    return sb.toString();
  }

  /** The fixed hostile queries, by name; the boolean says whether the syntax is at fault. */
  static Map<String, Map.Entry<String, Boolean>> cases() {
    Map<String, Map.Entry<String, Boolean>> c = new LinkedHashMap<>();
    c.put("1,025 OR-ed clauses", Map.entry(orClauses(1025), false));
    c.put(
        "2,000 clauses",
        Map.entry(
            IntStream.range(0, 2000).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")),
            false));
    c.put(
        "2,000 OR-ed fielded clauses",
        Map.entry(
            IntStream.range(0, 2000)
                .mapToObj(i -> "party:p" + i)
                .collect(Collectors.joining(" OR ")),
            false));
    c.put(
        "10,000 nested parentheses",
        Map.entry("(".repeat(10_000) + "ceasefire" + ")".repeat(10_000), false));
    c.put("10,000 unclosed parentheses", Map.entry("(".repeat(10_000) + "ceasefire", false));
    c.put(
        "500 nested parentheses",
        Map.entry("(".repeat(500) + "ceasefire" + ")".repeat(500), false));
    c.put("huge regular expression", Map.entry("/(" + alternatives() + "){1000}/", false));
    c.put("nested repetition regex", Map.entry("/((a*)*b*)*c{1,1000}/", false));
    c.put("invalid regex", Map.entry("/[a-/", false));
    c.put("unterminated regex", Map.entry("/abc", true));
    c.put("leading * wildcard", Map.entry("*fire", true));
    c.put("leading ? wildcard", Map.entry("?ease", true));
    c.put("fielded leading wildcard", Map.entry("party:*menia", true));
    c.put("wildcard everything", Map.entry("c*e*a*s*e*f*i*r*e*", false));
    c.put("fuzzy max edits", Map.entry("ceasefire~2 villages~2 report~", false));
    c.put("unbalanced quote", Map.entry("\"ceasefire held", true));
    c.put("unbalanced quote after field", Map.entry("title:\"truce", true));
    c.put("unbalanced open parenthesis", Map.entry("(ceasefire AND talks", true));
    c.put("unbalanced close parenthesis", Map.entry("ceasefire) AND talks", true));
    c.put("trailing AND", Map.entry("ceasefire AND", true));
    c.put("field without value", Map.entry("party:", true));
    c.put("field without value then word", Map.entry("party: AND ceasefire", true));
    c.put("unknown field", Map.entry("colour:red", true));
    c.put("range with garbage", Map.entry("year:[abc TO xyz]", false));
    c.put("date range with garbage", Map.entry("date:[2020-13-45 TO yesterday]", false));
    c.put("unfinished range", Map.entry("date:[2020 TO", true));
    c.put("range of stars", Map.entry("date:[* TO *]", false));
    c.put("boost garbage", Map.entry("ceasefire^abc", true));
    c.put("boost of a phrase with a newline", Map.entry("title:a^\"x\ny\"", true));
    c.put("huge boost", Map.entry("ceasefire^99999999999999999999999", false));
    c.put("huge slop", Map.entry("\"ceasefire held\"~99999999999", false));
    c.put(
        "control characters",
        Map.entry("cease\u0000fire \u0007\u001b[31m \u0008talks\u007f", false));
    c.put("newlines and tabs", Map.entry("ceasefire\nAND\ttalks\r\n", false));
    c.put("lone surrogate", Map.entry("cease\ud800fire", false));
    c.put("escape at end", Map.entry("ceasefire\\", true));
    c.put("100 KB of text", Map.entry(hundredKb(), false));
    c.put("100 KB single word", Map.entry("x".repeat(100 * 1024), false));
    c.put("only operators", Map.entry("AND OR NOT", true));
    c.put("double negation", Map.entry("NOT NOT ceasefire", true));
    c.put("empty phrase", Map.entry("\"\"", false));
    c.put("empty group", Map.entry("()", true));
    c.put("colon only", Map.entry(":", true));
    c.put("star colon star", Map.entry("*:*", false));
    for (char ch = '!'; ch <= '~'; ch++) {
      if (!Character.isLetterOrDigit(ch)) {
        c.put("punctuation " + ch, Map.entry(String.valueOf(ch), false));
      }
    }
    return c;
  }

  static String orClauses(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
  }

  static String alternatives() {
    StringBuilder sb = new StringBuilder();
    for (char ch = 'a'; ch <= 'z'; ch++) {
      sb.append(ch == 'a' ? "" : "|").append(ch);
    }
    return sb.toString();
  }

  static String hundredKb() {
    Random r = new Random(100);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 100 * 1024) {
      sb.append(word(r)).append(' ');
    }
    return sb.toString();
  }

  @Test
  void everyHostileQueryEndsInAResultOrAOneLineError() {
    int results = 0;
    int invalid = 0;
    int timeouts = 0;
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Map.Entry<String, Boolean>> c : cases().entrySet()) {
      String name = c.getKey();
      String query = c.getValue().getKey();
      boolean syntax = c.getValue().getValue();
      try {
        index.search(SearchRequest.query(query).build());
        results++;
        if (syntax) {
          failures.add(name + ": expected a syntax error with a position, got a result");
        }
      } catch (InvalidQueryException e) {
        invalid++;
        checkMessage(name, e.getMessage(), failures);
        if (syntax && e.position() < 0) {
          failures.add(name + ": syntax error without a position: " + e.getMessage());
        }
        if (e.position() > query.length()) {
          failures.add(name + ": position " + e.position() + " past the end of the query");
        }
      } catch (SearchTimeoutException e) {
        timeouts++;
        checkMessage(name, e.getMessage(), failures);
      } catch (Throwable t) {
        failures.add(
            name + ": escaped as " + t.getClass().getName() + ": " + firstLine(t.getMessage()));
      }
    }
    Reliability.print(
        TEST,
        f(
            "%d fixed hostile queries: %d results, %d InvalidQueryException, %d timeouts, %d"
                + " problems",
            cases().size(), results, invalid, timeouts, failures.size()));
    assertThat(failures.stream().map(HostileQueryTest::escape).toList())
        .as("hostile queries that misbehaved")
        .isEmpty();
  }

  /** Pieces random hostile queries are made of. */
  private static final String[] PIECES = {
    "ceasefire",
    "truce",
    "AND",
    "OR",
    "NOT",
    "&&",
    "||",
    "!",
    "+",
    "-",
    "(",
    ")",
    "\"",
    "*",
    "?",
    "~",
    "~2",
    "^",
    "^3",
    ":",
    "\\",
    "/",
    "[",
    "]",
    "{",
    "}",
    " TO ",
    "party:",
    "date:",
    "year:",
    "title:",
    "id:",
    "colour:",
    "2016",
    "2020-11",
    "2020-13-45",
    "a*",
    "*a",
    "/.*/",
    "/[a-/",
    "\u0000",
    "\n",
    "\u00e9",
    "\ud83d\ude00",
    "\ud800",
    "   ",
    "OR OR",
    "((((",
    "))))",
    "\"\""
  };

  @Test
  void randomHostileQueriesEndInAResultOrAOneLineError() {
    long seed = Reliability.seed(TEST + "/random", 55L);
    Random r = new Random(seed);
    int n = Reliability.scale(3000, 100_000);
    int results = 0;
    int invalid = 0;
    int timeouts = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder q = new StringBuilder();
      int k = 1 + r.nextInt(12);
      for (int j = 0; j < k; j++) {
        q.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextBoolean()) {
          q.append(' ');
        }
      }
      String query = q.toString();
      try {
        index.search(SearchRequest.query(query).build());
        results++;
      } catch (InvalidQueryException e) {
        invalid++;
        checkMessage(query, e.getMessage(), failures);
        if (e.position() < -1 || e.position() > query.length()) {
          failures.add(query + ": position " + e.position() + " outside the query");
        }
      } catch (SearchTimeoutException e) {
        timeouts++;
        checkMessage(query, e.getMessage(), failures);
      } catch (Throwable t) {
        failures.add(
            query + ": escaped as " + t.getClass().getName() + ": " + firstLine(t.getMessage()));
      }
      if (failures.size() > 20) {
        break;
      }
    }
    Reliability.print(
        TEST,
        f(
            "%d random hostile queries (seed %d): %d results, %d InvalidQueryException, %d"
                + " timeouts, %d problems",
            n, seed, results, invalid, timeouts, failures.size()));
    assertThat(failures.stream().map(HostileQueryTest::escape).toList())
        .as("seed %d", seed)
        .isEmpty();
  }

  static void checkMessage(String name, String message, List<String> failures) {
    if (message == null || message.isBlank()) {
      failures.add(name + ": empty message");
      return;
    }
    if (message.contains("\n") || message.contains("\r")) {
      failures.add(name + ": message of more than one line: " + message.replace("\n", "\\n"));
    }
    if (message.contains("org.apache.lucene") || message.contains("Exception")) {
      failures.add(name + ": message names an exception class: " + firstLine(message));
    }
  }

  /** Control characters made visible, long text cut, for failure messages. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < 400; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String firstLine(String s) {
    if (s == null) {
      return "null";
    }
    String l = s.lines().findFirst().orElse("");
    return l.length() > 300 ? l.substring(0, 300) + "..." : l;
  }

  @Test
  void aCostlyQueryWithATinyTimeLimitFailsWithATimeout() throws IOException {
    IndexOptions options =
        IndexOptions.builder().extractEntities(false).searchTimeout(Duration.ofNanos(1)).build();
    int tried = 0;
    try (NewsIndex slow = NewsIndex.inMemory(options)) {
      Random r = new Random(9);
      for (int i = 0; i < 3000; i++) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 30; w++) {
          body.append(word(r)).append(' ');
        }
        slow.add(Article.builder("t" + i).body(body.toString()).build());
      }
      slow.commit();
      for (String q : List.of("a*", "b*e*", "abcdefgh~2", "/[a-m]+[n-z]+.*/", "c* OR d* OR e*")) {
        tried++;
        assertThatThrownBy(() -> slow.search(SearchRequest.query(q).build()))
            .as(q)
            .isInstanceOf(SearchTimeoutException.class)
            .hasMessageNotContaining("\n");
      }
    }
    Reliability.print(
        TEST,
        f("%d costly queries with a 1 ns limit: all failed with SearchTimeoutException", tried));
  }
}
