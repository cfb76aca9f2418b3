package dev.newsfacet.opensearch;

import java.io.IOException;

/** OpenSearch answered a request with an error status; the message carries its reason. */
public final class OpenSearchException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the response. */
  private final int status;

  /**
   * Creates one.
   *
   * @param what the request that failed, e.g. {@code "create index newsfacet"}
   * @param status the HTTP status
   * @param reason OpenSearch's reason
   */
  public OpenSearchException(String what, int status, String reason) {
    super(what + " failed with HTTP " + status + (reason.isEmpty() ? "" : ": " + reason));
    this.status = status;
  }

  /** The HTTP status of the response. */
  public int status() {
    return status;
  }
}
