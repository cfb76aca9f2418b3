package dev.newsfacet.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.util.IOSupplier;

/**
 * Runs the independent passes of one search (the page of hits, the counts, a filtered dimension's
 * sideways counts) at the same time, as Lucene's {@code DrillSideways} does with an executor.
 *
 * <p>A pass goes to a helper thread only if one is idle at that moment; otherwise the calling
 * thread runs it at once. A handed-off pass that no helper has begun by the time the caller needs
 * its result is run by the caller. A busy index (several searches at a time, each with a thread of
 * its own) therefore degrades to running each search's passes one after the other, never to
 * searches waiting in a queue for helpers. The search's time limit travels with the pass.
 */
public final class SearchPasses implements Closeable {
  /** Every pass on the calling thread. */
  public static final SearchPasses SERIAL = new SearchPasses(1);

  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

  /** Null when every pass runs on the calling thread. */
  private final ThreadPoolExecutor helpers;

  /**
   * @param threads threads one search may use, the caller's included (1: no helper threads)
   */
  public SearchPasses(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (threads == 1) {
      helpers = null;
      return;
    }
    // A SynchronousQueue hands a pass only to a helper already waiting for one; with no idle
    // helper the pool rejects it and start() runs it on the caller.
    helpers =
        new ThreadPoolExecutor(
            threads - 1,
            threads - 1,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "newsfacet-search-" + THREAD_NUMBERS.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    helpers.allowCoreThreadTimeOut(true);
  }

  /**
   * Starts a pass on an idle helper thread, or runs it now on this thread when none is idle. Every
   * started pass must be {@linkplain Pass#join() joined} or {@linkplain Pass#await() awaited}, so
   * that none outlives the searcher it reads.
   */
  <T> Pass<T> start(IOSupplier<T> work) {
    long[] deadline = SearchDeadline.current();
    FutureTask<T> task = new FutureTask<>(() -> SearchDeadline.carry(deadline, work));
    if (helpers == null) {
      task.run();
    } else {
      try {
        helpers.execute(task);
      } catch (RejectedExecutionException busyOrClosed) {
        task.run();
      }
    }
    return new Pass<>(task);
  }

  /** Stops the helper threads once their passes are done; later passes run on the caller. */
  @Override
  public void close() {
    if (helpers != null) {
      helpers.shutdown();
    }
  }

  /** A pass started by {@link #start}. */
  static final class Pass<T> {
    private final FutureTask<T> task;

    private Pass(FutureTask<T> task) {
      this.task = task;
    }

    /**
     * Returns the pass's result, or throws what it threw: runs the pass on this thread if no helper
     * has begun it yet (a helper that takes it later finds it done), else waits for it.
     */
    T join() throws IOException {
      // A helper woken for a small pass may not get a processor before the caller has finished its
      // own (tens of microseconds on a virtual machine, far longer on a loaded one): waiting for it
      // then costs more than running the pass here.
      task.run();
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while a search pass ran");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IOException(cause);
      }
    }

    /** Waits for the pass to end, whatever its outcome (after another pass failed). */
    void await() {
      boolean interrupted = false;
      while (true) {
        try {
          task.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException ignored) {
          // The search fails with the first pass's exception; this one only has to be over.
          break;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
