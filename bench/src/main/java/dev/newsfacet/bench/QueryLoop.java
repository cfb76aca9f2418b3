package dev.newsfacet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the query mix on one engine's index in a loop, for a profiler (JFR, jstack) to watch: {@code
 * java -XX:StartFlightRecording=... -cp newsfacet-bench-all.jar dev.newsfacet.bench.QueryLoop
 * newsfacet bench/target/work/index-newsfacet-100K-t2 60}. Arguments: ENGINE INDEX_DIR SECONDS
 * [QUERY_NAME...] (all queries when none are named).
 */
public final class QueryLoop {
  private QueryLoop() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: QueryLoop ENGINE INDEX_DIR SECONDS [QUERY_NAME...]");
      System.exit(2);
    }
    Harness.quietLogging();
    Engine engine = Engine.byName(args[0]);
    double seconds = Double.parseDouble(args[2]);
    List<String> names = List.of(args).subList(3, args.length);
    List<BenchQuery> mix =
        QueryMix.queries().stream()
            .filter(q -> names.isEmpty() || names.contains(q.name()))
            .toList();
    long n = 0;
    try (Engine.Searcher s = engine.open(Path.of(args[1]))) {
      long end = System.nanoTime() + (long) (seconds * 1e9);
      while (System.nanoTime() < end) {
        for (BenchQuery q : mix) {
          s.search(q, 10);
          n++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d queries in %.0f s%n", n, seconds);
  }
}
