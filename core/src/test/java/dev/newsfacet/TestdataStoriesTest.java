package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The syndicated copies of {@code testdata/articles/messy} group into the stories the gold file
 * names ({@code "story"} in {@code testdata/gold/ingestion.jsonl}), and no other articles do.
 */
class TestdataStoriesTest {
  private static final Path TESTDATA = Path.of("..", "testdata");
  private static NewsIndex index;
  private static IngestReport report;

  @BeforeAll
  static void indexMessy() throws IOException {
    index = NewsIndex.inMemory();
    // Ids relative to testdata, as in the gold file.
    report = index.ingest(List.of(TESTDATA), IngestListener.NONE);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void goldStoriesAreGroupedAndNothingElse() throws IOException {
    Map<String, Set<String>> expected = new TreeMap<>();
    Set<String> singles = new TreeSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line :
        Files.readAllLines(TESTDATA.resolve("gold/ingestion.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = json.readTree(line);
      JsonNode story = g.get("story");
      if (story == null || story.isNull()) {
        singles.add(g.get("id").asText());
      } else {
        expected.computeIfAbsent(story.asText(), k -> new TreeSet<>()).add(g.get("id").asText());
      }
    }
    assertThat(expected).isNotEmpty();

    Map<String, Set<String>> actual = new HashMap<>();
    for (Set<String> members : expected.values()) {
      for (String id : members) {
        Article a = index.get(id).orElseThrow();
        actual.computeIfAbsent(a.storyId(), k -> new TreeSet<>()).add(id);
      }
    }
    assertThat(actual.values()).containsExactlyInAnyOrderElementsOf(expected.values());
    for (String id : singles) {
      Article a = index.get(id).orElseThrow();
      assertThat(a.storyId()).as(id).isEqualTo(id);
    }
  }

  @Test
  void theReportNamesEachCopyInPathOrder() {
    assertThat(report.failed()).isZero();
    // The first copy in path order starts the story; the later ones are its duplicates.
    assertThat(report.duplicates())
        .extracting(Duplicate::id, Duplicate::duplicateOf, Duplicate::exact)
        .containsExactly(
            tuple("nk-2023-09-30-exodus", "articles/karabakh/exodus-syndicated-copy.txt", false),
            tuple(
                "articles/messy/gaza-pause-wire.txt", "articles/messy/gaza-pause-copy.txt", false),
            tuple(
                "articles/messy/jeddah-peace-agreement-signed.txt",
                "articles/messy/ethiopia-eritrea-jeddah-peace.txt",
                true));
  }

  @Test
  void storyIdsDoNotDependOnThreadTiming() throws IOException {
    for (int run = 0; run < 3; run++) {
      try (NewsIndex again =
          NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).threads(2).build())) {
        IngestReport r = again.ingest(List.of(TESTDATA), IngestListener.NONE);
        assertThat(r.duplicates()).isEqualTo(report.duplicates());
      }
    }
  }

  @Test
  void collapsingCountsEachSyndicatedStoryOnce() throws IOException {
    SearchResult all = index.search(SearchRequest.query("Jeddah").build());
    SearchResult collapsed = index.search(SearchRequest.query("Jeddah").collapse(true).build());
    assertThat(collapsed.stories()).isPresent();
    assertThat(collapsed.stories().getAsLong()).isLessThan(all.total());
    assertThat(collapsed.hits()).extracting(Hit::copies).contains(2);
  }
}
