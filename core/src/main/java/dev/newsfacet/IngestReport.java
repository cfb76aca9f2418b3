package dev.newsfacet;

import java.util.List;

/**
 * What {@link NewsIndex#ingest} did: every file it saw is counted once in exactly one of added,
 * updated, unchanged, skipped and failed.
 *
 * @param files files seen
 * @param added files whose articles were all new
 * @param updated files with at least one article that replaced an existing one
 * @param unchanged files already indexed as they are, not read again
 * @param skipped files not read, with a reason in {@link #problems()}
 * @param failed files from which nothing could be indexed, with a reason in {@link #problems()}
 * @param failedRecords records that could not be indexed from files that were otherwise indexed
 *     (added or updated), each with a reason in {@link #problems()}; a piece of a large JSON Lines
 *     file that could not be read at all counts as one
 * @param articles articles indexed
 * @param bytes bytes read
 * @param problems skipped and failed files, and failed records ({@code FILE#N}) of files that were
 *     otherwise indexed, in path order
 * @param duplicates indexed articles that copy an article indexed before them, in path order
 */
public record IngestReport(
    int files,
    int added,
    int updated,
    int unchanged,
    int skipped,
    int failed,
    int failedRecords,
    long articles,
    long bytes,
    List<FileProblem> problems,
    List<Duplicate> duplicates) {
  /** Validates and copies. */
  public IngestReport {
    if (added + updated + unchanged + skipped + failed != files) {
      throw new IllegalArgumentException(
          "outcomes "
              + added
              + "+"
              + updated
              + "+"
              + unchanged
              + "+"
              + skipped
              + "+"
              + failed
              + " do not add up to "
              + files
              + " files");
    }
    if (failedRecords < 0) {
      throw new IllegalArgumentException("failedRecords must be >= 0, got " + failedRecords);
    }
    problems = List.copyOf(problems);
    duplicates = List.copyOf(duplicates);
  }
}
