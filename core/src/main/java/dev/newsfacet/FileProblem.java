package dev.newsfacet;

import java.util.Objects;

/**
 * A file, or a record in a file, that was skipped or failed, and why.
 *
 * @param file the file path as given, with {@code #LINE} for a JSON Lines record
 * @param outcome {@link FileOutcome#SKIPPED} or {@link FileOutcome#FAILED}
 * @param reason a readable reason
 */
public record FileProblem(String file, FileOutcome outcome, String reason) {
  /** Validates the fields. */
  public FileProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (outcome != FileOutcome.SKIPPED && outcome != FileOutcome.FAILED) {
      throw new IllegalArgumentException("outcome must be SKIPPED or FAILED, got " + outcome);
    }
  }
}
