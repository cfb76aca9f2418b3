package dev.newsfacet;

import java.util.Objects;

/**
 * What {@link NewsIndex#add} did with an article.
 *
 * @param id the article id
 * @param replaced whether an article with this id was replaced
 * @param storyId the story the article belongs to (its own id when it starts one)
 * @param duplicateOf the id of the indexed article it duplicates, or {@code null} when it starts a
 *     story of its own
 * @param exactDuplicate whether its normalised text equals that article's, rather than being a near
 *     copy
 */
public record AddResult(
    String id, boolean replaced, String storyId, String duplicateOf, boolean exactDuplicate) {
  /** Validates the fields. */
  public AddResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
  }

  /** Whether the article joined another article's story. */
  public boolean isDuplicate() {
    return duplicateOf != null;
  }
}
