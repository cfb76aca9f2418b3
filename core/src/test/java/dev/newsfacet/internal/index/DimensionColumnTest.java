package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A column built from the drill-down terms' postings against the same column read from the doc
 * values: every field equal, per segment and dimension, for byte, int and several-valued columns,
 * with deleted articles, and for segments whose terms do not match the doc values (the doc values
 * are then read).
 */
class DimensionColumnTest {
  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2024L})
  void postingsColumnsEqualTheDocValueColumns(long seed) throws IOException {
    Random random = new Random(seed);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      int n = 600 + random.nextInt(400);
      for (int i = 0; i < n; i++) {
        writer.addDocument(schema.toDocument(article(random, i), null));
        if (random.nextInt(150) == 0) {
          writer.commit();
        }
        if (random.nextInt(10) == 0) {
          writer.deleteDocuments(Schema.idTerm("col-" + random.nextInt(i + 1)));
        }
      }
      writer.commit();
      int kinds = 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves().size()).isGreaterThan(1);
        assertThat(reader.numDeletedDocs()).isPositive();
        for (LeafReaderContext leaf : reader.leaves()) {
          for (Dimension d : Dimension.values()) {
            DimensionColumn expected =
                DimensionColumn.buildFromDocValues(leaf.reader(), d.fieldName());
            DimensionColumn actual = DimensionColumn.build(leaf.reader(), d.fieldName());
            assertSame(actual, expected, "seed " + seed + ", " + d + ", leaf " + leaf.ord);
            kinds |= expected.small != null ? 1 : expected.singleValued() ? 2 : 4;
          }
        }
      }
      assertThat(kinds).as("byte, int and several-valued columns were compared").isEqualTo(7);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void segmentsWhoseTermsDifferFromTheDocValuesReadTheDocValues(boolean extraValue)
      throws IOException {
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    String dim = Dimension.PARTY.fieldName();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      for (int i = 0; i < 50; i++) {
        Document doc = new Document();
        for (String value : new String[] {"Armenia", "Georgia", "Iran"}) {
          // Armenia in every document: Lucene wants the field's doc value and terms in each.
          if (value.equals("Armenia") || (i + value.length()) % 3 != 0) {
            String path = FacetsConfig.pathToString(dim, new String[] {value});
            doc.add(new SortedSetDocValuesField(field, new BytesRef(path)));
            // Without the drill-down term for one label, or with a term of a label no doc value
            // has.
            if (!value.equals("Georgia")) {
              doc.add(new StringField(field, path, Field.Store.NO));
            }
          }
        }
        if (extraValue) {
          doc.add(
              new StringField(
                  field,
                  FacetsConfig.pathToString(dim, new String[] {"Azerbaijan"}),
                  Field.Store.NO));
        }
        writer.addDocument(doc);
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        DimensionColumn expected = DimensionColumn.buildFromDocValues(leaf, dim);
        DimensionColumn actual = DimensionColumn.build(leaf, dim);
        assertThat(expected.valueCount).isEqualTo(3);
        assertThat(expected.singleValued()).isFalse();
        assertSame(actual, expected, "extra " + extraValue);
      }
    }
  }

  private static void assertSame(DimensionColumn actual, DimensionColumn expected, String what) {
    assertThat(actual.segmentStart).as(what).isEqualTo(expected.segmentStart);
    assertThat(actual.valueCount).as(what).isEqualTo(expected.valueCount);
    assertThat(actual.small).as(what).isEqualTo(expected.small);
    assertThat(actual.ords).as(what).isEqualTo(expected.ords);
    assertThat(actual.starts).as(what).isEqualTo(expected.starts);
  }

  private static IndexWriter writer(Directory dir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer(true));
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    return new IndexWriter(dir, config);
  }

  /** Parties from a few hundred labels (an int column), years from a few dozen (bytes). */
  private static Article article(Random random, int i) {
    Article.Builder b =
        Article.builder("col-" + i)
            .body("talks " + i)
            .parties(labels(random, "Party", 300, 4))
            .persons(labels(random, "Person", 40, 3))
            .places(labels(random, "Place", 10, 2));
    if (random.nextInt(5) > 0) {
      b.year(1990 + random.nextInt(35));
    }
    if (random.nextInt(4) > 0) {
      b.source("Source " + random.nextInt(200));
    }
    return b.build();
  }

  private static List<String> labels(Random random, String prefix, int distinct, int most) {
    List<String> out = new ArrayList<>();
    for (int k = random.nextInt(most + 1); k > 0; k--) {
      String label = prefix + " " + random.nextInt(distinct);
      if (!out.contains(label)) {
        out.add(label);
      }
    }
    return out;
  }
}
