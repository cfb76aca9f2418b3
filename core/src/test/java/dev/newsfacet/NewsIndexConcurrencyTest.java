package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One {@link NewsIndex} shared by writers and searchers: no errors, totals never go backwards. */
class NewsIndexConcurrencyTest {
  @Test
  void searchesRunWhileArticlesAreAdded() throws Exception {
    int articles = 400;
    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build())) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          readers.add(
              pool.submit(() -> {
                long last = 0;
                int searches = 0;
                while (writing.get() || searches < 5) {
                  SearchResult res =
                      index.search(SearchRequest.query("ceasefire").facet(Dimension.PARTY).build());
                  assertThat(res.total()).isGreaterThanOrEqualTo(last);
                  // Counts and hits come from one point-in-time view.
                  assertThat(res.facet(Dimension.PARTY).count("Armenia"))
                      .isEqualTo((int) res.total());
                  last = res.total();
                  // A filtered, counted dimension: passes that may run side by side.
                  SearchResult filtered =
                      index.search(
                          SearchRequest.query("ceasefire")
                              .filter(Dimension.PARTY, "Armenia")
                              .facet(Dimension.PARTY)
                              .facet(Dimension.YEAR)
                              .build());
                  assertThat(filtered.total()).isGreaterThanOrEqualTo(last);
                  assertThat(filtered.facet(Dimension.PARTY).count("Armenia"))
                      .isEqualTo((int) filtered.total());
                  searches++;
                }
                return searches;
              }));
        }
        Future<?> writer =
            pool.submit(() -> {
              for (int i = 0; i < articles; i++) {
                index.add(
                    Article.builder("a" + i)
                        .title("Report " + i)
                        .body("The ceasefire held on day " + i + ".")
                        .date(LocalDate.of(2020, 1, 1).plusDays(i))
                        .parties(List.of("Armenia"))
                        .build());
                if (i % 50 == 0) {
                  index.commit();
                }
              }
              return null;
            });
        writer.get();
        writing.set(false);
        for (Future<Integer> r : readers) {
          assertThat(r.get()).isPositive();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(index.search(SearchRequest.query("ceasefire").build()).total())
          .isEqualTo(articles);
    }
  }
}
