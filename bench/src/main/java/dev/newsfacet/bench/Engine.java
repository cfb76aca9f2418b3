package dev.newsfacet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One search engine under test: how it builds an index from the corpus and how it answers. */
interface Engine {
  /** Short name: newsfacet, lucene, sqlite. */
  String name();

  /** Whether indexing can use more than one thread. */
  boolean parallelIndexing();

  /**
   * Reads every JSON Lines file in {@code jsonlDir}, indexes the articles into {@code indexDir}
   * (which does not exist yet) and commits.
   *
   * @return the number of articles indexed
   */
  long index(Path jsonlDir, Path indexDir, int threads) throws Exception;

  /** Opens an index for searching. */
  Searcher open(Path indexDir) throws Exception;

  /** A searcher over one index. Not thread-safe. */
  interface Searcher extends AutoCloseable {
    /**
     * Runs a query.
     *
     * @param facetLimit how many values per facet to return (top by count)
     */
    Result search(BenchQuery query, int facetLimit) throws Exception;
  }

  /**
   * What a query found.
   *
   * @param total exact number of matching articles
   * @param ids the ids of the returned page
   * @param facets dimension to value to count, when facets were asked for
   */
  record Result(long total, List<String> ids, Map<String, Map<String, Integer>> facets) {}

  static Engine byName(String name) {
    return switch (name) {
      case "newsfacet" -> new NewsfacetEngine(false, false);
      case "newsfacet-serial" -> new NewsfacetEngine(false, true);
      case "newsfacet-snippets" -> new NewsfacetEngine(true, false);
      case "lucene" -> new LuceneEngine();
      case "sqlite" -> new SqliteEngine();
      default ->
          throw new IllegalArgumentException(
              "unknown engine '"
                  + name
                  + "'; engines: newsfacet, newsfacet-serial, newsfacet-snippets, lucene, sqlite");
    };
  }
}
