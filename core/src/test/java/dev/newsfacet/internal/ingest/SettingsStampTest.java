package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Dimension;
import dev.newsfacet.FacetValue;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read under other extraction settings is not taken for unchanged. */
class SettingsStampTest {
  @TempDir Path dir;

  private Path write(String rel, String content) throws IOException {
    return IngestTesting.write(dir, rel, content);
  }

  @Test
  void aChangedUserGazetteerReadsUnchangedFilesAgain() throws IOException {
    write("corpus/a.txt", "Talks in Velmora\n\nThe Orchid Front met envoys in the capital.\n");
    Path gazetteer = write("g.jsonl", party("Orchid Front", "Orchid Front"));
    Path store = dir.resolve("index");
    IndexOptions options = IndexOptions.builder().gazetteer(gazetteer).threads(1).build();
    try (NewsIndex index = NewsIndex.open(store, options)) {
      index.ingest(List.of(dir.resolve("corpus")), IngestListener.NONE);
      IngestReport same = index.ingest(List.of(dir.resolve("corpus")), IngestListener.NONE);

      assertThat(same.unchanged()).isEqualTo(1);
      assertThat(parties(index)).contains("Orchid Front");
    }
    write("g.jsonl", party("Orchid Liberation Front", "Orchid Front"));

    try (NewsIndex index = NewsIndex.open(store, options)) {
      IngestReport changed = index.ingest(List.of(dir.resolve("corpus")), IngestListener.NONE);

      assertThat(changed.updated()).isEqualTo(1);
      assertThat(parties(index)).contains("Orchid Liberation Front").doesNotContain("Orchid Front");
    }
  }

  @Test
  void turningExtractionOffReadsUnchangedFilesAgain() throws IOException {
    write("corpus/a.txt", "Talks in Yerevan\n\nArmenia and Azerbaijan met in Moscow.\n");
    Path store = dir.resolve("index");
    try (NewsIndex on = NewsIndex.open(store, IndexOptions.builder().threads(1).build())) {
      on.ingest(List.of(dir.resolve("corpus")), IngestListener.NONE);

      assertThat(parties(on)).contains("Armenia");
    }
    IndexOptions off = IndexOptions.builder().extractEntities(false).threads(1).build();
    try (NewsIndex index = NewsIndex.open(store, off)) {
      IngestReport r = index.ingest(List.of(dir.resolve("corpus")), IngestListener.NONE);

      assertThat(r.updated()).isEqualTo(1);
      assertThat(parties(index)).isEmpty();
    }
  }

  private static String party(String name, String alias) {
    return "{\"dimension\":\"party\",\"name\":\""
        + name
        + "\",\"type\":\"armed_group\",\"aliases\":[\""
        + alias
        + "\"]}";
  }

  private static List<String> parties(NewsIndex index) throws IOException {
    List<String> out = new ArrayList<>();
    SearchRequest request = SearchRequest.builder().facet(Dimension.PARTY).build();
    for (FacetValue v : index.search(request).facet(Dimension.PARTY).values()) {
      out.add(v.value());
    }
    return out;
  }
}
