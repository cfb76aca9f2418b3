package dev.newsfacet.reliability;

import static dev.newsfacet.reliability.Reliability.f;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.DatePrecision;
import dev.newsfacet.DateSource;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 7 of issue 6: stored fields round-trip. Seeded random articles (random Unicode text, lists,
 * dates, years, precisions) are added, and {@code get} returns an equal article but for the story
 * id, which the index fills in. Checked in memory, and on disk after a close and reopen.
 */
class ArticleRoundTripTest {
  private static final String TEST = "round-trip";

  @TempDir Path tmp;

  @Test
  void storedArticlesComeBackEqual() throws IOException {
    long seed = Reliability.seed(TEST, 11L);
    Random random = new Random(seed);
    int n = Reliability.scale(400, 10_000);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      articles.add(article(random, i));
    }
    IndexOptions options = IndexOptions.builder().extractEntities(false).build();
    try (NewsIndex memory = NewsIndex.inMemory(options)) {
      for (Article a : articles) {
        memory.add(a);
      }
      check(memory, articles, seed, "in memory");
    }
    Path dir = tmp.resolve("index");
    try (NewsIndex disk = NewsIndex.open(dir, options)) {
      for (Article a : articles) {
        disk.add(a);
      }
    }
    try (NewsIndex reopened = NewsIndex.openReadOnly(dir)) {
      check(reopened, articles, seed, "on disk, reopened");
    }
    Reliability.print(TEST, f("%d random articles round-tripped in memory and on disk", n));
  }

  private static void check(NewsIndex index, List<Article> articles, long seed, String where)
      throws IOException {
    for (Article a : articles) {
      Optional<Article> got = index.get(a.id());
      assertThat(got).as("seed %d, %s, %s", seed, where, a.id()).isPresent();
      assertThat(got.get().storyId()).as("story id filled, seed %d", seed).isNotNull();
      assertThat(got.get().toBuilder().storyId(null).build())
          .as("seed %d, %s, article %s", seed, where, a.id())
          .isEqualTo(a);
    }
  }

  static Article article(Random r, int i) {
    Article.Builder b =
        Article.builder("id-" + i + "-" + text(r, 0, 12).replaceAll("\\s", "_") + "x")
            .title(r.nextInt(5) == 0 ? null : text(r, 1, 80))
            .body(r.nextInt(20) == 0 ? "" : text(r, 0, 3000))
            .captions(strings(r, 3, 120))
            .source(r.nextBoolean() ? value(r) : null)
            .dateline(r.nextBoolean() ? text(r, 1, 30) : null)
            .url(r.nextBoolean() ? "https://example.org/" + i + "?q=" + text(r, 0, 20) : null)
            .author(r.nextBoolean() ? text(r, 1, 40) : null)
            .parties(values(r))
            .persons(values(r))
            .places(values(r))
            .mentionedYears(years(r))
            .mentionedDecades(decades(r));
    switch (r.nextInt(4)) {
      case 0 -> {
        // undated
      }
      case 1 ->
          b.date(
              LocalDate.ofEpochDay(
                  LocalDate.of(1, 1, 1).toEpochDay()
                      + (long)
                          (r.nextDouble()
                              * (LocalDate.of(9999, 12, 31).toEpochDay()
                                  - LocalDate.of(1, 1, 1).toEpochDay()))));
      case 2 ->
          b.year(1 + r.nextInt(9999))
              .datePrecision(r.nextBoolean() ? DatePrecision.MONTH : DatePrecision.YEAR);
      default -> b.date(LocalDate.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }
    if (r.nextBoolean()) {
      List<DateSource> sources = List.of(DateSource.values());
      b.dateSource(sources.get(r.nextInt(sources.size())));
    }
    return b.build();
  }

  private static List<String> values(Random r) {
    List<String> out = new ArrayList<>();
    int k = r.nextInt(4);
    for (int i = 0; i < k; i++) {
      out.add(value(r));
    }
    return out;
  }

  /** A dimension value: facet values are labels, at most 300 characters (Schema drops longer). */
  private static String value(Random r) {
    return text(r, 1, 60);
  }

  private static List<String> strings(Random r, int max, int len) {
    List<String> out = new ArrayList<>();
    int k = r.nextInt(max + 1);
    for (int i = 0; i < k; i++) {
      out.add(text(r, 1, len));
    }
    return out;
  }

  private static List<Integer> years(Random r) {
    List<Integer> out = new ArrayList<>();
    int k = r.nextInt(5);
    for (int i = 0; i < k; i++) {
      out.add(1 + r.nextInt(9999));
    }
    return out;
  }

  private static List<Integer> decades(Random r) {
    List<Integer> out = new ArrayList<>();
    int k = r.nextInt(3);
    for (int i = 0; i < k; i++) {
      out.add(10 * (100 + r.nextInt(100)));
    }
    return out;
  }

  /**
   * Random text of valid Unicode code points (any plane, no unpaired surrogates): letters,
   * combining marks, emoji, controls, private use, noncharacters.
   */
  static String text(Random r, int min, int max) {
    int len = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < len) {
      int cp =
          switch (r.nextInt(8)) {
            case 0 -> ' ';
            case 1 -> 'a' + r.nextInt(26);
            case 2 -> 0x20 + r.nextInt(0x5f);
            case 3 -> r.nextInt(0x20);
            case 4 -> 0xA0 + r.nextInt(0x2000);
            case 5 -> 0x1F300 + r.nextInt(0x300);
            case 6 -> 0x10000 + r.nextInt(0x100000 - 0x10000);
            default -> r.nextInt(0xD800);
          };
      if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
