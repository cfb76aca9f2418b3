package dev.newsfacet.internal.index;

import java.util.TreeMap;

/**
 * Numbers the writer's refreshes and tells which articles every searcher still in use shows.
 *
 * <p>An article written while generation {@code g} is current shows in every searcher from a
 * refresh of generation {@code g} or later. Placing reads the index through a searcher acquired
 * before its turn, so what the newest searcher shows is not enough to forget an article: it may
 * only be forgotten once the oldest searcher still pinned for placing shows it too.
 */
public final class RefreshGenerations {
  private long current;
  private long refreshing = -1;
  private long visible = -1;
  private final TreeMap<Long, Integer> pins = new TreeMap<>();

  /** The generation of what is written now. */
  public synchronized long current() {
    return current;
  }

  /** Called before the searcher refreshes: what is written now will show after it. */
  public synchronized void beforeRefresh() {
    refreshing = current++;
  }

  /**
   * Called after the searcher refreshed.
   *
   * @return the newest generation that may be forgotten, or -1
   */
  public synchronized long afterRefresh(boolean didRefresh) {
    if (didRefresh && refreshing >= 0) {
      visible = refreshing;
    }
    refreshing = -1;
    return forgettable();
  }

  /**
   * Pins the generation the current searcher shows at least: call it before acquiring the searcher
   * (a refresh in between only makes the searcher show more), and {@link #unpin} it when done.
   */
  public synchronized long pin() {
    pins.merge(visible, 1, Integer::sum);
    return visible;
  }

  /**
   * Releases a pin.
   *
   * @return the newest generation that may be forgotten now, or -1
   */
  public synchronized long unpin(long generation) {
    pins.computeIfPresent(generation, (g, n) -> n == 1 ? null : n - 1);
    return forgettable();
  }

  private long forgettable() {
    return pins.isEmpty() ? visible : Math.min(visible, pins.firstKey());
  }
}
