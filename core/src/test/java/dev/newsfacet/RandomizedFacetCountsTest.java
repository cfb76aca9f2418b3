package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random corpora and random searches: every total, every facet count (with multi-select semantics)
 * and the date order must equal a brute-force count over the articles themselves.
 */
class RandomizedFacetCountsTest {
  private static final String[] WORDS = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"
  };
  private static final String[] PARTIES = {
    "Armenia", "Azerbaijan", "Russia", "Turkey", "France", "Iran"
  };
  private static final String[] PLACES = {"Stepanakert", "Shusha", "Goris", "Lachin"};

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2016L, 20230920L})
  void countsEqualBruteForce(long seed) throws IOException {
    Random random = new Random(seed);
    List<Article> corpus = corpus(random, 150 + random.nextInt(150));
    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build())) {
      for (Article a : corpus) {
        index.add(a);
      }
      for (int round = 0; round < 60; round++) {
        check(index, corpus, random, seed, round);
      }
    }
  }

  private static List<Article> corpus(Random random, int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int len = 3 + random.nextInt(15);
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < len; w++) {
        body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      Article.Builder b =
          Article.builder("doc-" + i)
              .title(WORDS[random.nextInt(WORDS.length)])
              .body(body.toString())
              .parties(pick(random, PARTIES, 3))
              .places(pick(random, PLACES, 2));
      if (random.nextInt(8) > 0) {
        b.date(
            LocalDate.of(
                2010 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<String> pick(Random random, String[] values, int max) {
    List<String> out = new ArrayList<>();
    int k = random.nextInt(max + 1);
    for (int i = 0; i < k; i++) {
      String v = values[random.nextInt(values.length)];
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private static void check(
      NewsIndex index, List<Article> corpus, Random random, long seed, int round)
      throws IOException {
    String w1 = WORDS[random.nextInt(WORDS.length)];
    String w2 = WORDS[random.nextInt(WORDS.length)];
    String query;
    Predicate<Article> matchesQuery;
    switch (random.nextInt(5)) {
      case 0 -> {
        query = "";
        matchesQuery = a -> true;
      }
      case 1 -> {
        query = w1;
        matchesQuery = a -> has(a, w1);
      }
      case 2 -> {
        query = w1 + " " + w2;
        matchesQuery = a -> has(a, w1) && has(a, w2);
      }
      case 3 -> {
        query = w1 + " OR " + w2;
        matchesQuery = a -> has(a, w1) || has(a, w2);
      }
      default -> {
        query = "\"" + w1 + " " + w2 + "\"";
        matchesQuery = a -> (" " + a.body() + " ").contains(" " + w1 + " " + w2 + " ");
      }
    }
    SearchRequest.Builder b =
        SearchRequest.query(query)
            .facet(Dimension.PARTY)
            .facet(Dimension.YEAR)
            .facet(Dimension.PLACE)
            .facetLimit(100)
            .limit(500)
            .sort(SortOrder.NEWEST);
    Map<Dimension, List<String>> filters = new HashMap<>();
    if (random.nextBoolean()) {
      filters.put(Dimension.PARTY, pick(random, PARTIES, 2));
    }
    if (random.nextBoolean()) {
      List<String> years = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(2); i++) {
        years.add(Integer.toString(2010 + random.nextInt(10)));
      }
      filters.put(Dimension.YEAR, years);
    }
    filters.values().removeIf(List::isEmpty);
    filters.forEach((d, vs) -> vs.forEach(v -> b.filter(d, v)));
    SearchResult r = index.search(b.build());

    String context =
        "seed " + seed + " round " + round + " query '" + query + "' filters " + filters;
    List<Article> hits =
        corpus.stream().filter(matchesQuery).filter(a -> passes(a, filters, null)).toList();
    assertThat(r.total()).as(context).isEqualTo(hits.size());
    assertThat(r.hits())
        .as(context)
        .extracting(Hit::id)
        .containsExactlyInAnyOrderElementsOf(hits.stream().map(Article::id).toList());
    List<LocalDate> dates = r.hits().stream().map(Hit::date).collect(Collectors.toList());
    List<LocalDate> expectedOrder =
        hits.stream()
            .map(Article::date)
            .sorted((x, y) -> x == null ? (y == null ? 0 : 1) : y == null ? -1 : y.compareTo(x))
            .collect(Collectors.toList());
    assertThat(dates).as(context).isEqualTo(expectedOrder);

    for (Dimension d : List.of(Dimension.PARTY, Dimension.YEAR, Dimension.PLACE)) {
      Map<String, Integer> expected = new TreeMap<>();
      corpus.stream()
          .filter(matchesQuery)
          .filter(a -> passes(a, filters, d))
          .forEach(a -> a.values(d).forEach(v -> expected.merge(v, 1, Integer::sum)));
      Map<String, Integer> actual = new TreeMap<>();
      r.facet(d).values().forEach(v -> actual.put(v.value(), v.count()));
      assertThat(actual).as(context + " facet " + d).isEqualTo(expected);
    }
  }

  private static boolean has(Article a, String word) {
    return Arrays.asList(a.body().split(" ")).contains(word) || a.title().equals(word);
  }

  /** Whether the article passes every filter except the one on {@code ignored} (multi-select). */
  private static boolean passes(
      Article a, Map<Dimension, List<String>> filters, Dimension ignored) {
    for (Map.Entry<Dimension, List<String>> f : filters.entrySet()) {
      if (f.getKey() == ignored) {
        continue;
      }
      Set<String> values = Set.copyOf(a.values(f.getKey()));
      if (f.getValue().stream().noneMatch(values::contains)) {
        return false;
      }
    }
    return true;
  }
}
