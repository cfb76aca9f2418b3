package dev.newsfacet.cli;

/** Horizontal bars for counts, scaled to the largest. */
final class Bars {
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

  private Bars() {}

  static String bar(long value, long max, int width) {
    if (max <= 0 || value <= 0) {
      return "";
    }
    long eighths = Math.max(1, Math.round((double) value * width * 8 / max));
    return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
  }
}
