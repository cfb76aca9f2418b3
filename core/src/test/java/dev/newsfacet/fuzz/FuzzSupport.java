package dev.newsfacet.fuzz;

import dev.newsfacet.Article;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

final class FuzzSupport {
  private static NewsIndex index;

  private FuzzSupport() {}

  static synchronized NewsIndex index() {
    if (index == null) {
      NewsIndex i = NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build());
      try {
        i.add(
            Article.builder("a1")
                .title("Truce")
                .body("ceasefire holds")
                .parties(List.of("Armenia"))
                .build());
        i.commit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      index = i;
    }
    return index;
  }
}
