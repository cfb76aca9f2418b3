package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfacet.Article;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataTest {

  private static Article build(Map<String, ?> m) {
    return Metadata.toBuilder(m, "default-id", "fallback body").build();
  }

  @Test
  void recognisedKeysMapOntoTheArticle() {
    Map<String, Object> m = new HashMap<>();
    m.put("id", "story-12");
    m.put("title", "Rail link reopens after floods");
    m.put("text", "Trains ran again on the coastal line.");
    m.put("date", "2021-06-14");
    m.put("source", "Example Wire");
    m.put("url", "https://example.org/rail");
    m.put("author", List.of("Jane Doe", "John Roe"));
    m.put("party", List.of("Georgia", "Russia"));
    m.put("person", "Ana Example");
    m.put("place", "Batumi");
    m.put("mentioned_year", List.of(2008, "1992"));
    m.put("colour", "ignored");

    Article a = build(m);

    assertThat(a.id()).isEqualTo("story-12");
    assertThat(a.title()).isEqualTo("Rail link reopens after floods");
    assertThat(a.body()).isEqualTo("Trains ran again on the coastal line.");
    assertThat(a.date()).isEqualTo(LocalDate.of(2021, 6, 14));
    assertThat(a.year()).isEqualTo(2021);
    assertThat(a.source()).isEqualTo("Example Wire");
    assertThat(a.url()).isEqualTo("https://example.org/rail");
    assertThat(a.author()).isEqualTo("Jane Doe, John Roe");
    assertThat(a.parties()).containsExactly("Georgia", "Russia");
    assertThat(a.persons()).containsExactly("Ana Example");
    assertThat(a.places()).containsExactly("Batumi");
    assertThat(a.mentionedYears()).containsExactly(2008, 1992);
  }

  @Test
  void defaultIdAndBodyFallbackWhenTheRecordHasNeither() {
    Article a = build(Map.of("title", "Untitled note"));

    assertThat(a.id()).isEqualTo("default-id");
    assertThat(a.body()).isEqualTo("fallback body");
    assertThat(a.date()).isNull();
    assertThat(a.year()).isNull();
  }

  @Test
  void blankIdFallsBackToTheDefault() {
    assertThat(build(Map.of("id", "  ")).id()).isEqualTo("default-id");
  }

  @Test
  void numericIdBecomesAString() {
    assertThat(build(Map.of("id", 42)).id()).isEqualTo("42");
  }

  @Test
  void alternativeKeys() {
    Article a =
        build(
            Map.of(
                "headline", "Port strike ends",
                "content", "Dockers returned to work.",
                "publisher", "Harbour Times",
                "link", "https://example.org/port",
                "authors", List.of("Mira Example"),
                "published", "2019-02-01",
                "parties", List.of("Union"),
                "people", List.of("Ola Example"),
                "places", List.of("Gdynia")));

    assertThat(a.title()).isEqualTo("Port strike ends");
    assertThat(a.body()).isEqualTo("Dockers returned to work.");
    assertThat(a.source()).isEqualTo("Harbour Times");
    assertThat(a.url()).isEqualTo("https://example.org/port");
    assertThat(a.author()).isEqualTo("Mira Example");
    assertThat(a.date()).isEqualTo(LocalDate.of(2019, 2, 1));
    assertThat(a.parties()).containsExactly("Union");
    assertThat(a.persons()).containsExactly("Ola Example");
    assertThat(a.places()).containsExactly("Gdynia");
  }

  @Test
  void textWinsOverBodyAndContent() {
    assertThat(Metadata.body(Map.of("content", "c", "body", "b", "text", "t"))).isEqualTo("t");
    assertThat(Metadata.body(Map.of("content", "c", "body", "b"))).isEqualTo("b");
    assertThat(Metadata.body(Map.of())).isNull();
  }

  @Test
  void yearWithoutDate() {
    Article a = build(Map.of("year", 2016));

    assertThat(a.date()).isNull();
    assertThat(a.year()).isEqualTo(2016);
  }

  @Test
  void yearAsString() {
    assertThat(build(Map.of("year", " 2014 ")).year()).isEqualTo(2014);
  }

  @Test
  void dateWinsOverYear() {
    Article a = build(Map.of("date", "2020-11-10", "year", 1999));

    assertThat(a.date()).isEqualTo(LocalDate.of(2020, 11, 10));
    assertThat(a.year()).isEqualTo(2020);
  }

  @ParameterizedTest
  @CsvSource({
    "2016-04-05, 2016-04-05",
    "2016-04-05T10:15:30, 2016-04-05",
    "2016-04-05T10:15:30Z, 2016-04-05",
    "2016-04-05T23:30:00-05:00, 2016-04-05",
    "2016-04-05T01:00:00+04:00, 2016-04-05",
    "2016-04-05T10:15:30.123+02:00, 2016-04-05",
    "'2016-04-05 10:15:30', 2016-04-05",
  })
  void parseDateAcceptsIsoForms(String in, LocalDate expected) {
    assertThat(Metadata.parseDate(in)).isEqualTo(expected);
  }

  @Test
  void parseDateAcceptsLocalDateAndDate() {
    assertThat(Metadata.parseDate(LocalDate.of(2000, 1, 2))).isEqualTo(LocalDate.of(2000, 1, 2));
    assertThat(
            Metadata.parseDate(
                java.util.Date.from(java.time.Instant.parse("2001-02-03T04:05:06Z"))))
        .isEqualTo(LocalDate.of(2001, 2, 3));
  }

  @Test
  void badDateNamesTheFieldAndTheValue() {
    assertThatThrownBy(() -> build(Map.of("date", "yesterday")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date 'yesterday' is not an ISO-8601 date or date-time (e.g. 2016-04-05)");
  }

  @Test
  void impossibleDateIsRejected() {
    assertThatThrownBy(() -> Metadata.parseDate("2023-02-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2023-02-30'");
  }

  @Test
  void badYearNamesTheFieldAndTheValue() {
    assertThatThrownBy(() -> build(Map.of("year", "MMXX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year 'MMXX' is not a year such as 2016");
  }

  @Test
  void yearsOutsideOneTo9999AreRejected() {
    assertThatThrownBy(() -> Metadata.parseYear(0, "year"))
        .hasMessage("year '0' is not a year such as 2016");
    assertThatThrownBy(() -> Metadata.parseYear("10000", "year"))
        .hasMessage("year '10000' is not a year such as 2016");
  }

  @Test
  void listWhereAStringBelongsNamesTheField() {
    assertThatThrownBy(() -> build(Map.of("title", List.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'title' must be a string, got a list");
    assertThatThrownBy(() -> build(Map.of("url", Map.of("href", "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'url' must be a string, got an object");
  }

  @Test
  void stringsSkipsNullsAndNestedValues() {
    List<Object> in = new java.util.ArrayList<>();
    in.add("Armenia");
    in.add(null);
    in.add(Map.of("x", 1));
    in.add(List.of("y"));
    in.add(7);

    assertThat(Metadata.strings(in)).containsExactly("Armenia", "7");
    assertThat(Metadata.strings(null)).isEmpty();
    assertThat(Metadata.strings(Map.of("a", "b"))).isEmpty();
    assertThat(Metadata.strings("Baku")).containsExactly("Baku");
  }
}
