package dev.newsfacet.fuzz;

import dev.newsfacet.Article;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** A small in-memory index shared by the fuzz targets. */
final class FuzzSupport {
  static final int ARTICLES = 40;
  private static NewsIndex index;

  private FuzzSupport() {}

  static synchronized NewsIndex index() {
    if (index == null) {
      NewsIndex i = NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build());
      String[] parties = {"Armenia", "Azerbaijan", "Russia", "Côte d'Ivoire", "United Nations"};
      try {
        for (int n = 0; n < ARTICLES; n++) {
          i.add(
              Article.builder("a" + n)
                  .title("Truce report " + n)
                  .body("The cease-fire holds near Stepanakert; talks in Moscow, day " + n + ".")
                  .date(LocalDate.of(1990 + n % 30, 1 + n % 12, 1 + n % 28))
                  .source(n % 2 == 0 ? "Caucasus Wire" : "Meridian Daily")
                  .parties(List.of(parties[n % parties.length]))
                  .persons(List.of("Nikol Pashinyan"))
                  .mentionedYears(List.of(1994, 2020))
                  .build());
        }
        i.commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      index = i;
    }
    return index;
  }
}
