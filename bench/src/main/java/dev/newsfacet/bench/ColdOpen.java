package dev.newsfacet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a fresh JVM pays to open an index and answer its first faceted search, as a command-line
 * search does on every call: {@code java -cp newsfacet-bench-all.jar dev.newsfacet.bench.ColdOpen
 * newsfacet bench/target/work/index-newsfacet-1M-t2 [WORD]}. Arguments: ENGINE INDEX_DIR [WORD]
 * (default {@code ceasefire}, counted by party and year). Run it several times, alternating builds:
 * it prints the process CPU time (every thread: the JIT compilers, the collector, search helpers)
 * and the main thread's, of the open and of the search, and the load average.
 */
public final class ColdOpen {
  private ColdOpen() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ColdOpen ENGINE INDEX_DIR [WORD]");
      System.exit(2);
    }
    Harness.quietLogging();
    Engine engine = Engine.byName(args[0]);
    String word = args.length > 2 ? args[2] : "ceasefire";
    BenchQuery query =
        new BenchQuery(
            word, "cold", new BenchQuery.Term(word), null, null, null, null, true, false, 0, 10);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double cpu0 = ResourceMeter.processCpuSeconds();
    long main0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    try (Engine.Searcher s = engine.open(Path.of(args[1]))) {
      double cpu1 = ResourceMeter.processCpuSeconds();
      long main1 = threads.getCurrentThreadCpuTime();
      long wall1 = System.nanoTime();
      Engine.Result r = s.search(query, 10);
      double cpu2 = ResourceMeter.processCpuSeconds();
      long main2 = threads.getCurrentThreadCpuTime();
      long wall2 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "%s open: CPU %.3f s (main thread %.3f) wall %.3f | first search: CPU %.3f s (main"
              + " thread %.3f) wall %.3f | total %d | load %.2f%n",
          args[0],
          cpu1 - cpu0,
          (main1 - main0) / 1e9,
          (wall1 - wall0) / 1e9,
          cpu2 - cpu1,
          (main2 - main1) / 1e9,
          (wall2 - wall1) / 1e9,
          r.total(),
          ResourceMeter.loadAverage());
    }
  }
}
