package dev.newsfacet;

import java.util.Objects;

/**
 * An indexed article found to be a copy of one indexed before it, from {@link IngestReport}.
 *
 * @param file the file it came from
 * @param id the article id
 * @param duplicateOf the id of the article it copies
 * @param storyId the story both belong to
 * @param exact whether the normalised texts are equal, rather than near copies
 */
public record Duplicate(String file, String id, String duplicateOf, String storyId, boolean exact) {
  /** Validates the fields. */
  public Duplicate {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Objects.requireNonNull(storyId, "storyId");
  }
}
