package dev.newsfacet.bench;

import dev.newsfacet.Dimension;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Counting party and year over all articles ("browse") and over the hits of a frequent term:
 * through newsfacet's public search (counts only, {@code limit 0}, so no hits are fetched or
 * highlighted), through plain Lucene sorted-set facets over the same metadata, and from plain int
 * columns in memory (the floor). Setup generates and indexes the corpus once per trial (about a
 * minute).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
public class FacetCountBenchmark {
  @Param({"50000"})
  public int articles;

  private Path work;
  private NewsIndex news;
  private FSDirectory luceneDir;
  private DirectoryReader luceneReader;
  private IndexSearcher lucene;
  private SortedSetDocValuesReaderState state;
  private int[] yearOrd;
  private int[] partyStart;
  private int[] partyOrds;
  private int years;
  private int parties;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    List<Path> files = BenchData.jsonl(articles, 10_000);
    work = files.get(0).getParent().getParent();
    Path jsonl = files.get(0).getParent();
    Path nfDir = work.resolve("newsfacet");
    try (NewsIndex w = NewsIndex.open(nfDir, IndexOptions.builder().threads(2).build())) {
      w.ingest(List.of(jsonl), IngestListener.NONE);
    }
    news = NewsIndex.openReadOnly(nfDir);
    Path lDir = work.resolve("lucene");
    new LuceneEngine().index(jsonl, lDir, 2);
    luceneDir = FSDirectory.open(lDir);
    luceneReader = DirectoryReader.open(luceneDir);
    lucene = new IndexSearcher(luceneReader);
    state = new DefaultSortedSetDocValuesReaderState(luceneReader, LuceneEngine.facetsConfig());
    // The same metadata as int columns: one year ordinal per article, party ordinals in a flat
    // array.
    Map<String, Integer> yearIds = new HashMap<>();
    Map<String, Integer> partyIds = new HashMap<>();
    int n = articles;
    yearOrd = new int[n];
    partyStart = new int[n + 1];
    int[][] ords = {new int[n * 2]};
    int[] doc = {0};
    int[] used = {0};
    for (Path f : files) {
      JsonlArticles.read(
          f,
          r -> {
            int d = doc[0]++;
            yearOrd[d] =
                r.year() == null
                    ? -1
                    : yearIds.computeIfAbsent(r.year().toString(), k -> yearIds.size());
            partyStart[d] = used[0];
            for (String p : r.parties()) {
              if (used[0] == ords[0].length) {
                ords[0] = Arrays.copyOf(ords[0], ords[0].length * 2);
              }
              ords[0][used[0]++] = partyIds.computeIfAbsent(p, k -> partyIds.size());
            }
          });
    }
    partyStart[n] = used[0];
    partyOrds = Arrays.copyOf(ords[0], used[0]);
    years = yearIds.size();
    parties = partyIds.size();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    news.close();
    luceneReader.close();
    luceneDir.close();
    BenchData.delete(work);
  }

  private static SearchRequest counts(String query) {
    return SearchRequest.query(query).facet(Dimension.PARTY).facet(Dimension.YEAR).limit(0).build();
  }

  private static final SearchRequest BROWSE = counts("");
  private static final SearchRequest TERM = counts(QueryMix.HIGH);

  @Benchmark
  public SearchResult newsfacetBrowse() throws IOException {
    return news.search(BROWSE);
  }

  @Benchmark
  public SearchResult newsfacetTerm() throws IOException {
    return news.search(TERM);
  }

  @Benchmark
  public FacetResult[] luceneBrowse() throws IOException {
    return lucene(MatchAllDocsQuery.INSTANCE);
  }

  @Benchmark
  public FacetResult[] luceneTerm() throws IOException {
    return lucene(new TermQuery(new Term(LuceneEngine.BODY, QueryMix.HIGH)));
  }

  private FacetResult[] lucene(Query q) throws IOException {
    FacetsCollector fc = lucene.search(q, new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts c = new SortedSetDocValuesFacetCounts(state, fc);
    return new FacetResult[] {
      c.getTopChildren(10, LuceneEngine.PARTY), c.getTopChildren(10, LuceneEngine.YEAR)
    };
  }

  /** The floor: counting every article's party and year from int arrays. */
  @Benchmark
  public int[][] intColumnsBrowse() {
    int[] y = new int[years];
    int[] p = new int[parties];
    for (int d = 0; d < yearOrd.length; d++) {
      int yo = yearOrd[d];
      if (yo >= 0) {
        y[yo]++;
      }
      for (int i = partyStart[d]; i < partyStart[d + 1]; i++) {
        p[partyOrds[i]]++;
      }
    }
    return new int[][] {y, p};
  }
}
