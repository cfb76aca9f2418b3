package dev.newsfacet.opensearch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an export sent and what came of it.
 *
 * @param index the index written
 * @param articles articles read from the newsfacet index
 * @param indexed articles OpenSearch acknowledged
 * @param failures articles it did not index, with reasons
 * @param bytes bytes of {@code _bulk} bodies sent, retries included
 * @param requests {@code _bulk} requests sent, retries included
 * @param retries requests or articles sent again after a rejection or a failure
 * @param elapsed wall time of the export, index creation and refresh included
 */
public record ExportReport(
    String index,
    long articles,
    long indexed,
    List<ItemFailure> failures,
    long bytes,
    long requests,
    long retries,
    Duration elapsed) {
  /** Validates and copies. */
  public ExportReport {
    Objects.requireNonNull(index, "index");
    failures = List.copyOf(failures);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Articles per second of wall time. */
  public double articlesPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : articles / s;
  }

  /** Megabytes (2^20 bytes) sent per second of wall time. */
  public double megabytesPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : bytes / 1048576.0 / s;
  }
}
