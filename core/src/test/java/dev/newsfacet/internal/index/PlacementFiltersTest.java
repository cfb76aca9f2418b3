package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The placement filters never answer "no" for a key the index holds: filled from a reader of an
 * index written in several segments, with replacements and deletes, and added to afterwards.
 */
class PlacementFiltersTest {
  private static String body(Random r) {
    StringBuilder b = new StringBuilder();
    int words = 20 + r.nextInt(200);
    for (int i = 0; i < words; i++) {
      b.append("w").append(r.nextInt(5_000)).append(' ');
    }
    return b.toString();
  }

  /** Every key of every article written, fingerprinted independently of the filters. */
  private static void assertHoldsAll(PlacementFilters f, List<Article> written) {
    for (Article a : written) {
      assertThat(f.mayHaveId(a.id())).as(a.id()).isTrue();
      Fingerprint fp = Fingerprint.of(a.body());
      assertThat(f.mayHaveTextHash(fp.textHash())).as(a.id()).isTrue();
      long[] bands = fp.bands().clone();
      assertThat(f.retainMaybeBands(bands)).as(a.id()).isEqualTo(bands.length);
    }
  }

  @Test
  void filledFiltersHoldEveryKeyOfTheIndexAndOfWhatIsPlacedLater() throws IOException {
    Random r = new Random(3);
    Schema schema = new Schema();
    List<Article> written = new ArrayList<>();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer(true)))) {
      for (int i = 0; i < 3_000; i++) {
        // Ids recur (replacements), bodies recur (exact copies); a commit now and then makes
        // several segments, and some articles are deleted again.
        String id = "a" + (r.nextInt(10) == 0 ? r.nextInt(Math.max(1, i)) : i);
        String body =
            r.nextInt(20) == 0 && !written.isEmpty()
                ? written.get(r.nextInt(written.size())).body()
                : body(r);
        Article a = Article.builder(id).title("t").body(body).build();
        w.updateDocument(Schema.idTerm(id), schema.toDocument(a, Fingerprint.of(body)));
        written.add(a);
        if (i % 400 == 399) {
          w.commit();
        }
        if (r.nextInt(50) == 0) {
          w.deleteDocuments(Schema.idTerm("a" + r.nextInt(i + 1)));
        }
      }
      w.commit();
      PlacementFilters f;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        f = PlacementFilters.fill(reader);
      }
      // The live articles must be found; the deleted ones are found too (their keys stay).
      assertHoldsAll(f, written);

      List<Article> placed = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        Article a = Article.builder("p" + i).title("t").body(body(r)).build();
        f.placed(a.id(), Fingerprint.of(a.body()));
        placed.add(a);
      }
      f.placed("no-body", null);
      assertHoldsAll(f, placed);
      assertThat(f.mayHaveId("no-body")).isTrue();

      // And they do rule out what is in neither: nearly every absent key is a "no".
      int maybes = 0;
      for (int i = 0; i < 2_000; i++) {
        Fingerprint fp = Fingerprint.of(body(r) + " fresh" + i);
        if (f.mayHaveTextHash(fp.textHash()) || f.mayHaveId("absent-" + i)) {
          maybes++;
        }
      }
      assertThat(maybes).isLessThan(40);
    }
  }

  @Test
  void emptyFiltersHoldWhatIsPlaced() {
    PlacementFilters f = PlacementFilters.empty();
    Random r = new Random(4);
    List<Article> placed = new ArrayList<>();
    // More than the first filters were sized for: the chains grow.
    for (int i = 0; i < 140_000; i++) {
      Article a = Article.builder("id" + i).body("w" + r.nextInt() + " w" + i).build();
      f.placed(a.id(), Fingerprint.of(a.body()));
      if (i % 97 == 0) {
        placed.add(a);
      }
    }
    assertHoldsAll(f, placed);
    int maybes = 0;
    for (int i = 0; i < 10_000; i++) {
      if (f.mayHaveId("other" + i)) {
        maybes++;
      }
    }
    assertThat(maybes).isLessThan(100);
  }
}
