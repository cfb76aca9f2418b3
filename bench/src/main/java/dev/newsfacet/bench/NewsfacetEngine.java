package dev.newsfacet.bench;

import dev.newsfacet.Dimension;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import dev.newsfacet.SortOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * newsfacet through its public API only: ingest the files with extraction on, then search. Like the
 * other engines it returns ids and titles without highlighted snippets, unless built to ask for
 * them (engine {@code newsfacet-snippets}, to measure what snippets cost). Searches use the default
 * {@code searchThreads} (two passes of one search may run at once) unless built serial (engine
 * {@code newsfacet-serial}: every pass on the querying thread).
 */
final class NewsfacetEngine implements Engine {
  private final boolean snippets;
  private final boolean serial;

  NewsfacetEngine(boolean snippets, boolean serial) {
    this.snippets = snippets;
    this.serial = serial;
  }

  @Override
  public String name() {
    return snippets ? "newsfacet-snippets" : serial ? "newsfacet-serial" : "newsfacet";
  }

  @Override
  public boolean parallelIndexing() {
    return true;
  }

  @Override
  public long index(Path jsonlDir, Path indexDir, int threads) throws IOException {
    IndexOptions options = IndexOptions.builder().extractEntities(true).threads(threads).build();
    try (NewsIndex index = NewsIndex.open(indexDir, options)) {
      IngestReport report = index.ingest(List.of(jsonlDir), IngestListener.NONE);
      if (report.failed() > 0 || report.skipped() > 0 || !report.problems().isEmpty()) {
        throw new IOException("newsfacet could not read the corpus: " + report.problems());
      }
      return report.articles();
    }
  }

  @Override
  public Searcher open(Path indexDir) throws IOException {
    IndexOptions.Builder options = IndexOptions.builder();
    if (serial) {
      options.searchThreads(1);
    }
    NewsIndex index = NewsIndex.openReadOnly(indexDir, options.build());
    return new Searcher() {
      @Override
      public Result search(BenchQuery q, int facetLimit) throws IOException {
        SearchRequest.Builder b =
            SearchRequest.query(q.luceneQuery())
                .offset(q.offset())
                .limit(q.limit())
                .facetLimit(facetLimit)
                .snippets(snippets);
        if (q.facets()) {
          b.facet(Dimension.PARTY).facet(Dimension.YEAR);
        }
        q.filters().forEach((dim, values) -> values.forEach(v -> b.filter(Dimension.of(dim), v)));
        if (q.from() != null) {
          b.from(q.from());
        }
        if (q.to() != null) {
          b.to(q.to());
        }
        if (q.newest()) {
          b.sort(SortOrder.NEWEST);
        }
        SearchResult r = index.search(b.build());
        List<String> ids = new ArrayList<>(r.hits().size());
        for (Hit h : r.hits()) {
          ids.add(h.id());
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (Map.Entry<Dimension, Facet> e : r.facets().entrySet()) {
          Map<String, Integer> counts = new LinkedHashMap<>();
          for (FacetValue v : e.getValue().values()) {
            counts.put(v.value(), v.count());
          }
          facets.put(e.getKey().fieldName(), counts);
        }
        return new Result(r.total(), ids, facets);
      }

      @Override
      public void close() throws IOException {
        index.close();
      }
    };
  }
}
