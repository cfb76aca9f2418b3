package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fused party and year column against the two columns it is made of: every document counts the
 * same values through it, and documents with the same several parties share one list, each distinct
 * list held once.
 */
class PairColumnTest {
  @ParameterizedTest
  @ValueSource(longs = {3L, 11L, 97L})
  void fusedColumnCountsWhatTheTwoColumnsHold(long seed) throws IOException {
    Random random = new Random(seed);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(
                dir,
                new IndexWriterConfig(Schema.analyzer(true))
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < 3000; i++) {
        writer.addDocument(schema.toDocument(article(random, i), null));
        if (i % 1100 == 1099) {
          writer.commit();
        }
      }
      writer.commit();
      int shared = 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          shared += checkLeaf(leaf.reader(), seed);
        }
      }
      assertThat(shared).as("documents that reuse another's list").isPositive();
    }
  }

  /** Checks one segment; returns how many documents share a list another document made. */
  private static int checkLeaf(LeafReader segment, long seed) throws IOException {
    DimensionColumn party = DimensionColumn.build(segment, Dimension.PARTY.fieldName());
    DimensionColumn year = DimensionColumn.build(segment, Dimension.YEAR.fieldName());
    assertThat(party.singleValued()).isFalse();
    assertThat(year.small).isNotNull();
    int maxDoc = segment.maxDoc();
    PairColumn pair = PairColumn.of(party, year, maxDoc);
    assertThat(pair).isNotNull();
    int[] partyIds = identity(party.valueCount);
    int[] yearIds = identity(year.valueCount);
    Map<List<Integer>, Integer> offsets = new HashMap<>();
    int listInts = 0;
    int shared = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      int[] partyCounts = new int[party.valueCount];
      int[] yearCounts = new int[year.valueCount];
      pair.count(doc, partyIds, partyCounts, yearIds, yearCounts);
      int[] expectedParty = new int[party.valueCount];
      List<Integer> list = new ArrayList<>();
      for (int k = party.starts[doc]; k < party.starts[doc + 1]; k++) {
        expectedParty[party.ords[k]]++;
        list.add(party.ords[k]);
      }
      int[] expectedYear = new int[year.valueCount];
      if (year.small[doc] >= 0) {
        expectedYear[year.small[doc]]++;
      }
      assertThat(partyCounts).as("seed %d doc %d", seed, doc).isEqualTo(expectedParty);
      assertThat(yearCounts).as("seed %d doc %d", seed, doc).isEqualTo(expectedYear);
      if (list.size() > 1) {
        assertThat(pair.packed[doc]).isNegative();
        int at = PairColumn.offset(pair.packed[doc]);
        Integer known = offsets.putIfAbsent(list, at);
        if (known == null) {
          listInts += list.size() + 1;
        } else {
          assertThat(at).as("seed %d doc %d: the list of %s", seed, doc, list).isEqualTo(known);
          shared++;
        }
      }
    }
    assertThat(offsets.values()).doesNotHaveDuplicates();
    assertThat(pair.extra).hasSize(listInts);
    return shared;
  }

  private static int[] identity(int n) {
    int[] ids = new int[n];
    Arrays.setAll(ids, i -> i);
    return ids;
  }

  /** Parties from a few dozen labels, so that sets of several repeat across documents. */
  private static Article article(Random random, int i) {
    List<String> parties = new ArrayList<>();
    for (int k = random.nextInt(5); k > 0; k--) {
      String p = "Party " + random.nextInt(random.nextBoolean() ? 6 : 60);
      if (!parties.contains(p)) {
        parties.add(p);
      }
    }
    Article.Builder b = Article.builder("pair-" + i).body("talks " + i).parties(parties);
    if (random.nextInt(6) > 0) {
      b.year(1990 + random.nextInt(30));
    }
    return b.build();
  }
}
