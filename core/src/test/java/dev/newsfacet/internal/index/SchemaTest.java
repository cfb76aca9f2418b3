package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static void assertSamePoint(IndexableField actual, LongPoint expected) {
    IndexableFieldType a = actual.fieldType();
    IndexableFieldType e = expected.fieldType();
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(a.pointDimensionCount()).isEqualTo(e.pointDimensionCount());
    assertThat(a.pointIndexDimensionCount()).isEqualTo(e.pointIndexDimensionCount());
    assertThat(a.pointNumBytes()).isEqualTo(e.pointNumBytes());
    assertThat(a.indexOptions()).isEqualTo(e.indexOptions());
    assertThat(a.docValuesType()).isEqualTo(e.docValuesType());
    assertThat(a.stored()).isEqualTo(e.stored());
    assertThat(actual.binaryValue()).isEqualTo(expected.binaryValue());
  }

  /** The shared point type gives the very points {@code LongPoint} would: indexes stay readable. */
  @Test
  void bandAndDatePointsEqualLongPoints() throws Exception {
    String body = "Ministers met in the capital on Tuesday to agree the budget for next year.";
    Article a =
        Article.builder("a-1").title("Budget").body(body).date(LocalDate.of(2024, 3, 5)).build();
    Fingerprint fp = Fingerprint.of(body);
    Document doc = new Schema().toDocument(a, fp);

    IndexableField[] bands = doc.getFields(Schema.LSH);
    long[] expected = fp.bands();
    assertThat(bands).hasSize(expected.length);
    for (int i = 0; i < bands.length; i++) {
      assertSamePoint(bands[i], new LongPoint(Schema.LSH, expected[i]));
    }
    List<IndexableField> datePoints =
        java.util.Arrays.stream(doc.getFields(Schema.DATE))
            .filter(f -> f.fieldType().pointDimensionCount() > 0)
            .toList();
    assertThat(datePoints).hasSize(1);
    assertSamePoint(
        datePoints.get(0), new LongPoint(Schema.DATE, LocalDate.of(2024, 3, 5).toEpochDay()));
  }

  @Test
  void extremeValuesKeepLongPointOrder() {
    byte[] packed = new byte[3 * Long.BYTES];
    long[] values = {Long.MIN_VALUE, -1, Long.MAX_VALUE};
    for (int i = 0; i < values.length; i++) {
      assertSamePoint(
          Schema.longPoint(Schema.LSH, values[i], packed, i * Long.BYTES),
          new LongPoint(Schema.LSH, values[i]));
    }
  }

  /** A field as the indexer sees it: name, how it is indexed, and its value. */
  private static String describe(IndexableField f) {
    IndexableFieldType t = f.fieldType();
    // Unstored, a string and its UTF-8 bytes index the same: compare the bytes.
    String value =
        t.stored() || f.stringValue() == null
            ? "str=" + f.stringValue() + " bin=" + f.binaryValue()
            : "bytes=" + new org.apache.lucene.util.BytesRef(f.stringValue());
    if (!t.stored() && f.stringValue() == null && f.binaryValue() != null) {
      value = "bytes=" + f.binaryValue();
    }
    return f.name()
        + " idx="
        + t.indexOptions()
        + " tok="
        + t.tokenized()
        + " norms="
        + t.omitNorms()
        + " stored="
        + t.stored()
        + " dv="
        + t.docValuesType()
        + " points="
        + t.pointDimensionCount()
        + "/"
        + t.pointNumBytes()
        + " "
        + value
        + " num="
        + f.numericValue();
  }

  private static String randomValue(java.util.Random r) {
    String[] parts = {
      "Labour",
      "Green",
      "\u001f",
      "\u001e",
      "S\u00e3o Paulo",
      "\u00c9lise",
      "x",
      " ",
      "\uD83D\uDE00",
      "2024"
    };
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      b.append(parts[r.nextInt(parts.length)]);
    }
    if (r.nextInt(40) == 0) {
      b.append("y".repeat(Schema.MAX_VALUE_LENGTH));
    }
    return b.toString();
  }

  /**
   * The document {@code toDocument} makes indexes exactly as the reference it replaced: facet
   * fields as {@code FacetsConfig.build} makes them of a {@code SortedSetDocValuesFacetField} per
   * value (the dimension's own term and doc value once per value), and each dimension value's term
   * analysed by {@link KeywordNormalizer} rather than folded beforehand. Compared as whole indexes:
   * terms, postings, doc values, points and stored fields.
   */
  @Test
  void documentsIndexAsFacetsConfigAndTheAnalyzerWould() throws Exception {
    java.util.Random r = new java.util.Random(20261122L);
    Schema schema = new Schema();
    org.apache.lucene.document.FieldType analysedKeyword =
        new org.apache.lucene.document.FieldType();
    analysedKeyword.setTokenized(true);
    analysedKeyword.setOmitNorms(true);
    analysedKeyword.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
    analysedKeyword.freeze();
    java.util.Set<String> dims = new java.util.HashSet<>();
    for (dev.newsfacet.Dimension d : dev.newsfacet.Dimension.values()) {
      dims.add(d.fieldName());
    }
    List<Document> direct = new java.util.ArrayList<>();
    List<Document> reference = new java.util.ArrayList<>();
    int repeated = 0;
    for (int t = 0; t < 500; t++) {
      Article.Builder b = Article.builder("a" + t).title("T").body("Words of article " + t);
      b.parties(randomValues(r)).persons(randomValues(r)).places(randomValues(r));
      if (r.nextBoolean()) {
        b.source(randomValue(r).strip().isEmpty() ? "Wire" : "Wire " + randomValue(r));
      }
      if (r.nextBoolean()) {
        b.date(LocalDate.of(1990 + r.nextInt(35), 1 + r.nextInt(12), 1 + r.nextInt(28)));
      }
      if (r.nextBoolean()) {
        b.mentionedYears(List.of(1900 + r.nextInt(120), 1900 + r.nextInt(120)));
      }
      Article a = b.build();
      Document doc = schema.toDocument(a, Fingerprint.of(a.body()));
      direct.add(doc);

      Document ref = new Document();
      for (IndexableField f : doc) {
        boolean keywordTerm =
            dims.contains(f.name())
                && f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE;
        if (!f.name().equals("$facets") && !keywordTerm) {
          ref.add(f);
        }
      }
      for (dev.newsfacet.Dimension d : dev.newsfacet.Dimension.values()) {
        List<String> kept =
            a.values(d).stream().filter(v -> v.length() <= Schema.MAX_VALUE_LENGTH).toList();
        if (kept.size() > 1) {
          repeated++;
        }
        for (String v : kept) {
          ref.add(
              new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField(d.fieldName(), v));
          ref.add(new org.apache.lucene.document.Field(d.fieldName(), v, analysedKeyword));
        }
      }
      reference.add(schema.facetsConfig().build(ref));
    }
    assertThat(repeated).as("dimensions with several values").isGreaterThan(100);
    List<String> expected = IndexContents.of(reference);
    assertThat(expected).anyMatch(line -> line.startsWith("term party "));
    assertThat(expected).anyMatch(line -> line.startsWith("dv $facets "));
    assertThat(IndexContents.of(direct)).containsExactlyElementsOf(expected);
  }

  private static List<String> randomValues(java.util.Random r) {
    List<String> out = new java.util.ArrayList<>();
    for (int n = r.nextInt(4); n > 0; n--) {
      out.add(randomValue(r));
    }
    return out;
  }
}
