package dev.newsfacet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} and {@code --verbose} options shared by the commands. */
final class IndexOption {
  static final String ENV = "NEWSFACET_INDEX";

  @Option(
      names = {"-i", "--index"},
      paramLabel = "DIR",
      description =
          "Index directory (default: $NEWSFACET_INDEX, else newsfacet-index in the working directory).")
  Path index;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  /**
   * The index directory, which must hold an index. Checked here rather than left to the library,
   * whose message names its own API: a user of the command line is told the command that makes one.
   */
  Path existing() throws java.io.IOException {
    Path dir = dir();
    boolean found = false;
    if (java.nio.file.Files.isDirectory(dir)) {
      try (var files = java.nio.file.Files.list(dir)) {
        found = files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
      }
    }
    if (!found) {
      throw new java.io.IOException(
          "no index at " + dir + "; create one with 'newsfacet index --index " + dir + " PATH...'");
    }
    return dir;
  }

  Path dir() {
    if (index != null) {
      return index;
    }
    String env = System.getenv(ENV);
    return Path.of(env == null || env.isBlank() ? "newsfacet-index" : env);
  }
}
