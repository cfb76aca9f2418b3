package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.Dimension;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import dev.newsfacet.internal.index.NewsQueryParser;
import dev.newsfacet.internal.index.Schema;
import dev.newsfacet.internal.index.Searches;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Runs newsfacet {@link SearchRequest}s against an index written by {@link OpenSearchExporter} and
 * answers with newsfacet {@link SearchResult}s.
 *
 * <p>The query is checked by newsfacet's own parser first (same errors, same fields), then sent as
 * a {@code query_string} over {@code title^2} and {@code body} with AND as the default operator.
 * Multi-select facets work as in newsfacet: the filters go into a {@code post_filter}, so they
 * narrow the hits but not the aggregations, and each dimension is counted by a {@code filter}
 * aggregation holding every <em>other</em> dimension's filters: values of one dimension OR-ed,
 * dimensions AND-ed, a filtered dimension counted without its own filter. Terms aggregations order
 * by count, then value, like newsfacet; a count OpenSearch reports as possibly inexact is an error,
 * never a silently wrong number. Scores come from {@code dfs_query_then_fetch}, so every shard
 * scores with the whole index's term statistics.
 *
 * <p>Not supported here: collapsing hits to stories, counting stories, pivots.
 */
public final class OpenSearchSearcher {
  /** Terms each shard returns per facet: exact counts for dimensions up to this many values. */
  static final int SHARD_SIZE = 10_000;

  /** Values a timeline may span. */
  private static final int TIMELINE_SIZE = 10_000;

  private static final int SNIPPET_CHARS = 200;

  private static final String DATE_FIELD = "date:";

  /** A bare ISO year, month or day, ending the term. */
  private static final Pattern DATE_VALUE =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(?=$|[\\s)])");

  /** A range: bracket, two bounds (dates or *), bracket. */
  private static final Pattern DATE_RANGE =
      Pattern.compile("([\\[{])\\s*(\\S+)\\s+TO\\s+(\\S+?)\\s*([\\]}])");

  private final RestClient client;
  private final boolean stemmed;
  private final Analyzer queryAnalyzer = Schema.analyzer(false);

  /**
   * Creates a searcher.
   *
   * @param stemmed search the English-stemmed sub-fields ({@code ceasefires} finds {@code
   *     ceasefire}) instead of the exact ones newsfacet uses
   * @throws IOException if the TLS configuration cannot be loaded
   */
  public OpenSearchSearcher(OpenSearchConfig config, boolean stemmed) throws IOException {
    this.client = new RestClient(Objects.requireNonNull(config, "config"));
    this.stemmed = stemmed;
  }

  /**
   * Runs a search.
   *
   * @throws dev.newsfacet.InvalidQueryException if newsfacet's parser rejects the query
   * @throws IllegalArgumentException if the request asks for collapsing, story counts or a pivot
   * @throws IOException if the cluster fails or cannot be reached
   */
  public SearchResult search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    if (request.collapse() || request.countStories() || request.pivotRows().isPresent()) {
      throw new IllegalArgumentException(
          "collapsing, counting stories and pivots are not supported on OpenSearch yet");
    }
    NewsQueryParser.parse(request.query(), queryAnalyzer);
    ObjectNode body = body(request);
    String path = "/" + client.config().index() + "/_search?search_type=dfs_query_then_fetch";
    RestClient.Response r =
        RestClient.check(client.send("POST", path, body), "search " + client.config().index());
    return result(request, r.json());
  }

  /** The search body for a request; package-private for tests. */
  ObjectNode body(SearchRequest request) {
    ObjectNode body = RestClient.JSON.createObjectNode();
    body.put("track_total_hits", true);
    body.put("from", request.offset());
    body.put("size", request.limit());
    ObjectNode bool = body.putObject("query").putObject("bool");
    ArrayNode must = bool.putArray("must");
    if (request.query().isEmpty()) {
      must.addObject().putObject("match_all");
    } else {
      ObjectNode qs = must.addObject().putObject("query_string");
      qs.put("query", dateTermsAsRanges(request.query()));
      String suffix = stemmed ? "." + IndexMapping.ENGLISH : "";
      qs.putArray("fields").add("title" + suffix + "^2").add("body" + suffix);
      qs.put("default_operator", "AND");
      qs.put("allow_leading_wildcard", false);
    }
    if (request.from().isPresent() || request.to().isPresent()) {
      ObjectNode range = bool.putArray("filter").addObject().putObject("range").putObject("date");
      request.from().ifPresent(d -> range.put("gte", d.toString()));
      request.to().ifPresent(d -> range.put("lte", d.toString()));
    }
    if (!request.filters().isEmpty()) {
      body.set("post_filter", filters(request, null));
    }
    ObjectNode aggs = RestClient.JSON.createObjectNode();
    for (Dimension d : request.facets()) {
      aggs.set("facet_" + d.fieldName(), facetAgg(request, d, request.facetLimit()));
    }
    request
        .timeline()
        .ifPresent(d -> aggs.set("timeline_" + d.fieldName(), facetAgg(request, d, TIMELINE_SIZE)));
    if (!aggs.isEmpty()) {
      body.set("aggs", aggs);
    }
    switch (request.sort()) {
      case RELEVANCE -> {}
      case NEWEST -> dateSort(body, "desc");
      case OLDEST -> dateSort(body, "asc");
    }
    if (request.limit() > 0) {
      ObjectNode field =
          body.putObject("highlight")
              .put("type", "unified")
              .put("encoder", "html")
              .putObject("fields")
              .putObject("body");
      field.putArray("pre_tags").add("<b>");
      field.putArray("post_tags").add("</b>");
      field.put("number_of_fragments", 1);
      field.put("fragment_size", SNIPPET_CHARS);
      field.put("no_match_size", SNIPPET_CHARS);
      body.putObject("_source").putArray("excludes").add("body").add("captions").add("mentions");
    } else {
      body.put("_source", false);
    }
    return body;
  }

  /**
   * Rewrites every {@code date:} clause as an inclusive range of whole days, computed as newsfacet
   * computes it: {@code date:2016} is {@code [2016-01-01 TO 2016-12-31]}, {@code date:{2016 TO
   * 2018-03}} is {@code [2017-01-01 TO 2018-02-28]}. OpenSearch's own reading of partial dates
   * differs (a bare value is a single instant), so only whole days are sent. Quoted text is left
   * alone; a value that is not a date is left for the parser to reject.
   */
  static String dateTermsAsRanges(String query) {
    StringBuilder out = new StringBuilder(query.length() + 16);
    boolean quoted = false;
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted
          && query.startsWith(DATE_FIELD, i)
          && (i == 0 || " \t\n(+-!".indexOf(query.charAt(i - 1)) >= 0)) {
        int from = i + DATE_FIELD.length();
        Matcher bare = DATE_VALUE.matcher(query).region(from, query.length());
        Matcher range = DATE_RANGE.matcher(query).region(from, query.length());
        String rewritten = null;
        int end = -1;
        if (range.lookingAt()) {
          rewritten =
              days(
                  range.group(2),
                  range.group(3),
                  range.group(1).equals("["),
                  range.group(4).equals("]"));
          end = range.end();
        } else if (bare.lookingAt()) {
          rewritten = days(bare.group(), bare.group(), true, true);
          end = bare.end();
        }
        if (rewritten != null) {
          out.append(DATE_FIELD).append(rewritten);
          i = end;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** An inclusive range of days, or null when a bound is not a date. */
  private static String days(String lower, String upper, boolean incLower, boolean incUpper) {
    try {
      String lo = "*";
      String hi = "*";
      if (!lower.equals("*")) {
        lo = (incLower ? firstDay(lower) : lastDay(lower).plusDays(1)).toString();
      }
      if (!upper.equals("*")) {
        hi = (incUpper ? lastDay(upper) : firstDay(upper).minusDays(1)).toString();
      }
      return "[" + lo + " TO " + hi + "]";
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate firstDay(String s) {
    return switch (s.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
      case 7 -> YearMonth.parse(s).atDay(1);
      default -> LocalDate.parse(s);
    };
  }

  private static LocalDate lastDay(String s) {
    return switch (s.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(s), 12, 31);
      case 7 -> YearMonth.parse(s).atEndOfMonth();
      default -> LocalDate.parse(s);
    };
  }

  private static void dateSort(ObjectNode body, String order) {
    ArrayNode sort = body.putArray("sort");
    // Undated articles last either way, as newsfacet sorts them.
    sort.addObject().putObject("date").put("order", order).put("missing", "_last");
    sort.add("_score");
  }

  /** The filters of every dimension but {@code except}, AND-ed; values of one dimension OR-ed. */
  private static ObjectNode filters(SearchRequest request, Dimension except) {
    ObjectNode q = RestClient.JSON.createObjectNode();
    ArrayNode all = q.putObject("bool").putArray("filter");
    for (Map.Entry<Dimension, List<String>> f : request.filters().entrySet()) {
      if (f.getKey() == except) {
        continue;
      }
      ArrayNode values = all.addObject().putObject("terms").putArray(f.getKey().fieldName());
      f.getValue().forEach(values::add);
    }
    return q;
  }

  private static ObjectNode facetAgg(SearchRequest request, Dimension d, int size) {
    ObjectNode agg = RestClient.JSON.createObjectNode();
    agg.set("filter", filters(request, d));
    ObjectNode sub = agg.putObject("aggs");
    String field = d.fieldName() + "." + IndexMapping.LABEL;
    ObjectNode terms = sub.putObject("values").putObject("terms");
    terms.put("field", field);
    terms.put("size", size);
    terms.put("shard_size", Math.max(size, SHARD_SIZE));
    terms.put("show_term_doc_count_error", true);
    ArrayNode order = terms.putArray("order");
    order.addObject().put("_count", "desc");
    order.addObject().put("_key", "asc");
    sub.putObject("distinct")
        .putObject("cardinality")
        .put("field", field)
        .put("precision_threshold", 40_000);
    return agg;
  }

  private SearchResult result(SearchRequest request, JsonNode r) throws IOException {
    long total = r.path("hits").path("total").path("value").asLong();
    List<Hit> hits = new ArrayList<>();
    for (JsonNode h : r.path("hits").path("hits")) {
      hits.add(hit(h));
    }
    Map<Dimension, Facet> facets = new LinkedHashMap<>();
    JsonNode aggs = r.path("aggregations");
    for (Dimension d : request.facets()) {
      facets.put(d, facet(d, aggs.path("facet_" + d.fieldName()), request.facetLimit()));
    }
    Optional<Facet> timeline = Optional.empty();
    if (request.timeline().isPresent()) {
      Dimension d = request.timeline().get();
      timeline =
          Optional.of(
              Searches.timeline(
                  d, facet(d, aggs.path("timeline_" + d.fieldName()), TIMELINE_SIZE).values()));
    }
    return new SearchResult(total, OptionalLong.empty(), hits, facets, timeline, Optional.empty());
  }

  private static Facet facet(Dimension d, JsonNode agg, int limit) throws IOException {
    JsonNode terms = agg.path("values");
    if (terms.path("doc_count_error_upper_bound").asLong(0) != 0) {
      throw new IOException(
          "OpenSearch reports the "
              + d.fieldName()
              + " counts as possibly inexact: the dimension has more than "
              + SHARD_SIZE
              + " values per shard; export with one shard");
    }
    List<FacetValue> values = new ArrayList<>();
    for (JsonNode b : terms.path("buckets")) {
      values.add(new FacetValue(b.path("key").asText(), b.path("doc_count").asInt()));
    }
    // Fewer buckets than asked for is every value, exactly; beyond, the cardinality estimate.
    int distinct =
        values.size() < limit
            ? values.size()
            : Math.max(values.size(), agg.path("distinct").path("value").asInt());
    return new Facet(d, values, distinct);
  }

  private static Hit hit(JsonNode h) {
    JsonNode s = h.path("_source");
    String date = text(s, "date");
    String year = text(s, Dimension.YEAR.fieldName());
    JsonNode snippets = h.path("highlight").path("body");
    String snippet = snippets.isArray() && !snippets.isEmpty() ? snippets.get(0).asText() : "";
    double score = h.path("_score").isNumber() ? h.path("_score").asDouble() : 0;
    List<Integer> years = new ArrayList<>();
    for (String y : strings(s, Dimension.MENTIONED_YEAR.fieldName())) {
      years.add(Integer.valueOf(y));
    }
    return new Hit(
        s.path("id").asText(h.path("_id").asText()),
        text(s, "title"),
        date == null ? null : LocalDate.parse(date),
        year == null ? null : Integer.valueOf(year),
        text(s, Dimension.SOURCE.fieldName()),
        text(s, "url"),
        (float) score,
        snippet.replaceAll("\\s+", " ").strip(),
        strings(s, Dimension.PARTY.fieldName()),
        strings(s, Dimension.PERSON.fieldName()),
        strings(s, Dimension.PLACE.fieldName()),
        years,
        text(s, "story_id"),
        1);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode n, String key) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.path(key);
    if (v.isArray()) {
      v.forEach(e -> out.add(e.asText()));
    } else if (!v.isMissingNode() && !v.isNull()) {
      out.add(v.asText());
    }
    return out;
  }
}
