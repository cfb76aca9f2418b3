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

  Path dir() {
    if (index != null) {
      return index;
    }
    String env = System.getenv(ENV);
    return Path.of(env == null || env.isBlank() ? "newsfacet-index" : env);
  }
}
