package dev.newsfacet.bench;

import java.util.Arrays;

/** Latency statistics. */
final class Report {
  private Report() {}

  /** Percentile (0-100) of nanosecond samples, nearest rank, in milliseconds. */
  static double percentileMs(long[] nanos, double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))] / 1e6;
  }

  static double meanMs(long[] nanos) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (long n : nanos) {
      sum += n;
    }
    return sum / nanos.length / 1e6;
  }

  static long[] concat(Iterable<long[]> parts) {
    int n = 0;
    for (long[] p : parts) {
      n += p.length;
    }
    long[] out = new long[n];
    int i = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }
}
