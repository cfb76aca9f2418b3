package dev.newsfacet.opensearch;

import java.util.Objects;

/**
 * An article OpenSearch did not index, with its reason.
 *
 * @param id the article id
 * @param status the HTTP status of the item (or of the request, when the request failed)
 * @param reason OpenSearch's reason, or the client's
 */
public record ItemFailure(String id, int status, String reason) {
  /** Validates the fields. */
  public ItemFailure {
    Objects.requireNonNull(id, "id");
    reason = reason == null ? "" : reason;
  }
}
