package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's corpus as its manifests describe it ({@code testdata/articles/karabakh} and {@code
 * testdata/articles/world}), indexed as a user would: every file accounted for, publication years
 * and metadata as the manifests list them, and phrase totals equal to a brute force over the stored
 * text.
 */
class TestdataCorpusTest {
  private static final Path ARTICLES = Path.of("..", "testdata", "articles");
  private static NewsIndex index;
  private static IngestReport report;

  @BeforeAll
  static void indexCorpus() throws IOException {
    index = NewsIndex.inMemory();
    report =
        index.ingest(
            List.of(ARTICLES.resolve("karabakh"), ARTICLES.resolve("world")), IngestListener.NONE);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void everyFileIsIndexed() {
    assertThat(report.problems()).isEmpty();
    assertThat(report.files()).isEqualTo(36);
    assertThat(report.added()).isEqualTo(36);
    assertThat(report.articles()).isEqualTo(44);
  }

  @Test
  void publicationYearsMatchTheManifests() throws IOException {
    SearchResult r =
        index.search(SearchRequest.builder().facet(Dimension.YEAR).facetLimit(100).build());
    assertThat(r.facet(Dimension.YEAR).values())
        .containsExactly(
            new FacetValue("2020", 6),
            new FacetValue("2022", 6),
            new FacetValue("2016", 5),
            new FacetValue("2023", 5),
            new FacetValue("2008", 3),
            new FacetValue("2014", 2),
            new FacetValue("2024", 2),
            new FacetValue("1953", 1),
            new FacetValue("1988", 1),
            new FacetValue("1993", 1),
            new FacetValue("1994", 1),
            new FacetValue("1999", 1),
            new FacetValue("2001", 1),
            new FacetValue("2015", 1),
            new FacetValue("2021", 1));
    IndexStats stats = index.stats();
    assertThat(stats.articles()).isEqualTo(44);
    assertThat(stats.undated()).isEqualTo(8); // seven without any date, one with a year only
    assertThat(stats.earliest()).contains(LocalDate.parse("1988-02-23"));
    assertThat(stats.latest()).contains(LocalDate.parse("2024-05-12"));
  }

  @Test
  void metadataWinsOverExtraction() throws IOException {
    Article truce = index.get("nk-2016-04-05-moscow-truce").orElseThrow();
    assertThat(truce.parties()).containsExactly("Armenia", "Azerbaijan");
    assertThat(truce.persons()).isNotEmpty(); // not in the metadata: extracted

    Article blockade = index.get("nk-2022-12-21-lachin-blockade").orElseThrow();
    assertThat(blockade.parties()).containsExactly("Azerbaijan", "Nagorno-Karabakh");
    assertThat(blockade.places()).containsExactly("Stepanakert");

    Article minsk = index.get("world-2015-02-12-minsk-ii").orElseThrow();
    assertThat(minsk.parties()).containsExactly("Ukraine", "Russia");

    Article gaza = index.get("world-2021-05-21-gaza-ceasefire").orElseThrow();
    assertThat(gaza.persons()).containsExactly("Benjamin Netanyahu");
    assertThat(gaza.date()).isEqualTo(LocalDate.parse("2021-05-21"));
  }

  @Test
  void jsonLinesRecordsKeepTheirIdsAndYearOnlyDates() throws IOException {
    Article korea = index.get("wire-korean-armistice-panmunjom").orElseThrow();
    assertThat(korea.date()).isNull();
    assertThat(korea.year()).isEqualTo(1953);
    SearchResult inMetadata =
        index.search(SearchRequest.query("party:Ukraine").filter(Dimension.YEAR, "2015").build());
    assertThat(inMetadata.hits()).extracting(Hit::id).containsExactly("world-2015-02-12-minsk-ii");
  }

  @Test
  void plainTextFilesGetTheirHeadlineAndSource() throws IOException {
    Article a = index.get("1988-karabakh-council-vote.txt").orElseThrow();
    assertThat(a.title())
        .isEqualTo(
            "Karabakh council asks Moscow to hand enclave to Soviet Armenia as crowds fill Yerevan");
    assertThat(a.date()).isEqualTo(LocalDate.parse("1988-02-23"));
    assertThat(a.body()).doesNotContainIgnoringCase("javascript");
  }

  @Test
  void phraseTotalsEqualABruteForceOverTheStoredText() throws IOException {
    List<Article> all = new ArrayList<>();
    SearchResult everything = index.search(SearchRequest.builder().limit(1000).build());
    for (Hit h : everything.hits()) {
      all.add(index.get(h.id()).orElseThrow());
    }
    for (String phrase :
        List.of("Minsk Group", "peace agreement", "Lachin corridor", "humanitarian ceasefire")) {
      String needle = phrase.toLowerCase(Locale.ROOT);
      long expected =
          all.stream()
              .filter(a ->
                  words(a.title()).contains(" " + needle + " ")
                      || words(a.body()).contains(" " + needle + " "))
              .count();
      SearchResult r = index.search(SearchRequest.query("\"" + phrase + "\"").build());
      assertThat(r.total()).as(phrase).isEqualTo(expected).isPositive();
      long filtered =
          all.stream()
              .filter(a -> a.year() != null && a.year() == 2020)
              .filter(a ->
                  words(a.title()).contains(" " + needle + " ")
                      || words(a.body()).contains(" " + needle + " "))
              .count();
      SearchResult f =
          index.search(
              SearchRequest.query("\"" + phrase + "\"").filter(Dimension.YEAR, "2020").build());
      assertThat(f.total()).as(phrase + " in 2020").isEqualTo(filtered);
    }
  }

  /**
   * Lower-case words separated by single spaces, padded, for whole-word phrase matching; then the
   * same with hyphenated words joined, since the index finds "cease-fire" as "ceasefire" too.
   */
  private static String words(String text) {
    if (text == null) {
      return "";
    }
    String joined = text.replaceAll("(?<=\\p{L})-(?=\\p{L})", "");
    return split(text) + "|" + split(joined);
  }

  private static String split(String text) {
    return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }

  @Test
  void ceasefireSearchFacetsTheConflictsParties() throws IOException {
    SearchResult r =
        index.search(
            SearchRequest.query("ceasefire").facet(Dimension.PARTY).facet(Dimension.YEAR).build());
    assertThat(r.total()).isGreaterThan(30);
    assertThat(r.facet(Dimension.PARTY).values().subList(0, 6))
        .extracting(FacetValue::value)
        .contains("Armenia", "Azerbaijan", "Russia", "Nagorno-Karabakh");
  }
}
