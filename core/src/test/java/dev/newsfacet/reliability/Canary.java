package dev.newsfacet.reliability;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class that counts its constructions: YAML front matter that names it with a {@code !!} tag must
 * never make one.
 */
public final class Canary {
  /** How many were constructed. */
  public static final AtomicInteger CONSTRUCTED = new AtomicInteger();

  /** Counts a construction. */
  public Canary() {
    CONSTRUCTED.incrementAndGet();
  }

  /** Counts a construction. */
  public Canary(String ignored) {
    this();
  }
}
