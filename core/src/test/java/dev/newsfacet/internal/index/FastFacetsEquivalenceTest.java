package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SortOrder;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The column counter against the reference path (DrillSideways with sorted-set facet counts) on
 * random indexes of several segments with deletions, over random requests: totals, hits in order
 * with scores and snippets, every facet value in order, timelines, multi-select filters, date
 * ranges, sort orders, pages and collapsed stories must all be identical.
 */
class FastFacetsEquivalenceTest {
  private static final String[] WORDS = {
    "ceasefire", "border", "talks", "troops", "harvest", "flood", "election", "summit", "convoy",
    "refugees", "pipeline", "sanctions", "drought", "vote", "treaty", "market", "strike", "rally"
  };
  private static final String[] PARTIES = {
    "Armenia", "Azerbaijan", "Russia", "Türkiye", "France", "Iran", "Georgia", "United Nations"
  };
  private static final String[] PERSONS = {
    "Ana Petrosyan", "Ilham Aliyev", "Nikol Pashinyan", "Sergei Lavrov", "Josep Borrell"
  };
  private static final String[] PLACES = {"Stepanakert", "Shusha", "Goris", "Lachin", "Baku"};
  private static final String[] SOURCES = {"Wire One", "Daily Ledger", "Coast Radio"};
  private static final Dimension[] DIMS = Dimension.values();

  @ParameterizedTest
  @ValueSource(longs = {3L, 11L, 42L, 1994L, 2020L, 777_777L, 31_415_926L, 8L})
  void fastPathCountsExactlyLikeDrillSideways(long seed) throws IOException {
    Random random = new Random(seed);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      int articles = 80 + random.nextInt(400);
      int segments = 1 + random.nextInt(6);
      for (int i = 0; i < articles; i++) {
        writer.addDocument(schema.toDocument(article(random, i), null));
        if (random.nextInt(articles) < segments) {
          writer.commit(); // a segment boundary
        }
      }
      for (int i = 0; i < articles / 10; i++) {
        if (random.nextBoolean()) {
          writer.deleteDocuments(Schema.idTerm("a" + random.nextInt(articles)));
        }
      }
      writer.commit();
      assertFastMatchesReference(dir, schema, seed, 150, () -> request(random));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4L, 19L, 606L})
  void browsingInDateOrderReadsOnlyThePagesDaysYetSortsLikeAllArticles(long seed)
      throws IOException {
    Random random = new Random(seed);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      int articles = 60 + random.nextInt(200);
      writeWithDeletes(
          writer,
          schema,
          random,
          articles,
          i -> {
            Article a = article(random, i);
            // Few distinct days: many ties on the date, which the page must break as a full sort
            // does.
            Article.Builder b = a.toBuilder().date(null).year(null);
            switch (random.nextInt(6)) {
              case 0 -> b.year(2015);
              case 1 -> {}
              default -> b.date(LocalDate.of(2015, 3, 1).plusDays(random.nextInt(6) * 40L));
            }
            return b.build();
          });
      assertFastMatchesReference(
          dir,
          schema,
          seed,
          60,
          () -> {
            SearchRequest.Builder b =
                SearchRequest.query("")
                    .sort(random.nextBoolean() ? SortOrder.NEWEST : SortOrder.OLDEST)
                    .offset(random.nextInt(3) == 0 ? random.nextInt(articles + 10) : 0)
                    .limit(1 + random.nextInt(40));
            if (random.nextBoolean()) {
              b.facet(Dimension.PARTY).facet(Dimension.YEAR);
            }
            return b.build();
          });
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7L, 64L, 2718L})
  void wordAndFieldedValueScoredOnceCountsLikeDrillSideways(long seed) throws IOException {
    assertOnRandomIndex(
        seed,
        120,
        300,
        80,
        (random, i) -> article(random, i),
        random -> {
          String word = WORDS[random.nextInt(WORDS.length)];
          Dimension d = random.nextBoolean() ? Dimension.PARTY : DIMS[random.nextInt(DIMS.length)];
          String fielded = d.fieldName() + ":\"" + filterValue(random, d) + "\"";
          String query =
              switch (random.nextInt(3)) {
                case 0 -> word + " AND " + fielded;
                case 1 -> fielded + " AND " + word;
                default ->
                    "(" + word + " OR " + WORDS[random.nextInt(WORDS.length)] + ") AND " + fielded;
              };
          SearchRequest.Builder b =
              SearchRequest.query(query)
                  .sort(SortOrder.values()[random.nextInt(SortOrder.values().length)])
                  // Pages past the first as well: the one scoring pass keeps the whole window.
                  .offset(random.nextInt(3) == 0 ? random.nextInt(30) : 0)
                  .limit(random.nextInt(20))
                  .facetLimit(1 + random.nextInt(40))
                  .facet(Dimension.PARTY)
                  .facet(Dimension.YEAR);
          if (random.nextInt(3) == 0) {
            b.facet(DIMS[random.nextInt(DIMS.length)]);
          }
          if (random.nextInt(4) == 0) {
            Dimension f = DIMS[random.nextInt(DIMS.length)];
            b.filter(f, filterValue(random, f));
          }
          return b.build();
        });
  }

  @ParameterizedTest
  @ValueSource(longs = {9L, 88L, 4242L})
  void phrasesCountedApartFromTheirTopHitsCountLikeDrillSideways(long seed) throws IOException {
    List<String[]> bodies = new ArrayList<>();
    assertOnRandomIndex(
        seed,
        150,
        300,
        80,
        (random, i) -> {
          Article a = article(random, i);
          bodies.add(a.body().split(" "));
          return a;
        },
        random -> {
          // Two or three words that follow each other in some article, so that phrases match
          // often, several times in one article too.
          String[] words = bodies.get(random.nextInt(bodies.size()));
          int length = Math.min(words.length, 2 + random.nextInt(2));
          int from = random.nextInt(words.length - length + 1);
          String phrase =
              "\"" + String.join(" ", Arrays.copyOfRange(words, from, from + length)) + "\"";
          String query =
              switch (random.nextInt(4)) {
                case 0 -> phrase + " OR " + WORDS[random.nextInt(WORDS.length)];
                case 1 -> phrase + " AND " + WORDS[random.nextInt(WORDS.length)];
                default -> phrase;
              };
          SearchRequest.Builder b =
              SearchRequest.query(query)
                  .sort(SortOrder.values()[random.nextInt(SortOrder.values().length)])
                  // Pages past the first: the skipping search keeps the whole window.
                  .offset(random.nextInt(3) == 0 ? random.nextInt(30) : 0)
                  .limit(random.nextInt(20))
                  .facetLimit(1 + random.nextInt(40));
          if (random.nextInt(4) > 0) {
            // Counted (party and year, from their fused column), else hits and total only.
            b.facet(Dimension.PARTY).facet(Dimension.YEAR);
          }
          // No filter, one, or two filtered dimensions (counted sideways when also counted).
          for (int k = random.nextInt(3); k > 0; k--) {
            Dimension f =
                random.nextBoolean() ? Dimension.PARTY : DIMS[random.nextInt(DIMS.length)];
            b.filter(f, filterValue(random, f));
          }
          return b.build();
        });
  }

  @ParameterizedTest
  @ValueSource(longs = {12L, 365L, 9001L})
  void hitsWithoutCountsTakeTheirTotalFromACountPassLikeOneScoringPass(long seed)
      throws IOException {
    assertOnRandomIndex(
        seed,
        150,
        300,
        80,
        (random, i) -> article(random, i),
        random -> {
          String query = wordQuery(random, 5);
          // No counts: the page and the total only, by relevance mostly (the skipping search).
          SearchRequest.Builder b =
              SearchRequest.query(query)
                  .sort(random.nextInt(4) > 0 ? SortOrder.RELEVANCE : SortOrder.NEWEST)
                  .offset(random.nextInt(3) == 0 ? random.nextInt(60) : 0)
                  .limit(random.nextInt(20));
          for (int k = random.nextInt(3); k > 0; k--) {
            Dimension f = DIMS[random.nextInt(DIMS.length)];
            b.filter(f, filterValue(random, f));
          }
          return b.build();
        });
  }

  @ParameterizedTest
  @ValueSource(longs = {7L, 88L, 4321L})
  void everyCountedDimensionFilteredCountsSidewaysLikeDrillSideways(long seed) throws IOException {
    assertOnRandomIndex(
        seed,
        150,
        300,
        80,
        (random, i) -> article(random, i),
        random -> {
          String query = wordQuery(random, 4);
          // The benchmark's filter-party-year+f shape and its kin: each counted dimension is
          // also filtered, so only sideways passes count and the hits come on their own.
          SearchRequest.Builder b =
              SearchRequest.query(query)
                  .sort(random.nextInt(4) > 0 ? SortOrder.RELEVANCE : SortOrder.NEWEST)
                  .offset(random.nextInt(3) == 0 ? random.nextInt(40) : 0)
                  .limit(random.nextInt(20))
                  .facetLimit(1 + random.nextInt(40));
          Dimension[] counted =
              random.nextBoolean()
                  ? new Dimension[] {Dimension.PARTY, Dimension.YEAR}
                  : new Dimension[] {DIMS[random.nextInt(DIMS.length)]};
          for (Dimension d : counted) {
            b.facet(d);
            for (int v = 1 + random.nextInt(2); v > 0; v--) {
              b.filter(d, filterValue(random, d));
            }
          }
          return b.build();
        });
  }

  @ParameterizedTest
  @ValueSource(longs = {12L, 2024L})
  void segmentsOfManyLabelsCountLikeDrillSideways(long seed) throws IOException {
    // A segment of a few thousand party and person labels counts by global ordinal, one of a few
    // hundred by segment ordinal: both kinds, side by side in one index.
    Random random = new Random(seed);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      int[] segments = {2_400, 150};
      int id = 0;
      for (int size : segments) {
        for (int i = 0; i < size; i++, id++) {
          Article a = article(random, id);
          writer.addDocument(
              schema.toDocument(
                  a.toBuilder()
                      .parties(numbered(random, "Party ", 5_000, 8))
                      .persons(numbered(random, "Person ", 6_000, 3))
                      .build(),
                  null));
        }
        writer.commit();
      }
      for (int i = 0; i < id / 10; i++) {
        writer.deleteDocuments(Schema.idTerm("a" + random.nextInt(id)));
      }
      writer.commit();
      assertFastMatchesReference(
          dir,
          schema,
          seed,
          60,
          () -> {
            SearchRequest.Builder b =
                SearchRequest.query(wordQuery(random, 4))
                    .facetLimit(1 + random.nextInt(random.nextBoolean() ? 5 : 200))
                    .limit(random.nextInt(15))
                    .facet(Dimension.PARTY)
                    .facet(Dimension.YEAR);
            if (random.nextBoolean()) {
              b.facet(Dimension.PERSON);
            }
            if (random.nextInt(3) == 0) {
              b.filter(Dimension.YEAR, Integer.toString(2012 + random.nextInt(9)));
            }
            return b.build();
          });
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5L, 23L, 1001L})
  void oneValueOverAllArticlesCountsFromTheTablesLikeDrillSideways(long seed) throws IOException {
    // Two labels that fold to one term: a fielded query then matches both and may not use a row.
    String[] parties = {"Armenia", "Türkiye", "Turkiye", "Iran", "United Nations"};
    assertOnRandomIndex(
        seed,
        60,
        250,
        80,
        (random, i) -> article(random, i).toBuilder().parties(pick(random, parties, 3)).build(),
        random -> {
          Dimension d = DIMS[random.nextInt(DIMS.length)];
          String value =
              d == Dimension.PARTY
                  ? parties[random.nextInt(parties.length)]
                  : filterValue(random, d);
          if (random.nextInt(4) == 0) {
            value = value.toLowerCase(Locale.ROOT);
          }
          boolean asFilter = random.nextBoolean();
          SearchRequest.Builder b =
              SearchRequest.query(asFilter ? "" : d.fieldName() + ":\"" + value + "\"")
                  .sort(SortOrder.values()[random.nextInt(SortOrder.values().length)])
                  .offset(random.nextInt(4) == 0 ? random.nextInt(30) : 0)
                  .limit(random.nextInt(20))
                  .facetLimit(1 + random.nextInt(40));
          if (asFilter) {
            b.filter(d, value);
          }
          if (random.nextBoolean()) {
            b.facet(Dimension.PARTY).facet(Dimension.YEAR);
          } else {
            for (Dimension f : DIMS) {
              if (random.nextInt(3) == 0) {
                b.facet(f);
              }
            }
          }
          if (random.nextInt(4) == 0) {
            b.timeline(Dimension.YEAR);
          }
          return b.build();
        });
  }

  @Test
  void reopenBuildsColumnsOnlyForNewSegments() throws IOException {
    Random random = new Random(5);
    Schema schema = new Schema();
    ColumnCache cache = new ColumnCache();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      for (int i = 0; i < 50; i++) {
        writer.addDocument(schema.toDocument(article(random, i), null));
      }
      writer.commit();
      DirectoryReader first = DirectoryReader.open(dir);
      FacetedSearcher before = new FacetedSearcher(first, schema.facetsConfig(), cache);
      DimensionColumn old = before.columns().dim(Dimension.PARTY).columns[0];
      for (int i = 50; i < 80; i++) {
        writer.addDocument(schema.toDocument(article(random, i), null));
      }
      writer.commit();
      DirectoryReader second = DirectoryReader.openIfChanged(first);
      assertThat(second).isNotNull();
      FacetedSearcher after = new FacetedSearcher(second, schema.facetsConfig(), cache);
      assertThat(second.leaves()).hasSize(2);
      assertThat(after.columns().dim(Dimension.PARTY).columns[0]).isSameAs(old);
      assertThat(cache.segments()).isEqualTo(2);
      first.close();
      assertThat(cache.segments()).as("the old reader shares both segment cores").isEqualTo(2);
      second.close();
      assertThat(cache.segments()).as("closed segments drop their columns").isZero();
    }
  }

  /**
   * Writes the articles in a few segments (random commits), deletes about an eighth of them and
   * commits: the shapes the per-reader tables must get right.
   */
  /**
   * Writes {@code min} plus up to {@code spread} articles in several segments with deletions, then
   * compares {@code requests} requests with the reference. One random source, seeded, makes the
   * articles and then the requests, so a seed replays the same index and the same requests.
   */
  private static void assertOnRandomIndex(
      long seed,
      int min,
      int spread,
      int requests,
      BiFunction<Random, Integer, Article> article,
      Function<Random, SearchRequest> request)
      throws IOException {
    Random random = new Random(seed);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      int articles = min + random.nextInt(spread);
      writeWithDeletes(writer, schema, random, articles, i -> article.apply(random, i));
      assertFastMatchesReference(dir, schema, seed, requests, () -> request.apply(random));
    }
  }

  /**
   * One of the first {@code shapes} query shapes over two random words: a word, OR, AND, a phrase,
   * and a fielded party OR a word.
   */
  private static String wordQuery(Random random, int shapes) {
    String w1 = WORDS[random.nextInt(WORDS.length)];
    String w2 = WORDS[random.nextInt(WORDS.length)];
    return switch (random.nextInt(shapes)) {
      case 0 -> w1;
      case 1 -> w1 + " OR " + w2;
      case 2 -> w1 + " AND " + w2;
      case 3 -> "\"" + w1 + " " + w2 + "\"";
      default -> "party:\"" + PARTIES[random.nextInt(PARTIES.length)] + "\" OR " + w1;
    };
  }

  private static void writeWithDeletes(
      IndexWriter writer,
      Schema schema,
      Random random,
      int articles,
      java.util.function.IntFunction<Article> article)
      throws IOException {
    for (int i = 0; i < articles; i++) {
      writer.addDocument(schema.toDocument(article.apply(i), null));
      if (random.nextInt(articles) < 4) {
        writer.commit();
      }
    }
    for (int i = 0; i < articles / 8; i++) {
      writer.deleteDocuments(Schema.idTerm("a" + random.nextInt(articles)));
    }
    writer.commit();
  }

  private static IndexWriter writer(Directory dir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer(true));
    config.setMergePolicy(NoMergePolicy.INSTANCE); // keep the segments the test made
    return new IndexWriter(dir, config);
  }

  /**
   * Runs {@code rounds} requests over the index in {@code dir}, each through the fast path (passes
   * side by side) and through the DrillSideways reference, and asserts equal results.
   */
  private static void assertFastMatchesReference(
      Directory dir, Schema schema, long seed, int rounds, Supplier<SearchRequest> requests)
      throws IOException {
    try (DirectoryReader reader = FacetedSearcher.exitable(DirectoryReader.open(dir))) {
      FacetedSearcher searcher =
          new FacetedSearcher(reader, schema.facetsConfig(), new ColumnCache());
      Searches fast = searches(schema, false);
      Searches reference = searches(schema, true);
      for (int round = 0; round < rounds; round++) {
        SearchRequest request = requests.get();
        assertThat(fast.search(searcher, request))
            .as("seed %d round %d, %d segments: %s", seed, round, reader.leaves().size(), request)
            .isEqualTo(reference.search(searcher, request));
      }
    }
  }

  /** The fast path runs its passes as an index does on a multi-core machine: side by side. */
  private static final SearchPasses PASSES = new SearchPasses(2);

  private static Searches searches(Schema schema, boolean reference) {
    return reference
        ? new Searches(schema, Schema.analyzer(false), Duration.ofMinutes(5), true)
        : new Searches(schema, Schema.analyzer(false), Duration.ofMinutes(5), PASSES);
  }

  private static Article article(Random random, int i) {
    StringBuilder body = new StringBuilder();
    for (int w = 0, n = 4 + random.nextInt(20); w < n; w++) {
      body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    Article.Builder b =
        Article.builder("a" + i)
            .title(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)])
            .body(body.toString())
            .parties(pick(random, PARTIES, 4))
            .persons(pick(random, PERSONS, 2))
            .places(pick(random, PLACES, 3))
            .storyId(random.nextInt(4) == 0 ? "story" + random.nextInt(20) : null);
    if (random.nextInt(5) > 0) {
      b.source(SOURCES[random.nextInt(SOURCES.length)]);
    }
    List<Integer> mentioned = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      mentioned.add(1980 + random.nextInt(40));
    }
    b.mentionedYears(mentioned);
    int kind = random.nextInt(10);
    if (kind > 1) {
      b.date(
          LocalDate.of(2012 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    } else if (kind == 1) {
      b.year(2012 + random.nextInt(9));
    }
    return b.build();
  }

  /** Up to {@code max} distinct labels out of {@code prefix 0} to {@code prefix (pool - 1)}. */
  private static List<String> numbered(Random random, String prefix, int pool, int max) {
    List<String> out = new ArrayList<>();
    for (int k = random.nextInt(max + 1); k > 0; k--) {
      String v = prefix + random.nextInt(pool);
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private static List<String> pick(Random random, String[] values, int max) {
    List<String> out = new ArrayList<>();
    for (int k = random.nextInt(max + 1); k > 0; k--) {
      String v = values[random.nextInt(values.length)];
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  private static SearchRequest request(Random random) {
    String w1 = WORDS[random.nextInt(WORDS.length)];
    String w2 = WORDS[random.nextInt(WORDS.length)];
    boolean browseDates = random.nextInt(10) == 0;
    String query =
        switch (browseDates ? 0 : random.nextInt(7)) {
          case 0, 1 -> "";
          case 2 -> w1;
          case 3 -> w1 + " " + w2;
          case 4 -> w1 + " OR " + w2;
          case 5 -> "\"" + w1 + " " + w2 + "\"";
          default -> "party:\"" + PARTIES[random.nextInt(PARTIES.length)] + "\" OR " + w1;
        };
    SearchRequest.Builder b =
        SearchRequest.query(query)
            .facetLimit(1 + random.nextInt(random.nextBoolean() ? 3 : 60))
            .offset(random.nextInt(4) == 0 ? random.nextInt(40) : 0)
            .limit(random.nextInt(25))
            .sort(SortOrder.values()[random.nextInt(SortOrder.values().length)])
            .collapse(random.nextInt(6) == 0);
    if (random.nextInt(4) == 0) {
      // The benchmark's shape: party and year (counted from their fused column).
      b.facet(Dimension.PARTY).facet(Dimension.YEAR);
    } else {
      for (Dimension d : DIMS) {
        if (random.nextInt(3) == 0) {
          b.facet(d);
        }
      }
    }
    if (random.nextInt(4) == 0) {
      b.timeline(random.nextBoolean() ? Dimension.YEAR : Dimension.MENTIONED_YEAR);
    }
    if (browseDates) {
      // Browsing a date range: no query, no filter (counted from the per-day counts).
      LocalDate from = LocalDate.of(2011 + random.nextInt(11), 1 + random.nextInt(12), 1);
      switch (random.nextInt(3)) {
        case 0 -> b.from(from);
        case 1 -> b.to(from);
        default -> b.from(from).to(from.plusDays(random.nextInt(1500)));
      }
      return b.build();
    }
    for (int f = random.nextInt(4); f > 0; f--) {
      Dimension d = DIMS[random.nextInt(DIMS.length)];
      for (int v = 1 + random.nextInt(2); v > 0; v--) {
        b.filter(d, filterValue(random, d));
      }
    }
    if (random.nextInt(4) == 0) {
      LocalDate from = LocalDate.of(2012 + random.nextInt(9), 1 + random.nextInt(12), 1);
      b.from(from);
      if (random.nextBoolean()) {
        b.to(from.plusDays(random.nextInt(900)));
      }
    }
    return b.build();
  }

  private static String filterValue(Random random, Dimension d) {
    String v =
        switch (d) {
          case PARTY -> PARTIES[random.nextInt(PARTIES.length)];
          case PERSON -> PERSONS[random.nextInt(PERSONS.length)];
          case PLACE -> PLACES[random.nextInt(PLACES.length)];
          case SOURCE -> SOURCES[random.nextInt(SOURCES.length)];
          case YEAR -> Integer.toString(2011 + random.nextInt(11));
          case MENTIONED_YEAR -> Integer.toString(1980 + random.nextInt(40));
        };
    return switch (random.nextInt(8)) {
      case 0 -> v.toLowerCase(Locale.ROOT); // resolved to the indexed label
      // no article has it (a year field takes only years)
      case 1 -> (d.yearLike() ? "150" : "Nowhere") + random.nextInt(3);
      default -> v;
    };
  }
}
