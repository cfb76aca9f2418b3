package dev.newsfacet.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Plain Lucene 10 as one would write it by hand: StandardAnalyzer on title and body, the metadata
 * party and year as exact terms and sorted-set facets, no extraction, {@code addDocument} bulk
 * load.
 */
final class LuceneEngine implements Engine {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String DATE = "date";
  static final String PARTY = "party";
  static final String YEAR = "year";
  private static final double RAM_BUFFER_MB = 64; // newsfacet's default

  static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(PARTY, true);
    c.setRequireDimCount(PARTY, true);
    c.setRequireDimCount(YEAR, true);
    return c;
  }

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(), Map.of(PARTY, new KeywordAnalyzer(), YEAR, new KeywordAnalyzer()));
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public boolean parallelIndexing() {
    return true;
  }

  @Override
  public long index(Path jsonlDir, Path indexDir, int threads) throws Exception {
    FacetsConfig config = facetsConfig();
    IndexWriterConfig iwc = new IndexWriterConfig(analyzer());
    iwc.setRAMBufferSizeMB(RAM_BUFFER_MB);
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    AtomicLong count = new AtomicLong();
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, iwc)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (Path file : JsonlArticles.files(jsonlDir)) {
          futures.add(
              pool.submit(() -> {
                JsonlArticles.read(
                    file,
                    r -> {
                      writer.addDocument(config.build(document(r)));
                      count.incrementAndGet();
                    });
                return null;
              }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (ExecutionException e) {
        throw new IOException("lucene indexing failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
      writer.commit();
    }
    return count.get();
  }

  static Document document(CorpusGenerator.GeneratedArticle r) {
    Document doc = new Document();
    doc.add(new StringField(ID, r.id(), Field.Store.YES));
    if (r.title() != null) {
      doc.add(new TextField(TITLE, r.title(), Field.Store.YES));
    }
    doc.add(new TextField(BODY, r.body(), Field.Store.YES));
    if (r.date() != null) {
      long day = r.date().toEpochDay();
      doc.add(new LongPoint(DATE, day));
      doc.add(new NumericDocValuesField(DATE, day));
      doc.add(new StoredField(DATE, day));
    }
    if (r.source() != null) {
      doc.add(new StoredField("source", r.source()));
    }
    if (r.url() != null) {
      doc.add(new StoredField("url", r.url()));
    }
    if (r.year() != null) {
      String y = Integer.toString(r.year());
      doc.add(new StringField(YEAR, y, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(YEAR, y));
    }
    for (String p : r.parties()) {
      doc.add(new StringField(PARTY, p, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(PARTY, p));
    }
    return doc;
  }

  @Override
  public Searcher open(Path indexDir) throws IOException {
    FSDirectory dir = FSDirectory.open(indexDir);
    DirectoryReader reader = DirectoryReader.open(dir);
    IndexSearcher searcher = new IndexSearcher(reader);
    FacetsConfig config = facetsConfig();
    // Built once per reader, never per query.
    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
    Analyzer analyzer = analyzer();
    return new Searcher() {
      @Override
      public Result search(BenchQuery q, int facetLimit) throws Exception {
        Query base = parse(q.luceneQuery(), analyzer);
        if (q.from() != null || q.to() != null) {
          long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
          long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
          base =
              new BooleanQuery.Builder()
                  .add(base, BooleanClause.Occur.MUST)
                  .add(LongPoint.newRangeQuery(DATE, lo, hi), BooleanClause.Occur.FILTER)
                  .build();
        }
        int window = Math.max(1, q.offset() + q.limit());
        CollectorManager<?, ? extends TopDocs> hits =
            q.newest()
                ? new TopFieldCollectorManager(
                    new Sort(
                        new SortField(DATE, SortField.Type.LONG, true, Long.MIN_VALUE),
                        SortField.FIELD_SCORE),
                    window,
                    null,
                    Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
        TopDocs top;
        Facets facets = null;
        if (q.filters().isEmpty()) {
          if (q.facets()) {
            MultiCollectorManager both =
                new MultiCollectorManager(hits, new FacetsCollectorManager());
            Object[] r = searcher.search(base, both);
            top = (TopDocs) r[0];
            facets = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) r[1]);
          } else {
            top = searcher.search(base, hits);
          }
        } else {
          DrillDownQuery ddq = new DrillDownQuery(config, base);
          q.filters().forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
          if (q.facets()) {
            DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r =
                new DrillSideways(searcher, config, state).search(ddq, hits);
            top = r.collectorResult;
            facets = r.facets;
          } else {
            top = searcher.search(ddq, hits);
          }
        }
        List<String> ids = new ArrayList<>();
        ScoreDoc[] all = top.scoreDocs;
        StoredFields stored = searcher.storedFields();
        for (int i = q.offset(); i < Math.min(all.length, q.offset() + q.limit()); i++) {
          Document d = stored.document(all[i].doc, Set.of(ID, TITLE));
          ids.add(d.get(ID));
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        if (q.facets()) {
          counts.put(PARTY, top(facets, PARTY, facetLimit));
          counts.put(YEAR, top(facets, YEAR, facetLimit));
        }
        return new Result(top.totalHits.value(), ids, counts);
      }

      @Override
      public void close() throws IOException {
        reader.close();
        dir.close();
      }
    };
  }

  static Query parse(String query, Analyzer analyzer) throws Exception {
    if (query.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    MultiFieldQueryParser p =
        new MultiFieldQueryParser(
            new String[] {TITLE, BODY}, analyzer, Map.of(TITLE, 2.0f, BODY, 1.0f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    return p.parse(query);
  }

  private static Map<String, Integer> top(Facets facets, String dim, int limit) throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (facets == null) {
      return out;
    }
    FacetResult r;
    try {
      r = facets.getTopChildren(limit, dim);
    } catch (IllegalArgumentException e) {
      return out;
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        out.put(lv.label, lv.value.intValue());
      }
    }
    return out;
  }
}
