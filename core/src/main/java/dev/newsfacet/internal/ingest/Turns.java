package dev.newsfacet.internal.ingest;

/**
 * Lets numbered tasks through one at a time in number order, whatever order their threads arrive
 * in. Tasks are started in number order, so a task only ever waits for one already running.
 */
final class Turns {
  private int next;

  /** Blocks until it is this ticket's turn. */
  synchronized void await(int ticket) throws InterruptedException {
    while (next != ticket) {
      wait();
    }
  }

  /** Ends this ticket's turn; the next ticket may go. */
  synchronized void done(int ticket) {
    if (next == ticket) {
      next++;
      notifyAll();
    }
  }
}
