package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are looked up in the index before their turn, in parallel, through a searcher that may be
 * older than the articles placed just before them. Copies of articles in the file just before, or a
 * few before (so placed by the other thread, on either side of a refresh), must still join their
 * original's story, exactly as a one-thread ingest places them.
 */
class PlacementAcrossRefreshesTest {
  private static final String[] WORDS = {
    "harbour", "council", "vote", "rain", "minister", "strike", "budget", "river", "court",
        "school",
    "bridge", "fire", "market", "union", "mayor", "festival", "port", "storm", "trial", "election",
    "farm", "rail", "hospital", "police", "museum", "treaty", "drought", "ferry", "mine", "bank"
  };

  private static String body(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(40)).append(' ');
    }
    return b.toString();
  }

  /** Replaces one word in about seventy: a near copy, well above the similarity threshold. */
  private static String edit(Random r, String body) {
    String[] w = body.split(" ");
    for (int i = 0; i < w.length; i++) {
      if (r.nextInt(70) == 0) {
        w[i] = "edited" + r.nextInt(1000);
      }
    }
    return String.join(" ", w);
  }

  @Test
  void copiesAcrossFilesInFlightJoinTheirOriginalsStory(@TempDir Path dir) throws IOException {
    Random r = new Random(7);
    List<String> originalIds = new ArrayList<>();
    List<String> originalBodies = new ArrayList<>();
    Map<String, String> expectedStory = new HashMap<>();
    for (int f = 0; f < 40; f++) {
      StringBuilder lines = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        String id = "f" + f + "-" + k;
        String body;
        int recent = originalIds.size() - 1 - r.nextInt(Math.min(24, originalIds.size() + 1));
        if (k % 2 == 1 && recent >= 0 && recent < originalIds.size()) {
          // A copy of an article one to three files back.
          body = r.nextBoolean() ? originalBodies.get(recent) : edit(r, originalBodies.get(recent));
          expectedStory.put(id, originalIds.get(recent));
        } else {
          body = body(r, 150);
          originalIds.add(id);
          originalBodies.add(body);
          expectedStory.put(id, id);
        }
        lines
            .append(ArticleJson.write(Article.builder(id).title("t " + id).body(body).build()))
            .append('\n');
      }
      Files.writeString(
          dir.resolve(String.format(java.util.Locale.ROOT, "file-%03d.jsonl", f)),
          lines.toString(),
          StandardCharsets.UTF_8);
    }
    Map<String, String> oneThread = stories(dir, 1);
    assertThat(oneThread).isEqualTo(new TreeMap<>(expectedStory));
    long copies =
        expectedStory.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
    assertThat(copies).isGreaterThan(100);
    for (int run = 0; run < 3; run++) {
      assertThat(stories(dir, 2)).as("run %s", run).isEqualTo(oneThread);
    }
  }

  /** Each article's story after ingesting the folder; a commit (and refresh) every 5 articles. */
  private static Map<String, String> stories(Path dir, int threads) throws IOException {
    IndexOptions options =
        IndexOptions.builder().extractEntities(false).threads(threads).commitEvery(5).build();
    Map<String, String> out = new TreeMap<>();
    try (NewsIndex index = NewsIndex.inMemory(options)) {
      IngestReport report = index.ingest(List.of(dir), IngestListener.NONE);
      assertThat(report.problems()).isEmpty();
      index.forEachArticle(a -> out.put(a.id(), a.storyId()));
    }
    return out;
  }
}
