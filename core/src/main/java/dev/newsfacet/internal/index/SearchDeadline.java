package dev.newsfacet.internal.index;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.util.IOSupplier;

/**
 * The time limit of the search running on the current thread. One instance serves every searcher
 * and every thread: the deadline lives in a thread-local, set around each search.
 */
public final class SearchDeadline implements QueryTimeout {
  static final SearchDeadline INSTANCE = new SearchDeadline();

  /** {deadline in System.nanoTime() terms, 1 when it was hit}; absent outside a search. */
  private static final ThreadLocal<long[]> STATE = new ThreadLocal<>();

  private SearchDeadline() {}

  /** Starts timing a search on this thread. */
  static void start(Duration limit) {
    STATE.set(new long[] {System.nanoTime() + limit.toNanos(), 0});
  }

  /** Whether the search on this thread ran out of time. */
  static boolean exceeded() {
    long[] s = STATE.get();
    return s != null && s[1] != 0;
  }

  /** The state of the search on this thread, for a pass that runs on another ({@link #carry}). */
  static long[] current() {
    return STATE.get();
  }

  /**
   * Runs part of a search under the given search's deadline, on whichever thread this is; a
   * deadline hit here is seen by that search's {@link #exceeded()} too (the state is shared).
   */
  static <T> T carry(long[] state, IOSupplier<T> work) throws IOException {
    long[] previous = STATE.get();
    if (state == null) {
      STATE.remove();
    } else {
      STATE.set(state);
    }
    try {
      return work.get();
    } finally {
      if (previous == null) {
        STATE.remove();
      } else {
        STATE.set(previous);
      }
    }
  }

  /** Ends timing on this thread. */
  static void clear() {
    STATE.remove();
  }

  @Override
  public boolean shouldExit() {
    long[] s = STATE.get();
    if (s == null) {
      return false;
    }
    if (s[1] != 0 || System.nanoTime() - s[0] > 0) {
      s[1] = 1;
      return true;
    }
    return false;
  }
}
