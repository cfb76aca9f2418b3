package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.Dimension;

/**
 * The index settings and mapping that make OpenSearch analyse and match like newsfacet.
 *
 * <p>{@code news} mirrors newsfacet's full-text analyzer option by option: the same quote and space
 * mapping, whitespace tokenizer, {@code word_delimiter_graph} generating word and number parts,
 * catenating words and dropping English possessives, but neither splitting on case change nor on
 * numerics (both on by default in OpenSearch, off in newsfacet), then {@code flatten_graph} (index
 * only), {@code lowercase} and {@code asciifolding}; no stemming, no stop words. Title and body
 * carry an {@code english} sub-field for stemmed search. Each dimension is a keyword folded like
 * newsfacet's exact-value fields (so {@code party:russia} and filters match {@code Russia}), with a
 * {@code label} sub-field of the value as written, which facets count.
 */
final class IndexMapping {
  static final String ANALYZER = "news";
  static final String SEARCH_ANALYZER = "news_search";
  static final String NORMALIZER = "folded";
  static final String LABEL = "label";
  static final String ENGLISH = "english";

  private IndexMapping() {}

  static ObjectNode create(int shards, int replicas) {
    ObjectNode root = RestClient.JSON.createObjectNode();
    ObjectNode index = root.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    // newsfacet pages up to SearchRequest.MAX_WINDOW hits deep.
    index.put("max_result_window", dev.newsfacet.SearchRequest.MAX_WINDOW);
    ObjectNode analysis = index.putObject("analysis");
    ArrayNode mappings =
        analysis
            .putObject("char_filter")
            .putObject("news_quotes")
            .put("type", "mapping")
            .putArray("mappings");
    // OpenSearch decodes \\uXXXX in mapping rules; a plain space could not be written otherwise.
    mappings.add("\\u2019=>'").add("\\u2018=>'").add("\\u02BC=>'");
    mappings.add("\\u00A0=>\\u0020").add("\\u2011=>-");
    analysis
        .putObject("filter")
        .putObject("news_word_delimiter")
        .put("type", "word_delimiter_graph")
        .put("generate_word_parts", true)
        .put("generate_number_parts", true)
        .put("catenate_words", true)
        .put("catenate_numbers", false)
        .put("catenate_all", false)
        .put("split_on_case_change", false)
        .put("split_on_numerics", false)
        .put("preserve_original", false)
        .put("stem_english_possessive", true)
        .put("adjust_offsets", true);
    ObjectNode analyzers = analysis.putObject("analyzer");
    analyzer(analyzers.putObject(ANALYZER), true);
    analyzer(analyzers.putObject(SEARCH_ANALYZER), false);
    ObjectNode folded = analysis.putObject("normalizer").putObject(NORMALIZER);
    folded.put("type", "custom");
    folded.putArray("filter").add("lowercase").add("asciifolding");

    ObjectNode mapping = root.putObject("mappings");
    mapping.put("dynamic", "strict");
    ObjectNode props = mapping.putObject("properties");
    props.putObject("id").put("type", "keyword");
    props.putObject("story_id").put("type", "keyword");
    text(props.putObject("title"));
    text(props.putObject("body"));
    text(props.putObject("captions"));
    for (String stored : new String[] {"dateline", "url", "author", "date_precision"}) {
      props.putObject(stored).put("type", "keyword").put("index", false).put("doc_values", false);
    }
    props.putObject("date_source").put("type", "keyword").put("index", false);
    props
        .putObject("date")
        .put("type", "date")
        .put("format", "strict_date||strict_year_month||strict_year");
    for (Dimension d : Dimension.values()) {
      ObjectNode f = props.putObject(d.fieldName());
      f.put("type", "keyword").put("normalizer", NORMALIZER);
      f.putObject("fields").putObject(LABEL).put("type", "keyword");
    }
    props.putObject("mentioned_decade").put("type", "integer");
    // Provenance travels with the document but is not searched.
    props.putObject("mentions").put("type", "object").put("enabled", false);
    return root;
  }

  private static void analyzer(ObjectNode a, boolean forIndexing) {
    a.put("type", "custom");
    a.putArray("char_filter").add("news_quotes");
    a.put("tokenizer", "whitespace");
    ArrayNode filters = a.putArray("filter").add("news_word_delimiter");
    if (forIndexing) {
      // The index cannot hold a token graph; queries keep it to build exact alternatives.
      filters.add("flatten_graph");
    }
    filters.add("lowercase").add("asciifolding");
  }

  private static void text(ObjectNode f) {
    f.put("type", "text")
        .put("analyzer", ANALYZER)
        .put("search_analyzer", SEARCH_ANALYZER)
        .put("index_options", "offsets");
    f.putObject("fields").putObject(ENGLISH).put("type", "text").put("analyzer", "english");
  }
}
