package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canonical export: the test corpus, extracted once, exported, imported with extraction off
 * into a fresh index and exported again gives the same bytes, equal articles and equal searches.
 */
class ArticleExportTest {
  private static NewsIndex extracted;
  private static byte[] exported;
  private static long count;

  @BeforeAll
  static void indexAndExport() throws IOException {
    extracted = NewsIndex.inMemory();
    extracted.ingest(List.of(Path.of("..", "testdata", "articles")), IngestListener.NONE);
    extracted.commit();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    count = extracted.export(out);
    exported = out.toByteArray();
  }

  @AfterAll
  static void close() throws IOException {
    extracted.close();
  }

  private static NewsIndex imported() throws IOException {
    NewsIndex idx =
        NewsIndex.inMemory(
            IndexOptions.builder().extractEntities(false).detectDuplicates(false).build());
    assertThat(idx.importArticles(new ByteArrayInputStream(exported))).isEqualTo(count);
    return idx;
  }

  @Test
  void exportHoldsEveryArticleInIdOrder() throws IOException {
    List<String> lines = new String(exported, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize((int) count);
    assertThat(count).isEqualTo(extracted.stats().articles());
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      assertThat(line).startsWith("{\"schema\":1,");
      ids.add(ArticleJson.read(line).id());
    }
    assertThat(ids).isSorted();
  }

  @Test
  void importedIndexExportsTheSameBytes() throws IOException {
    try (NewsIndex idx = imported()) {
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      idx.export(again);
      assertThat(new String(again.toByteArray(), StandardCharsets.UTF_8))
          .isEqualTo(new String(exported, StandardCharsets.UTF_8));
    }
  }

  @Test
  void importedArticlesEqualTheOriginalsWithProvenanceAndStories() throws IOException {
    List<Article> originals = new ArrayList<>();
    extracted.forEachArticle(originals::add);
    assertThat(originals).anyMatch(a -> !a.mentions().isEmpty());
    assertThat(originals).anyMatch(a -> !a.storyId().equals(a.id()));
    assertThat(originals).anyMatch(a -> a.datePrecision() == DatePrecision.MONTH);
    try (NewsIndex idx = imported()) {
      for (Article a : originals) {
        assertThat(idx.get(a.id())).contains(a);
      }
    }
  }

  @Test
  void importedIndexAnswersSearchesAlike() throws IOException {
    SearchRequest request =
        SearchRequest.query("ceasefire").allFacets().limit(500).countStories(true).build();
    try (NewsIndex idx = imported()) {
      SearchResult a = extracted.search(request);
      SearchResult b = idx.search(request);
      assertThat(b.total()).isEqualTo(a.total());
      assertThat(b.facets()).isEqualTo(a.facets());
      // Ties in score fall back to document order, which differs between the two indexes.
      assertThat(b.hits().stream().map(Hit::id).sorted().toList())
          .isEqualTo(a.hits().stream().map(Hit::id).sorted().toList());
    }
  }

  @Test
  void everyFieldSurvivesARoundTrip() {
    Article a =
        Article.builder("x/1")
            .title("Truce \"holds\"")
            .body("Line one\nline two ü")
            .captions(List.of("A caption"))
            .source("Wire")
            .dateline("BAKU")
            .url("https://example.org/x")
            .author("A. Writer")
            .date(LocalDate.of(2020, 10, 10))
            .dateSource(DateSource.TEXT)
            .parties(List.of("Armenia", "Azerbaijan"))
            .persons(List.of("Ilham Aliyev"))
            .places(List.of("Shusha"))
            .mentionedYears(List.of(1994, 2020))
            .mentionedDecades(List.of(1990))
            .mentions(List.of(new Mention(Dimension.PARTY, "Armenia", Mention.Where.TITLE, 2)))
            .storyId("x/0")
            .build();
    String line = ArticleJson.write(a);
    assertThat(line).doesNotContain("\n");
    assertThat(ArticleJson.read(line)).isEqualTo(a);
    Article monthOnly = Article.builder("m").year(2016).datePrecision(DatePrecision.MONTH).build();
    assertThat(ArticleJson.read(ArticleJson.write(monthOnly))).isEqualTo(monthOnly);
  }

  @Test
  void aRecordOfAnotherSchemaIsRefusedWithItsLine() throws IOException {
    try (NewsIndex idx = NewsIndex.inMemory()) {
      byte[] bad =
          "{\"schema\":1,\"id\":\"a\",\"body\":\"\"}\n\n{\"schema\":9,\"id\":\"b\"}\n"
              .getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> idx.importArticles(new ByteArrayInputStream(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 3")
          .hasMessageContaining("schema must be 1");
    }
    assertThatThrownBy(() -> ArticleJson.read("{\"schema\":1,\"id\":\"a\",\"year\":\"x\"}"))
        .hasMessageContaining("year must be an integer");
  }
}
