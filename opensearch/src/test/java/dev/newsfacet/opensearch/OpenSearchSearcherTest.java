package dev.newsfacet.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.Dimension;
import dev.newsfacet.InvalidQueryException;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SortOrder;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a newsfacet request becomes an OpenSearch search body, without a cluster. */
class OpenSearchSearcherTest {
  private static final OpenSearchConfig CONFIG =
      OpenSearchConfig.builder("http://127.0.0.1:1").build();

  private static JsonNode body(SearchRequest r, boolean stemmed) throws IOException {
    return new OpenSearchSearcher(CONFIG, stemmed).body(r);
  }

  @Test
  void queryIsAQueryStringOverTitleAndBodyWithAndAsDefault() throws IOException {
    JsonNode b = body(SearchRequest.query("ceasefire Armenia").build(), false);
    JsonNode qs = b.at("/query/bool/must/0/query_string");
    assertThat(qs.path("query").asText()).isEqualTo("ceasefire Armenia");
    assertThat(qs.path("default_operator").asText()).isEqualTo("AND");
    assertThat(qs.path("fields").toString()).isEqualTo("[\"title^2\",\"body\"]");
    assertThat(b.path("track_total_hits").asBoolean()).isTrue();
    JsonNode stemmed = body(SearchRequest.query("ceasefires").build(), true);
    assertThat(stemmed.at("/query/bool/must/0/query_string/fields").toString())
        .isEqualTo("[\"title.english^2\",\"body.english\"]");
    assertThat(
            body(SearchRequest.builder().build(), false).at("/query/bool/must/0").has("match_all"))
        .isTrue();
  }

  @Test
  void filtersNarrowHitsThroughThePostFilterAndFacetsCountWithoutTheirOwnFilter()
      throws IOException {
    SearchRequest r =
        SearchRequest.query("talks")
            .facet(Dimension.PARTY)
            .facet(Dimension.YEAR)
            .facet(Dimension.PLACE)
            .filter(Dimension.PARTY, "Armenia")
            .filter(Dimension.PARTY, "Azerbaijan")
            .filter(Dimension.YEAR, "2020")
            .build();
    JsonNode b = body(r, false);
    JsonNode post = b.at("/post_filter/bool/filter");
    assertThat(post).hasSize(2);
    assertThat(post.get(0).at("/terms/party").toString()).isEqualTo("[\"Armenia\",\"Azerbaijan\"]");
    assertThat(post.get(1).at("/terms/year").toString()).isEqualTo("[\"2020\"]");
    // party counted with the year filter only, year with the party filter only, place with both.
    assertThat(b.at("/aggs/facet_party/filter/bool/filter").toString())
        .isEqualTo("[{\"terms\":{\"year\":[\"2020\"]}}]");
    assertThat(b.at("/aggs/facet_year/filter/bool/filter").toString())
        .isEqualTo("[{\"terms\":{\"party\":[\"Armenia\",\"Azerbaijan\"]}}]");
    assertThat(b.at("/aggs/facet_place/filter/bool/filter")).hasSize(2);
    JsonNode terms = b.at("/aggs/facet_party/aggs/values/terms");
    assertThat(terms.path("field").asText()).isEqualTo("party.label");
    assertThat(terms.path("shard_size").asInt()).isGreaterThanOrEqualTo(10_000);
    assertThat(terms.path("order").toString())
        .isEqualTo("[{\"_count\":\"desc\"},{\"_key\":\"asc\"}]");
  }

  @Test
  void datesSortAndPagingTranslate() throws IOException {
    SearchRequest r =
        SearchRequest.builder()
            .from(LocalDate.of(2020, 9, 27))
            .to(LocalDate.of(2020, 11, 10))
            .sort(SortOrder.OLDEST)
            .offset(20)
            .limit(5)
            .build();
    JsonNode b = body(r, false);
    assertThat(b.at("/query/bool/filter/0/range/date/gte").asText()).isEqualTo("2020-09-27");
    assertThat(b.at("/query/bool/filter/0/range/date/lte").asText()).isEqualTo("2020-11-10");
    assertThat(b.at("/sort/0/date/order").asText()).isEqualTo("asc");
    assertThat(b.at("/sort/0/date/missing").asText()).isEqualTo("_last");
    assertThat(b.path("from").asInt()).isEqualTo(20);
    assertThat(b.path("size").asInt()).isEqualTo(5);
    assertThat(b.has("post_filter")).isFalse();
    assertThat(b.at("/highlight/fields/body/pre_tags/0").asText()).isEqualTo("<b>");
  }

  @Test
  void badQueriesFailWithNewsfacetsOwnErrorBeforeAnyRequest() throws IOException {
    OpenSearchSearcher s = new OpenSearchSearcher(CONFIG, false);
    assertThatThrownBy(() -> s.search(SearchRequest.query("ceasefire AND").build()))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> s.search(SearchRequest.query("colour:red").build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("unknown field");
    assertThatThrownBy(() -> s.search(SearchRequest.builder().collapse(true).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not supported");
  }

  @Test
  void anUnreachableClusterIsAnIoError() throws IOException {
    OpenSearchSearcher s = new OpenSearchSearcher(CONFIG, false);
    assertThatThrownBy(() -> s.search(SearchRequest.query("truce").build()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("127.0.0.1:1");
  }

  @Test
  void dateClausesBecomeWholeDayRangesAsNewsfacetReadsThem() {
    assertThat(OpenSearchSearcher.dateTermsAsRanges("date:2016"))
        .isEqualTo("date:[2016-01-01 TO 2016-12-31]");
    assertThat(OpenSearchSearcher.dateTermsAsRanges("truce AND (date:2020-02 OR date:2016-04-05)"))
        .isEqualTo(
            "truce AND (date:[2020-02-01 TO 2020-02-29] OR date:[2016-04-05 TO 2016-04-05])");
    assertThat(OpenSearchSearcher.dateTermsAsRanges("date:{2016 TO 2018-03}"))
        .isEqualTo("date:[2017-01-01 TO 2018-02-28]");
    assertThat(OpenSearchSearcher.dateTermsAsRanges("date:[2020-09-27 TO *]"))
        .isEqualTo("date:[2020-09-27 TO *]");
    for (String unchanged :
        new String[] {"\"date:2016\"", "update:2016", "date:20160", "date:[x TO y]", "x"}) {
      assertThat(OpenSearchSearcher.dateTermsAsRanges(unchanged)).isEqualTo(unchanged);
    }
  }
}
