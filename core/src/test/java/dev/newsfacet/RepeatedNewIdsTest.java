package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first article with an id the index never had is added without a delete; when the same id is
 * placed again before that add is written, possibly by another thread that writes first, the index
 * must still end with one document per id, never two.
 */
class RepeatedNewIdsTest {
  private static String body(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      b.append("w").append(r.nextInt(2_000)).append(' ');
    }
    return b.toString();
  }

  @Test
  void ingestOnTwoThreadsKeepsOneDocumentPerId(@TempDir Path dir) throws IOException {
    Random r = new Random(23);
    Set<String> ids = new HashSet<>();
    Map<String, Set<String>> bodies = new HashMap<>();
    for (int f = 0; f < 40; f++) {
      StringBuilder lines = new StringBuilder();
      for (int k = 0; k < 10; k++) {
        // New ids, most of them again in the same file or one of the next few files.
        String id = "n" + (f * 10 + k - r.nextInt(Math.min(40, f * 10 + k + 1)) / 2);
        String b = body(r);
        ids.add(id);
        bodies.computeIfAbsent(id, x -> new HashSet<>()).add(b.strip());
        lines
            .append(ArticleJson.write(Article.builder(id).title("t").body(b).build()))
            .append('\n');
      }
      Files.writeString(
          dir.resolve(String.format(java.util.Locale.ROOT, "f%03d.jsonl", f)),
          lines.toString(),
          StandardCharsets.UTF_8);
    }
    assertThat(ids.size()).isLessThan(300);
    for (int run = 0; run < 3; run++) {
      IndexOptions options =
          IndexOptions.builder().extractEntities(false).threads(2).commitEvery(9).build();
      try (NewsIndex index = NewsIndex.inMemory(options)) {
        assertThat(index.ingest(List.of(dir), IngestListener.NONE).problems()).isEmpty();
        List<String> seen = new ArrayList<>();
        index.forEachArticle(a -> {
          seen.add(a.id());
          assertThat(bodies.get(a.id())).contains(a.body().strip());
        });
        assertThat(seen).hasSize(ids.size()).doesNotHaveDuplicates();
        assertThat(index.stats().articles()).isEqualTo(ids.size());
      }
    }
  }

  @Test
  void concurrentAddsOfTheSameNewIdsKeepOneDocumentEach() throws Exception {
    IndexOptions options = IndexOptions.builder().extractEntities(false).build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (NewsIndex index = NewsIndex.inMemory(options)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        futures.add(
            pool.submit(() -> {
              Random r = new Random(seed);
              for (int i = 0; i < 300; i++) {
                // Each id is added by every thread, at about the same time.
                index.add(Article.builder("id" + i).title("t").body(body(r)).build());
              }
              return null;
            }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      index.commit();
      List<String> seen = new ArrayList<>();
      index.forEachArticle(a -> seen.add(a.id()));
      assertThat(seen).hasSize(300).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }
}
