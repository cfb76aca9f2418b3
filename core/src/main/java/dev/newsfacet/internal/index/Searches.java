package dev.newsfacet.internal.index;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.IndexStats;
import dev.newsfacet.InvalidQueryException;
import dev.newsfacet.Pivot;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import dev.newsfacet.SortOrder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs searches, lookups and statistics on one {@link FacetedSearcher}. */
public final class Searches {
  /** Text the highlighter reads per body; beyond it a body is not highlighted. */
  private static final int HIGHLIGHT_MAX_LENGTH = 200_000;

  private final Schema schema;
  private final Analyzer queryAnalyzer;

  public Searches(Schema schema, Analyzer queryAnalyzer) {
    this.schema = schema;
    this.queryAnalyzer = queryAnalyzer;
  }

  /** Runs one search request. */
  public SearchResult search(FacetedSearcher searcher, SearchRequest request) throws IOException {
    Query userQuery = NewsQueryParser.parse(request.query(), queryAnalyzer);
    Query base = withDateRange(userQuery, request);
    SortedSetDocValuesReaderState state = searcher.facetState();
    int window = Math.max(1, request.offset() + request.limit());
    return run(searcher, request, userQuery, base, state, hitsManager(request.sort(), window));
  }

  private <R extends TopDocs> SearchResult run(
      FacetedSearcher searcher,
      SearchRequest request,
      Query userQuery,
      Query base,
      SortedSetDocValuesReaderState state,
      CollectorManager<?, R> hitsManager)
      throws IOException {
    TopDocs topDocs;
    Facets facets = null;
    FacetsCollector matching = null;
    try {
      if (state == null) {
        Query q = request.filters().isEmpty() ? base : new MatchNothing();
        topDocs = searcher.search(q, hitsManager);
      } else {
        DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(), base);
        Labels labels = new Labels(state);
        for (Map.Entry<Dimension, List<String>> filter : request.filters().entrySet()) {
          for (String value : filter.getValue()) {
            ddq.add(filter.getKey().fieldName(), labels.resolve(filter.getKey(), value));
          }
        }
        DrillSideways ds = new DrillSideways(searcher, schema.facetsConfig(), state);
        DrillSideways.ConcurrentDrillSidewaysResult<R> r = ds.search(ddq, hitsManager);
        topDocs = r.collectorResult;
        facets = r.facets;
        matching = r.drillDownFacetsCollector;
        if (matching == null && request.pivotRows().isPresent()) {
          matching = searcher.search(ddq, new FacetsCollectorManager());
        }
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          request.query(),
          -1,
          "the query expands to too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")",
          e);
    }

    List<Hit> hits = hits(searcher, userQuery, topDocs, request);
    Map<Dimension, Facet> facetMap = new LinkedHashMap<>();
    for (Dimension d : request.facets()) {
      facetMap.put(d, facet(facets, d, request.facetLimit()));
    }
    Facets counted = facets;
    Optional<Facet> timeline = request.timeline().map(d -> uncheckedTimeline(counted, d));
    Optional<Pivot> pivot = Optional.empty();
    if (request.pivotRows().isPresent() && request.pivotColumns().isPresent()) {
      pivot =
          Optional.of(
              matching == null
                  ? new Pivot(
                      request.pivotRows().get(), request.pivotColumns().get(), List.of(), List.of())
                  : PivotCounter.count(
                      matching,
                      request.pivotRows().get(),
                      request.pivotColumns().get(),
                      request.facetLimit()));
    }
    return new SearchResult(topDocs.totalHits.value(), hits, facetMap, timeline, pivot);
  }

  private static Query withDateRange(Query query, SearchRequest request) {
    if (request.from().isEmpty() && request.to().isEmpty()) {
      return query;
    }
    long lo = request.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long hi = request.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(Schema.DATE, lo, hi), BooleanClause.Occur.FILTER)
        .build();
  }

  private static CollectorManager<?, ? extends TopDocs> hitsManager(SortOrder order, int window) {
    // Integer.MAX_VALUE as the threshold: the total is always exact, never "10,000+".
    return switch (order) {
      case RELEVANCE -> new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
      case NEWEST -> new TopFieldCollectorManager(dateSort(true), window, null, Integer.MAX_VALUE);
      case OLDEST -> new TopFieldCollectorManager(dateSort(false), window, null, Integer.MAX_VALUE);
    };
  }

  private static Sort dateSort(boolean newestFirst) {
    SortField date =
        new SortField(
            Schema.DATE,
            SortField.Type.LONG,
            newestFirst,
            newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }

  private List<Hit> hits(
      FacetedSearcher searcher, Query userQuery, TopDocs topDocs, SearchRequest request)
      throws IOException {
    ScoreDoc[] all = topDocs.scoreDocs;
    int from = Math.min(request.offset(), all.length);
    int to = Math.min(all.length, request.offset() + request.limit());
    if (from >= to) {
      return List.of();
    }
    ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, to);
    String[] snippets = snippets(searcher, userQuery, page, topDocs);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc, Schema.HIT_FIELDS);
      Article a = Schema.toArticle(doc);
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(
          new Hit(
              a.id(),
              a.title(),
              a.date(),
              a.year(),
              a.source(),
              a.url(),
              score,
              snippets[i],
              a.parties(),
              a.persons(),
              a.places(),
              a.mentionedYears()));
    }
    return hits;
  }

  private String[] snippets(
      FacetedSearcher searcher, Query userQuery, ScoreDoc[] page, TopDocs topDocs)
      throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, queryAnalyzer)
            .withMaxLength(HIGHLIGHT_MAX_LENGTH)
            .withMaxNoHighlightPassages(1)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
            .build();
    TopDocs pageDocs = new TopDocs(topDocs.totalHits, page);
    String[] raw = highlighter.highlight(Schema.BODY, userQuery, pageDocs, 1);
    String[] out = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = raw[i] == null ? "" : raw[i].replaceAll("\\s+", " ").strip();
    }
    return out;
  }

  private static Facet facet(Facets facets, Dimension d, int limit) {
    if (facets == null) {
      return new Facet(d, List.of(), 0);
    }
    try {
      FacetResult r = facets.getTopChildren(limit, d.fieldName());
      if (r == null) {
        return new Facet(d, List.of(), 0);
      }
      List<FacetValue> values = new ArrayList<>(r.labelValues.length);
      for (LabelAndValue lv : r.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.intValue()));
      }
      return new Facet(d, values, r.childCount);
    } catch (IllegalArgumentException e) {
      // The dimension was never indexed in this reader.
      return new Facet(d, List.of(), 0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Facet uncheckedTimeline(Facets facets, Dimension d) {
    try {
      return timeline(facets, d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** All years between the first and the last with a count, in order, empty years as 0. */
  static Facet timeline(Facets facets, Dimension d) throws IOException {
    if (facets == null) {
      return new Facet(d, List.of(), 0);
    }
    FacetResult r;
    try {
      r = facets.getAllChildren(d.fieldName());
    } catch (IllegalArgumentException e) {
      r = null;
    }
    if (r == null || r.labelValues.length == 0) {
      return new Facet(d, List.of(), 0);
    }
    TreeMap<Integer, Integer> byYear = new TreeMap<>();
    for (LabelAndValue lv : r.labelValues) {
      if (lv.value.intValue() > 0) {
        byYear.put(Integer.valueOf(lv.label), lv.value.intValue());
      }
    }
    if (byYear.isEmpty()) {
      return new Facet(d, List.of(), 0);
    }
    List<FacetValue> values = new ArrayList<>();
    for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
      values.add(new FacetValue(Integer.toString(y), byYear.getOrDefault(y, 0)));
    }
    return new Facet(d, values, byYear.size());
  }

  /** Looks one article up by id. */
  public static Optional<Article> get(IndexSearcher searcher, String id) throws IOException {
    TopDocs td = searcher.search(new TermQuery(Schema.idTerm(id)), 1);
    if (td.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(Schema.toArticle(searcher.storedFields().document(td.scoreDocs[0].doc)));
  }

  /** Counts articles, undated ones, the date span and the distinct values per dimension. */
  public IndexStats stats(FacetedSearcher searcher) throws IOException {
    int articles = searcher.getIndexReader().numDocs();
    int dated = searcher.count(new FieldExistsQuery(Schema.DATE));
    Optional<LocalDate> earliest = edgeDate(searcher, false);
    Optional<LocalDate> latest = edgeDate(searcher, true);
    Map<Dimension, Integer> cardinalities = new EnumMap<>(Dimension.class);
    SortedSetDocValuesReaderState state = searcher.facetState();
    Facets counts = null;
    if (state != null) {
      FacetsCollector fc =
          searcher.search(MatchAllDocsQuery.INSTANCE, new FacetsCollectorManager());
      counts = new SortedSetDocValuesFacetCounts(state, fc);
    }
    for (Dimension d : Dimension.values()) {
      cardinalities.put(d, facet(counts, d, 1).distinctValues());
    }
    return new IndexStats(articles, articles - dated, earliest, latest, cardinalities);
  }

  private static Optional<LocalDate> edgeDate(IndexSearcher searcher, boolean latest)
      throws IOException {
    SortField date = new SortField(Schema.DATE, SortField.Type.LONG, latest);
    TopDocs td = searcher.search(new FieldExistsQuery(Schema.DATE), 1, new Sort(date));
    if (td.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document doc =
        searcher.storedFields().document(td.scoreDocs[0].doc, java.util.Set.of(Schema.DATE));
    return Optional.of(LocalDate.ofEpochDay(doc.getField(Schema.DATE).numericValue().longValue()));
  }

  /** A query with no hits, for a filter on an index that has no facet values at all. */
  private static final class MatchNothing extends org.apache.lucene.search.MatchNoDocsQuery {
    MatchNothing() {
      super("filtered on a dimension, but no article has any facet value");
    }
  }
}
