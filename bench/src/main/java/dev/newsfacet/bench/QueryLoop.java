package dev.newsfacet.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs the query mix on one engine's index in a loop, for a profiler (JFR, jstack) to watch: {@code
 * java -XX:StartFlightRecording=... -cp newsfacet-bench-all.jar dev.newsfacet.bench.QueryLoop
 * newsfacet bench/target/work/index-newsfacet-100K-t2 60}. Arguments: ENGINE INDEX_DIR SECONDS
 * [QUERY_NAME...] (all queries when none are named).
 *
 * <p>At the end it prints, per query, the median CPU time of the thread per call: on a shared
 * machine that is steadier than wall-clock time (the first round is left out as warm-up).
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
    QueryCpu queryCpu = new QueryCpu();
    long[][] cpu = new long[mix.size()][16];
    long[][] wall = new long[mix.size()][16];
    int rounds = 0;
    long n = 0;
    try (Engine.Searcher s = engine.open(Path.of(args[1]))) {
      long end = System.nanoTime() + (long) (seconds * 1e9);
      while (System.nanoTime() < end) {
        queryCpu.refresh();
        for (int i = 0; i < mix.size(); i++) {
          long before = queryCpu.nanos();
          long t0 = System.nanoTime();
          s.search(mix.get(i), 10);
          long elapsed = System.nanoTime() - t0;
          long used = queryCpu.nanos() - before;
          if (rounds > 0) {
            if (rounds - 1 == cpu[i].length) {
              cpu[i] = Arrays.copyOf(cpu[i], cpu[i].length * 2);
              wall[i] = Arrays.copyOf(wall[i], wall[i].length * 2);
            }
            cpu[i][rounds - 1] = used;
            wall[i][rounds - 1] = elapsed;
          }
          n++;
        }
        rounds++;
      }
    }
    System.out.printf(Locale.ROOT, "%d queries in %.0f s, %d rounds%n", n, seconds, rounds);
    if (rounds < 2) {
      return;
    }
    double total = 0;
    for (int i = 0; i < mix.size(); i++) {
      long[] c = Arrays.copyOf(cpu[i], rounds - 1);
      long[] w = Arrays.copyOf(wall[i], rounds - 1);
      Arrays.sort(c);
      Arrays.sort(w);
      double median = c[c.length / 2] / 1e6;
      total += median;
      System.out.printf(
          Locale.ROOT,
          "%-22s CPU ms median %8.3f   wall ms median %8.3f%n",
          mix.get(i).name(),
          median,
          w[w.length / 2] / 1e6);
    }
    System.out.printf(
        Locale.ROOT,
        "%-22s CPU ms %8.3f (mean of medians %.3f)%n",
        "all",
        total,
        total / mix.size());
  }
}
