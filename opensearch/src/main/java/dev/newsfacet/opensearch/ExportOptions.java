package dev.newsfacet.opensearch;

/**
 * How {@link OpenSearchExporter} creates the index and sends the articles.
 *
 * @param shards primary shards of a new index, at least 1
 * @param replicas copies of each shard on other nodes, at least 0; with 1 the index survives the
 *     loss of one node
 * @param batchArticles the most articles in one {@code _bulk} request, at least 1
 * @param batchBytes the most bytes in one {@code _bulk} request (a single larger article still goes
 *     alone), at least 1
 * @param maxInFlight {@code _bulk} requests sent at once; reading stops while they are all busy, at
 *     least 1
 * @param maxRetries how often a rejected (HTTP 429) or failed (5xx, connection lost) request or
 *     article is sent again, with exponential backoff, at least 0
 * @param replace whether an existing index of that name is deleted first; otherwise its documents
 *     are overwritten by id
 */
public record ExportOptions(
    int shards,
    int replicas,
    int batchArticles,
    long batchBytes,
    int maxInFlight,
    int maxRetries,
    boolean replace) {

  /** Validates the fields. */
  public ExportOptions {
    atLeast(shards, 1, "shards");
    atLeast(replicas, 0, "replicas");
    atLeast(batchArticles, 1, "batchArticles");
    atLeast(batchBytes, 1, "batchBytes");
    atLeast(maxInFlight, 1, "maxInFlight");
    atLeast(maxRetries, 0, "maxRetries");
  }

  /**
   * One shard, one replica, batches of 1,000 articles or 5 MB, two requests in flight, five
   * retries, no replacing. One primary shard keeps facet counts exact whatever their cardinality.
   */
  public static ExportOptions defaults() {
    return new ExportOptions(1, 1, 1000, 5L << 20, 2, 5, false);
  }

  /** A copy with these shard and replica counts. */
  public ExportOptions withShards(int shards, int replicas) {
    return new ExportOptions(
        shards, replicas, batchArticles, batchBytes, maxInFlight, maxRetries, replace);
  }

  /** A copy with these batch limits. */
  public ExportOptions withBatches(int articles, long bytes, int inFlight) {
    return new ExportOptions(shards, replicas, articles, bytes, inFlight, maxRetries, replace);
  }

  /** A copy that does or does not replace an existing index. */
  public ExportOptions withReplace(boolean replace) {
    return new ExportOptions(
        shards, replicas, batchArticles, batchBytes, maxInFlight, maxRetries, replace);
  }

  private static void atLeast(long value, long min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
  }
}
