package dev.newsfacet.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.Dimension;
import org.junit.jupiter.api.Test;

/** The mapping mirrors newsfacet's analysis option by option. */
class IndexMappingTest {
  private final JsonNode m = IndexMapping.create(3, 1);

  @Test
  void wordDelimiterOptionsEqualNewsAnalyzers() {
    JsonNode wdg = m.at("/settings/index/analysis/filter/news_word_delimiter");
    assertThat(wdg.path("type").asText()).isEqualTo("word_delimiter_graph");
    // NewsAnalyzer: GENERATE_WORD_PARTS | GENERATE_NUMBER_PARTS | CATENATE_WORDS |
    // STEM_ENGLISH_POSSESSIVE, nothing else; OpenSearch turns two of the others on by default.
    assertThat(wdg.path("generate_word_parts").asBoolean()).isTrue();
    assertThat(wdg.path("generate_number_parts").asBoolean()).isTrue();
    assertThat(wdg.path("catenate_words").asBoolean()).isTrue();
    assertThat(wdg.path("stem_english_possessive").asBoolean()).isTrue();
    assertThat(wdg.path("split_on_case_change").asBoolean(true)).isFalse();
    assertThat(wdg.path("split_on_numerics").asBoolean(true)).isFalse();
    assertThat(wdg.path("catenate_numbers").asBoolean(true)).isFalse();
    assertThat(wdg.path("catenate_all").asBoolean(true)).isFalse();
    assertThat(wdg.path("preserve_original").asBoolean(true)).isFalse();
  }

  @Test
  void indexAnalyzerFlattensTheGraphAndSearchAnalyzerKeepsIt() {
    JsonNode a = m.at("/settings/index/analysis/analyzer");
    assertThat(a.at("/news/tokenizer").asText()).isEqualTo("whitespace");
    assertThat(a.at("/news/filter").toString())
        .isEqualTo("[\"news_word_delimiter\",\"flatten_graph\",\"lowercase\",\"asciifolding\"]");
    assertThat(a.at("/news_search/filter").toString())
        .isEqualTo("[\"news_word_delimiter\",\"lowercase\",\"asciifolding\"]");
    assertThat(m.at("/settings/index/analysis/char_filter/news_quotes/mappings").toString())
        .contains("\\\\u2019=>'")
        .contains("\\\\u00A0=>\\\\u0020");
  }

  @Test
  void everyDimensionIsAFoldedKeywordWithARawLabel() {
    for (Dimension d : Dimension.values()) {
      JsonNode f = m.at("/mappings/properties/" + d.fieldName());
      assertThat(f.path("type").asText()).as(d.fieldName()).isEqualTo("keyword");
      assertThat(f.path("normalizer").asText()).isEqualTo("folded");
      assertThat(f.at("/fields/label/type").asText()).isEqualTo("keyword");
    }
    assertThat(m.at("/mappings/properties/body/fields/english/analyzer").asText())
        .isEqualTo("english");
    assertThat(m.at("/mappings/properties/date/type").asText()).isEqualTo("date");
    assertThat(m.at("/settings/index/number_of_shards").asInt()).isEqualTo(3);
    assertThat(m.at("/mappings/dynamic").asText()).isEqualTo("strict");
  }
}
