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
import dev.newsfacet.SearchTimeoutException;
import dev.newsfacet.SortOrder;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/** Runs searches, lookups and statistics on one {@link FacetedSearcher}. */
public final class Searches {
  /** Text the highlighter reads per body; beyond it a body is not highlighted. */
  private static final int HIGHLIGHT_MAX_LENGTH = 200_000;

  /** The stored fields of a hit and its body, read together. */
  private static final Set<String> HIT_AND_BODY = withBody(Schema.HIT_FIELDS);

  private static final Set<String> BODY_ONLY = Set.of(Schema.BODY);

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Schema schema;
  private static final Analyzer INDEX_ANALYZER = Schema.analyzer(true);

  private final Analyzer queryAnalyzer;
  private final Duration timeout;
  private final boolean referenceOnly;
  private final SearchPasses passes;

  public Searches(Schema schema, Analyzer queryAnalyzer, Duration timeout) {
    this(schema, queryAnalyzer, timeout, SearchPasses.SERIAL, false);
  }

  /**
   * @param passes where a search's independent passes run (see {@link SearchPasses})
   */
  public Searches(Schema schema, Analyzer queryAnalyzer, Duration timeout, SearchPasses passes) {
    this(schema, queryAnalyzer, timeout, passes, false);
  }

  /**
   * @param referenceOnly count every facet through {@code DrillSideways} and the sorted-set facet
   *     counts, never the column counter, and score every match for the total (the reference the
   *     fast paths are tested against)
   */
  Searches(Schema schema, Analyzer queryAnalyzer, Duration timeout, boolean referenceOnly) {
    this(schema, queryAnalyzer, timeout, SearchPasses.SERIAL, referenceOnly);
  }

  private Searches(
      Schema schema,
      Analyzer queryAnalyzer,
      Duration timeout,
      SearchPasses passes,
      boolean referenceOnly) {
    this.schema = schema;
    this.passes = passes;
    this.queryAnalyzer = queryAnalyzer;
    this.timeout = timeout;
    this.referenceOnly = referenceOnly;
  }

  private static Set<String> withBody(Set<String> fields) {
    Set<String> all = new java.util.HashSet<>(fields);
    all.add(Schema.BODY);
    return Set.copyOf(all);
  }

  /** Runs one search request. */
  public SearchResult search(FacetedSearcher searcher, SearchRequest request) throws IOException {
    Query userQuery = NewsQueryParser.parse(request.query(), queryAnalyzer);
    Query base = withDateRange(userQuery, request);
    SortedSetDocValuesReaderState state = searcher.facetState();
    int window = Math.max(1, request.offset() + request.limit());
    SearchDeadline.start(timeout);
    SearchResult result;
    try {
      result =
          run(
              searcher,
              request,
              userQuery,
              base,
              state,
              hitsManager(request.sort(), window, Integer.MAX_VALUE));
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      throw new SearchTimeoutException(request.query(), timeout);
    } finally {
      boolean exceeded = SearchDeadline.exceeded();
      SearchDeadline.clear();
      if (exceeded) {
        // Lucene stops collecting at the deadline and keeps what it has: never return that.
        throw new SearchTimeoutException(request.query(), timeout);
      }
    }
    return result;
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
    Map<String, FacetsCollector> sideways = new HashMap<>();
    Query hitsQuery = base;
    // Collapsed without a page, the stories are counted from the matching articles.
    boolean needMatching =
        request.pivotRows().isPresent()
            || request.countStories()
            || (request.collapse() && request.limit() == 0);
    TopGroups<BytesRef> groups = null;
    CountedFacets counted = null;
    try {
      boolean counting =
          !request.facets().isEmpty()
              || request.timeline().isPresent()
              || request.pivotRows().isPresent()
              || request.countStories();
      boolean everything = base instanceof MatchAllDocsQuery && request.filters().isEmpty();
      if (state == null) {
        hitsQuery = request.filters().isEmpty() ? base : new MatchNothing();
        topDocs = searcher.search(hitsQuery, hitsManager);
      } else if (!counting) {
        // No counts asked for: a plain search, without DrillSideways counting every dimension.
        hitsQuery = request.filters().isEmpty() ? base : drillDown(base, request, state);
        if (everything) {
          topDocs = browseAll(searcher, request, referenceOnly);
        } else if (referenceOnly) {
          topDocs = searcher.search(hitsQuery, hitsManager);
        } else {
          topDocs = topWithTotal(searcher, hitsQuery, request, hitsManager, false);
        }
      } else if (!referenceOnly
          && request.pivotRows().isEmpty()
          && !request.countStories()
          && searcher.columns() != null) {
        hitsQuery = request.filters().isEmpty() ? base : drillDown(base, request, state);
        boolean datesOnly =
            !everything && userQuery instanceof MatchAllDocsQuery && request.filters().isEmpty();
        FastCount fast =
            countFast(searcher, request, base, hitsQuery, everything, datesOnly, hitsManager);
        topDocs = fast.topDocs();
        counted = fast.facets();
      } else {
        DrillDownQuery ddq = drillDown(base, request, state);
        hitsQuery = ddq;
        DrillSideways ds = new DrillSideways(searcher, schema.facetsConfig(), state);
        DrillSideways.ConcurrentDrillSidewaysResult<R> r = ds.search(ddq, hitsManager);
        topDocs = r.collectorResult;
        facets = r.facets;
        matching = r.drillDownFacetsCollector;
        if (r.drillSidewaysDims != null) {
          for (int i = 0; i < r.drillSidewaysDims.length; i++) {
            sideways.put(r.drillSidewaysDims[i], r.drillSidewaysFacetsCollector[i]);
          }
        }
      }
      if (matching == null && needMatching) {
        matching = searcher.search(hitsQuery, new FacetsCollectorManager());
      }
      if (request.collapse() && request.limit() > 0) {
        groups = group(searcher, hitsQuery, request);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          request.query(),
          -1,
          "the query expands to too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")",
          e);
    }

    List<Hit> hits;
    OptionalLong stories = OptionalLong.empty();
    if (groups != null) {
      List<ScoreDoc> page = new ArrayList<>();
      List<Integer> copies = new ArrayList<>();
      for (GroupDocs<BytesRef> g : groups.groups) {
        if (g.scoreDocs().length > 0) {
          page.add(g.scoreDocs()[0]);
          copies.add((int) g.totalHits().value());
        }
      }
      hits =
          hits(
              searcher,
              request.snippets() ? userQuery : null,
              page.toArray(new ScoreDoc[0]),
              copies,
              topDocs);
      stories = OptionalLong.of(groups.totalGroupCount == null ? 0 : groups.totalGroupCount);
    } else {
      ScoreDoc[] all = topDocs.scoreDocs;
      int from = Math.min(request.offset(), all.length);
      int to = Math.min(all.length, request.offset() + request.limit());
      ScoreDoc[] page = Arrays.copyOfRange(all, from, to);
      hits = hits(searcher, request.snippets() ? userQuery : null, page, null, topDocs);
    }
    if ((request.countStories() || request.collapse()) && stories.isEmpty()) {
      stories =
          OptionalLong.of(
              matching == null ? 0 : StoryCounter.stories(matching, searcher.stories()));
    }

    Map<Dimension, Facet> facetMap = new LinkedHashMap<>();
    for (Dimension d : request.facets()) {
      if (request.countStories()) {
        FacetsCollector fc = sideways.getOrDefault(d.fieldName(), matching);
        facetMap.put(
            d,
            fc == null || state == null
                ? new Facet(d, List.of(), 0)
                : StoryCounter.count(fc, searcher.stories(), d, request.facetLimit(), false));
      } else if (counted != null) {
        facetMap.put(d, counted.facet(d, request.facetLimit()));
      } else {
        facetMap.put(d, facet(facets, d, request.facetLimit()));
      }
    }
    Optional<Facet> timeline = Optional.empty();
    if (request.timeline().isPresent()) {
      Dimension d = request.timeline().get();
      List<FacetValue> values;
      if (request.countStories()) {
        FacetsCollector fc = sideways.getOrDefault(d.fieldName(), matching);
        values =
            fc == null || state == null
                ? List.of()
                : StoryCounter.count(fc, searcher.stories(), d, 0, true).values();
      } else if (counted != null) {
        values = counted.allValues(d);
      } else {
        values = allValues(facets, d);
      }
      timeline = Optional.of(timeline(d, values));
    }
    Optional<Pivot> pivot = Optional.empty();
    if (request.pivotRows().isPresent() && request.pivotColumns().isPresent()) {
      pivot =
          Optional.of(
              matching == null || state == null
                  ? new Pivot(
                      request.pivotRows().get(), request.pivotColumns().get(), List.of(), List.of())
                  : PivotCounter.count(
                      matching,
                      request.pivotRows().get(),
                      request.pivotColumns().get(),
                      request.facetLimit()));
    }
    return new SearchResult(topDocs.totalHits.value(), stories, hits, facetMap, timeline, pivot);
  }

  /**
   * The top hits, the exact total and the counts of the facets and timeline from the facet columns
   * (see {@link FacetCounting}), with whole-index counts reused where the multi-select semantics
   * make a dimension's counts those of every article.
   *
   * <p>Without filters on counted dimensions, the top hits come from a search that may skip
   * non-competitive matches (block-max WAND, date-sorted early termination) and a second pass
   * without scores counts every match and yields the exact total: scoring every match only to keep
   * ten costs more than walking the postings twice. Phrase queries take two passes too: scoring a
   * match reads all of its phrase's positions, while the counting pass stops at the first
   * occurrence and the skipping search scores few matches (round 8). A word required together with
   * a fielded dimension value (which scores its articles alike, so skipping saves little) stays in
   * one pass. Each filtered counted dimension is counted in a pass of its own over the base query
   * and the other filters, as {@code DrillSideways} does, so no pass visits every match of an
   * unselective base query; the other dimensions are counted over the fully filtered query.
   * (Testing the filters per match on the columns in one walk over the base query and all but one
   * filter cost more at a million articles: round 6.)
   */
  private <R extends TopDocs> FastCount countFast(
      FacetedSearcher searcher,
      SearchRequest request,
      Query base,
      Query drillDown,
      boolean everything,
      boolean datesOnly,
      CollectorManager<?, R> hitsManager)
      throws IOException {
    ReaderFacets columns = searcher.columns();
    LinkedHashSet<Dimension> wanted = new LinkedHashSet<>(request.facets());
    request.timeline().ifPresent(wanted::add);
    Map<Dimension, ReaderFacets.Dim> dims = new EnumMap<>(Dimension.class);
    for (Dimension d : wanted) {
      dims.put(d, columns.dim(d));
    }
    Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
    if (everything) {
      for (Dimension d : wanted) {
        counts.put(d, columns.allCounts(dims.get(d)));
      }
      TopDocs td = browseAll(searcher, request, false);
      return new FastCount(td, new CountedFacets(columns, dims, counts));
    }
    if (datesOnly) {
      FastCount browsed = browseDates(searcher, request, dims);
      if (browsed != null) {
        return browsed;
      }
    }
    FastCount single = oneValue(searcher, request, base, drillDown, dims);
    if (single != null) {
      return single;
    }
    List<SearchPasses.Pass<?>> started = new ArrayList<>();
    try {
      return countPasses(
          searcher, request, base, drillDown, hitsManager, wanted, dims, counts, started);
    } finally {
      // On success every pass was joined; after a failure none may outlive the searcher.
      for (SearchPasses.Pass<?> p : started) {
        p.await();
      }
    }
  }

  /**
   * What {@link #countFast} does past its shortcuts; each pass it starts is added to {@code
   * started}.
   */
  private <R extends TopDocs> FastCount countPasses(
      FacetedSearcher searcher,
      SearchRequest request,
      Query base,
      Query drillDown,
      CollectorManager<?, R> hitsManager,
      Set<Dimension> wanted,
      Map<Dimension, ReaderFacets.Dim> dims,
      Map<Dimension, int[]> counts,
      List<SearchPasses.Pass<?>> started)
      throws IOException {
    ReaderFacets columns = searcher.columns();
    Map<Dimension, SearchPasses.Pass<int[]>> sidePasses = new EnumMap<>(Dimension.class);
    Set<Dimension> filtered = request.filters().keySet();
    List<Dimension> sideways = wanted.stream().filter(filtered::contains).toList();
    Query query;
    List<Dimension> countedHere = new ArrayList<>(wanted);
    if (sideways.isEmpty()) {
      // No counted dimension is filtered: the filters only restrict, let the query apply them.
      query = drillDown;
    } else if (base instanceof MatchAllDocsQuery && filtered.size() == 1) {
      // One filter over all articles: its dimension's sideways counts are those of every article.
      Dimension d = sideways.get(0);
      counts.put(d, columns.allCounts(dims.get(d)));
      countedHere.remove(d);
      query = drillDown;
    } else {
      // Each filtered counted dimension over the base query and the other filters only, in
      // passes of their own that run beside the main one.
      SortedSetDocValuesReaderState state = searcher.facetState();
      for (Dimension d : sideways) {
        countedHere.remove(d);
        Map<Dimension, List<String>> others = new LinkedHashMap<>(request.filters());
        others.remove(d);
        Query sideQuery = others.isEmpty() ? base : drillDown(base, others, state);
        ReaderFacets.Dim[] sideDim = {dims.get(d)};
        ReaderFacets.Pair alone = columns.alone(sideDim[0]);
        SearchPasses.Pass<int[]> side =
            passes.start(() ->
                searcher.search(sideQuery, FacetCounting.countOnly(sideDim, alone)).counts()[0]);
        started.add(side);
        sidePasses.put(d, side);
      }
      query = drillDown;
    }
    ReaderFacets.Dim[] countedDims = new ReaderFacets.Dim[countedHere.size()];
    for (int i = 0; i < countedDims.length; i++) {
      countedDims[i] = dims.get(countedHere.get(i));
    }
    ReaderFacets.Pair pair = columns.pair(countedDims);
    TopDocs topDocs;
    int[][] passCounts;
    if (countedDims.length == 0) {
      // Every counted dimension was counted sideways: only the hits and their total are left. The
      // sideways passes hold the helpers, so a count pass would run on this thread after the
      // top-hits walk; over a query narrowed by every filter, walking its few matches twice costs
      // more than scoring them all once.
      topDocs = topWithTotal(searcher, query, request, hitsManager, true);
      passCounts = new int[0][];
    } else if (!keywordConjunction(base)) {
      int window = Math.max(1, request.offset() + request.limit());
      Query rewritten = searcher.rewrite(query); // once for both passes (wildcards expand)
      SearchPasses.Pass<FacetCounting.Result<Void>> counting =
          passes.start(
              () -> searcher.search(rewritten, FacetCounting.countOnly(countedDims, pair)));
      started.add(counting);
      TopDocs top = searcher.search(rewritten, hitsManager(request.sort(), window, window));
      FacetCounting.Result<Void> r = counting.join();
      topDocs = new TopDocs(new TotalHits(r.matched(), TotalHits.Relation.EQUAL_TO), top.scoreDocs);
      passCounts = r.counts();
    } else {
      FacetCounting.Result<R> r =
          searcher.search(query, new FacetCounting<>(hitsManager, countedDims, pair));
      topDocs = r.hits();
      passCounts = r.counts();
    }
    for (int i = 0; i < countedDims.length; i++) {
      counts.put(countedHere.get(i), passCounts[i]);
    }
    for (Map.Entry<Dimension, SearchPasses.Pass<int[]>> side : sidePasses.entrySet()) {
      counts.put(side.getKey(), side.getValue().join());
    }
    return new FastCount(topDocs, new CountedFacets(columns, dims, counts));
  }

  /**
   * One value of a dimension over all articles, as a fielded term ({@code party:Ukraine}) or as the
   * only filter with one value: the total and the counts are rows of the reader's tables (see
   * {@link ReaderFacets#cross}), so only the page is searched for. A filtered dimension keeps its
   * multi-select counts (every article's). Returns {@code null} for any other search, or when a
   * table would be too large or the term stands for several labels.
   */
  private static FastCount oneValue(
      FacetedSearcher searcher,
      SearchRequest request,
      Query base,
      Query drillDown,
      Map<Dimension, ReaderFacets.Dim> dims)
      throws IOException {
    ReaderFacets columns = searcher.columns();
    Dimension by = null;
    int ord = -1;
    boolean filter = false;
    if (base instanceof MatchAllDocsQuery && request.filters().size() == 1) {
      Map.Entry<Dimension, List<String>> only = request.filters().entrySet().iterator().next();
      if (only.getValue().size() != 1) {
        return null;
      }
      by = only.getKey();
      String label = new Labels(searcher.facetState()).resolve(by, only.getValue().get(0));
      ord = columns.ordinal(columns.dim(by), label, columns.globalDocValues());
      filter = true;
    } else if (request.filters().isEmpty() && base instanceof TermQuery tq) {
      for (Dimension d : Dimension.values()) {
        if (d.fieldName().equals(tq.getTerm().field())) {
          by = d;
          ord = columns.ordinalOfTerm(columns.dim(d), tq.getTerm().bytes());
        }
      }
    }
    if (by == null || ord < 0) {
      return null;
    }
    ReaderFacets.Dim byDim = columns.dim(by);
    Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
    for (Map.Entry<Dimension, ReaderFacets.Dim> e : dims.entrySet()) {
      ReaderFacets.Dim of = e.getValue();
      if (filter && e.getKey() == by) {
        counts.put(e.getKey(), columns.allCounts(of));
        continue;
      }
      int[] table = columns.cross(byDim, of);
      if (table == null) {
        return null;
      }
      counts.put(e.getKey(), Arrays.copyOfRange(table, ord * of.size, (ord + 1) * of.size));
    }
    int total = columns.allCounts(byDim)[ord];
    int window = Math.max(1, request.offset() + request.limit());
    TopDocs top = searcher.search(drillDown, hitsManager(request.sort(), window, window));
    TopDocs topDocs = new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), top.scoreDocs);
    return new FastCount(topDocs, new CountedFacets(columns, dims, counts));
  }

  /**
   * A date range over all articles (no query, no filter): the total and the counts come from the
   * reader's counts by publication day, and the hits collector may stop once it has the page.
   * Returns {@code null} when a counted dimension has no day table (too many labels or days).
   */
  private static FastCount browseDates(
      FacetedSearcher searcher, SearchRequest request, Map<Dimension, ReaderFacets.Dim> dims)
      throws IOException {
    ReaderFacets columns = searcher.columns();
    DayCounts days = columns.dayCounts();
    if (days == null) {
      return null;
    }
    long from = request.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long to = request.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    DayCounts.Split split = days.split(from, to);
    if (!split.hasBlocks()) {
      return null; // a short range: counting its articles costs little
    }
    Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
    List<Dimension> order = new ArrayList<>(dims.keySet());
    ReaderFacets.Dim[] counted = new ReaderFacets.Dim[order.size()];
    for (int i = 0; i < counted.length; i++) {
      counted[i] = dims.get(order.get(i));
      int[] table = columns.dayTable(counted[i]);
      if (table == null) {
        return null;
      }
      counts.put(order.get(i), DayCounts.counts(table, counted[i].size, split));
    }
    // The days before and after the whole blocks, counted per hit.
    BooleanQuery.Builder ends = new BooleanQuery.Builder();
    if (from <= split.headTo()) {
      ends.add(
          LongPoint.newRangeQuery(Schema.DATE, from, split.headTo()), BooleanClause.Occur.SHOULD);
    }
    if (split.tailFrom() <= to) {
      ends.add(
          LongPoint.newRangeQuery(Schema.DATE, split.tailFrom(), to), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery endsQuery = ends.build();
    if (!endsQuery.clauses().isEmpty()) {
      FacetCounting.Result<Void> r =
          searcher.search(endsQuery, FacetCounting.countOnly(counted, columns.pair(counted)));
      for (int i = 0; i < counted.length; i++) {
        int[] into = counts.get(order.get(i));
        int[] add = r.counts()[i];
        for (int k = 0; k < into.length; k++) {
          into[k] += add[k];
        }
      }
    }
    int window = Math.max(1, request.offset() + request.limit());
    // The same matches and scores as the base query, but tested per candidate on the doc values:
    // the point range would first collect every article of the range, where the page needs few.
    Query lazy =
        new BooleanQuery.Builder()
            .add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST)
            .add(
                NumericDocValuesField.newSlowRangeQuery(Schema.DATE, from, to),
                BooleanClause.Occur.FILTER)
            .build();
    TopDocs td = searcher.search(lazy, hitsManager(request.sort(), window, window));
    TotalHits total = new TotalHits(days.articles(from, to), TotalHits.Relation.EQUAL_TO);
    return new FastCount(
        new TopDocs(total, td.scoreDocs), new CountedFacets(columns, dims, counts));
  }

  /**
   * The top hits with the exact total. The hits come from a search that may skip non-competitive
   * matches and the total from a count, which needs no scores and for a single term reads only the
   * term's document frequency. Where the count has to walk the matches (a disjunction, a
   * conjunction, a phrase, deletions), it runs as a pass of its own beside the skipping search:
   * walking them without scores (a phrase only to its first occurrence in each) costs less than
   * scoring them all in one exhaustive pass (round 8: {@code security | offset 1000} about a third
   * of the CPU, single words, OR, AND and filtered words about two thirds).
   *
   * @param walkOnce where the count has to walk the matches, score them all in one exhaustive pass
   *     instead
   */
  private TopDocs topWithTotal(
      IndexSearcher searcher,
      Query query,
      SearchRequest request,
      CollectorManager<?, ? extends TopDocs> exhaustive,
      boolean walkOnce)
      throws IOException {
    if (request.sort() != SortOrder.RELEVANCE) {
      return searcher.search(query, exhaustive);
    }
    Query rewritten = searcher.rewrite(query);
    Weight counter = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int n = counter.count(leaf);
      if (n < 0) {
        total = -1;
        break;
      }
      total += n;
    }
    int window = Math.max(1, request.offset() + request.limit());
    if (total >= 0) {
      TopDocs top = searcher.search(rewritten, hitsManager(request.sort(), window, window));
      return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), top.scoreDocs);
    }
    if (walkOnce) {
      return searcher.search(rewritten, exhaustive);
    }
    SearchPasses.Pass<Integer> count = passes.start(() -> searcher.count(rewritten));
    TopDocs top;
    try {
      top = searcher.search(rewritten, hitsManager(request.sort(), window, window));
    } catch (IOException | RuntimeException | Error e) {
      count.await(); // no pass outlives the searcher it reads
      throw e;
    }
    return new TopDocs(new TotalHits(count.join(), TotalHits.Relation.EQUAL_TO), top.scoreDocs);
  }

  /**
   * Whether the query requires a term of a dimension's keyword field beside another clause ({@code
   * diplomats AND party:"United States"}): such a term scores every article it matches about alike,
   * so the skipping search scores most matches of the other clause anyway, and one scoring pass
   * that also counts costs less than two passes.
   */
  private static boolean keywordConjunction(Query query) {
    if (!(query instanceof BooleanQuery bq)) {
      return false;
    }
    int required = 0;
    boolean keyword = false;
    for (BooleanClause c : bq.clauses()) {
      if (c.occur() != BooleanClause.Occur.MUST) {
        continue;
      }
      required++;
      Query inner = c.query();
      while (inner instanceof org.apache.lucene.search.BoostQuery boost) {
        inner = boost.getQuery();
      }
      if (inner instanceof TermQuery tq) {
        for (Dimension d : Dimension.values()) {
          keyword |= d.fieldName().equals(tq.getTerm().field());
        }
      }
    }
    return keyword && required >= 2;
  }

  /**
   * The page of all articles: the total is the number of live articles, so the hits collector may
   * stop (or skip by date) once it has the page instead of visiting every article.
   *
   * @param sortAll search all articles even in date order (the reference the day counts' shortcut
   *     is tested against)
   */
  private static TopDocs browseAll(FacetedSearcher searcher, SearchRequest request, boolean sortAll)
      throws IOException {
    int window = Math.max(1, request.offset() + request.limit());
    Query query = sortAll ? MatchAllDocsQuery.INSTANCE : newestOrOldest(searcher, request, window);
    TopDocs td = searcher.search(query, hitsManager(request.sort(), window, window));
    return new TopDocs(
        new TotalHits(searcher.getIndexReader().numDocs(), TotalHits.Relation.EQUAL_TO),
        td.scoreDocs);
  }

  /**
   * What to search for a page of all articles: in date order, only the days that hold the page (by
   * the reader's counts per day), as they hold every article that sorts before the page's last;
   * sorting all articles, whose order in the index can be any, cost up to a few milliseconds at a
   * million. Constant scores either way, so the hits and their ties come out the same.
   */
  private static Query newestOrOldest(FacetedSearcher searcher, SearchRequest request, int window)
      throws IOException {
    if (request.sort() == SortOrder.RELEVANCE) {
      return MatchAllDocsQuery.INSTANCE;
    }
    ReaderFacets columns = searcher.columns();
    DayCounts days = columns == null ? null : columns.dayCounts();
    if (days == null) {
      return MatchAllDocsQuery.INSTANCE;
    }
    if (request.sort() == SortOrder.NEWEST) {
      long from = days.newestFrom(window);
      return from == Long.MIN_VALUE
          ? MatchAllDocsQuery.INSTANCE
          : LongPoint.newRangeQuery(Schema.DATE, from, Long.MAX_VALUE);
    }
    long to = days.oldestTo(window);
    return to == Long.MAX_VALUE
        ? MatchAllDocsQuery.INSTANCE
        : LongPoint.newRangeQuery(Schema.DATE, Long.MIN_VALUE, to);
  }

  /** Hits and counts of the fast path. */
  private record FastCount(TopDocs topDocs, CountedFacets facets) {}

  /** The query with the request's filters as drill-downs, values resolved to indexed labels. */
  private DrillDownQuery drillDown(
      Query base, SearchRequest request, SortedSetDocValuesReaderState state) throws IOException {
    return drillDown(base, request.filters(), state);
  }

  /** The query with these filters as drill-downs, values resolved to indexed labels. */
  private DrillDownQuery drillDown(
      Query base, Map<Dimension, List<String>> filters, SortedSetDocValuesReaderState state)
      throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(schema.facetsConfig(), base);
    Labels labels = new Labels(state);
    for (Map.Entry<Dimension, List<String>> filter : filters.entrySet()) {
      for (String value : filter.getValue()) {
        ddq.add(filter.getKey().fieldName(), labels.resolve(filter.getKey(), value));
      }
    }
    return ddq;
  }

  /** One group per story, best first (or in date order), with its matching copies counted. */
  private static TopGroups<BytesRef> group(
      IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
    Sort sort =
        switch (request.sort()) {
          case RELEVANCE -> Sort.RELEVANCE;
          case NEWEST -> dateSort(true);
          case OLDEST -> dateSort(false);
        };
    GroupingSearch grouping = new GroupingSearch(Schema.STORY);
    grouping.setGroupSort(sort);
    grouping.setSortWithinGroup(sort);
    grouping.setGroupDocsLimit(1);
    grouping.setAllGroups(true);
    TopGroups<BytesRef> groups =
        grouping.search(searcher, query, request.offset(), request.limit());
    return groups == null ? new TopGroups<>(null, null, 0, 0, emptyGroups(), Float.NaN) : groups;
  }

  @SuppressWarnings("unchecked")
  private static GroupDocs<BytesRef>[] emptyGroups() {
    return (GroupDocs<BytesRef>[]) new GroupDocs<?>[0];
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

  /**
   * @param threshold hits counted exactly; Integer.MAX_VALUE keeps the total exact, never "10,000+"
   */
  private static CollectorManager<?, ? extends TopDocs> hitsManager(
      SortOrder order, int window, int threshold) {
    return switch (order) {
      case RELEVANCE -> new TopScoreDocCollectorManager(window, null, threshold);
      case NEWEST -> new TopFieldCollectorManager(dateSort(true), window, null, threshold);
      case OLDEST -> new TopFieldCollectorManager(dateSort(false), window, null, threshold);
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

  /**
   * @param highlightQuery the query to highlight in snippets, or {@code null} for hits without
   *     snippets (the body is then neither read nor highlighted)
   */
  private List<Hit> hits(
      FacetedSearcher searcher,
      Query highlightQuery,
      ScoreDoc[] page,
      List<Integer> copies,
      TopDocs topDocs)
      throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    Article[] articles = referenceOnly ? new Article[page.length] : fromHitValues(searcher, page);
    // One stored-document read per hit whose fields the doc values did not give (the reference,
    // an index without them): its fields and the body the highlighter needs.
    StoredFields stored = searcher.storedFields();
    Map<Integer, String> bodies = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      if (articles[i] != null) {
        if (highlightQuery != null) {
          String body = stored.document(page[i].doc, BODY_ONLY).get(Schema.BODY);
          if (body != null) {
            bodies.put(page[i].doc, body);
          }
        }
        continue;
      }
      if (highlightQuery == null) {
        articles[i] = Schema.toArticle(stored.document(page[i].doc, Schema.HIT_FIELDS));
        continue;
      }
      Document doc = stored.document(page[i].doc, HIT_AND_BODY);
      String body = doc.get(Schema.BODY);
      if (body != null) {
        bodies.put(page[i].doc, body);
      }
      doc.removeFields(Schema.BODY);
      articles[i] = Schema.toArticle(doc);
    }
    String[] snippets =
        highlightQuery == null
            ? new String[page.length]
            : snippets(searcher, highlightQuery, page, topDocs, bodies);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Article a = articles[i];
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
              a.mentionedYears(),
              a.storyId(),
              copies == null ? 1 : copies.get(i)));
    }
    return hits;
  }

  /**
   * The page's hits as {@link HitValues} hold them, in page order; null where a hit has none (an
   * index written before they existed).
   */
  private static Article[] fromHitValues(IndexSearcher searcher, ScoreDoc[] page)
      throws IOException {
    Integer[] byDoc = new Integer[page.length];
    for (int i = 0; i < page.length; i++) {
      byDoc[i] = i;
    }
    // Doc values iterate forward only: visit the hits in index order, one iterator per segment.
    Arrays.sort(byDoc, (x, y) -> Integer.compare(page[x].doc, page[y].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Article[] out = new Article[page.length];
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    for (int i : byDoc) {
      int doc = page[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = leaf.reader().getBinaryDocValues(Schema.HIT);
      }
      if (values != null && values.advanceExact(doc - leaf.docBase)) {
        out[i] = HitValues.decode(values.binaryValue());
      }
    }
    return out;
  }

  private String[] snippets(
      FacetedSearcher searcher,
      Query userQuery,
      ScoreDoc[] page,
      TopDocs topDocs,
      Map<Integer, String> bodies)
      throws IOException {
    UnifiedHighlighter highlighter =
        new PreloadedHighlighter(
            // The index has no offsets, so the highlighter re-analyses the body: with the index
            // chain, so it sees the very tokens and positions that the query matched.
            UnifiedHighlighter.builder(searcher, INDEX_ANALYZER)
                .withMaxNoHighlightPassages(1)
                .withFormatter(new HtmlPassageFormatter()),
            bodies,
            HIGHLIGHT_MAX_LENGTH,
            searcher.bodyFieldInfo());
    TopDocs pageDocs = new TopDocs(topDocs.totalHits, page);
    String[] raw = highlighter.highlight(Schema.BODY, userQuery, pageDocs, 1);
    String[] out = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = raw[i] == null ? "" : SPACES.matcher(raw[i]).replaceAll(" ").strip();
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

  /** Every value of a dimension with its count, or none. */
  private static List<FacetValue> allValues(Facets facets, Dimension d) throws IOException {
    if (facets == null) {
      return List.of();
    }
    FacetResult r;
    try {
      r = facets.getAllChildren(d.fieldName());
    } catch (IllegalArgumentException e) {
      r = null;
    }
    if (r == null) {
      return List.of();
    }
    List<FacetValue> out = new ArrayList<>(r.labelValues.length);
    for (LabelAndValue lv : r.labelValues) {
      out.add(new FacetValue(lv.label, lv.value.intValue()));
    }
    return out;
  }

  /**
   * All years between the first and the last with a count, in order, empty years as 0; public so
   * that other engines (the OpenSearch module) draw timelines exactly as the local index does.
   */
  public static Facet timeline(Dimension d, List<FacetValue> counts) {
    TreeMap<Integer, Integer> byYear = new TreeMap<>();
    for (FacetValue v : counts) {
      if (v.count() > 0) {
        byYear.put(Integer.valueOf(v.value()), v.count());
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

  /**
   * Whether every article of the file with this stamp is in the index: as many documents carry the
   * stamp as the file held articles.
   */
  public static boolean complete(IndexSearcher searcher, String stamp) throws IOException {
    TermQuery q = new TermQuery(new org.apache.lucene.index.Term(Schema.SOURCE_STAMP, stamp));
    TopDocs td = searcher.search(q, 1);
    if (td.scoreDocs.length == 0) {
      return false;
    }
    Document doc =
        searcher
            .storedFields()
            .document(td.scoreDocs[0].doc, java.util.Set.of(Schema.SOURCE_COUNT));
    org.apache.lucene.index.IndexableField count = doc.getField(Schema.SOURCE_COUNT);
    if (count == null) {
      return false;
    }
    // Records that could not be read are not in the index, yet reading the file again would not
    // bring them: the file is complete when its articles and those records add up.
    long unreadable = 0;
    Query marked =
        new BooleanQuery.Builder()
            .add(q, BooleanClause.Occur.FILTER)
            .add(new FieldExistsQuery(Schema.SOURCE_UNREADABLE), BooleanClause.Occur.FILTER)
            .build();
    org.apache.lucene.search.Weight w =
        searcher.createWeight(searcher.rewrite(marked), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      org.apache.lucene.index.NumericDocValues values =
          leaf.reader().getNumericDocValues(Schema.SOURCE_UNREADABLE);
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc();
          d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          d = it.nextDoc()) {
        if ((live == null || live.get(d)) && values.advanceExact(d)) {
          unreadable += values.longValue();
        }
      }
    }
    return searcher.count(q) + unreadable == count.numericValue().intValue();
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
