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
}
