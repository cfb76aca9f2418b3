package dev.newsfacet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the thread running the queries plus newsfacet's search helper threads, which run some
 * passes of a search beside it ({@code IndexOptions.searchThreads}): a query's CPU cost counts
 * both. Helper threads are found by name; call {@link #refresh()} outside timed sections.
 */
final class QueryCpu {
  private static final String HELPER_PREFIX = "newsfacet-search-";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long[] helperIds = new long[0];

  /** Looks for the search helper threads that exist now. */
  void refresh() {
    helperIds =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith(HELPER_PREFIX))
            .mapToLong(Thread::threadId)
            .toArray();
  }

  /** Nanoseconds of CPU used so far by this thread and the helpers last found. */
  long nanos() {
    long total = threads.getCurrentThreadCpuTime();
    for (long id : helperIds) {
      long t = threads.getThreadCpuTime(id);
      if (t > 0) {
        total += t;
      }
    }
    return total;
  }
}
