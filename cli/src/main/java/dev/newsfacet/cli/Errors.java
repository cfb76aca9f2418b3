package dev.newsfacet.cli;

import dev.newsfacet.InvalidQueryException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into one readable line on stderr and an exit code: 2 for usage errors (bad
 * options, a bad query), 1 for runtime errors. The stack trace only with {@code --verbose}.
 */
final class Errors
    implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    boolean verbose =
        parseResult.hasMatchedOption("--verbose")
            || (parseResult.subcommand() != null
                && parseResult.subcommand().hasMatchedOption("--verbose"));
    if (e instanceof InvalidQueryException q) {
      err.println("newsfacet: bad query: " + q.getMessage());
      if (q.position() >= 0 && q.query() != null && q.query().length() <= 200) {
        err.println("  " + q.query());
        err.println("  " + " ".repeat(q.position()) + "^");
      }
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return 2;
    }
    if (e instanceof UsageException) {
      err.println("newsfacet: " + e.getMessage());
      err.flush();
      return 2;
    }
    err.println("newsfacet: " + message(e));
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("  (run with --verbose for details)");
    }
    err.flush();
    return 1;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("newsfacet: " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && "search".equals(cli.getCommandSpec().name())
        && u.getUnmatched().stream().anyMatch(a -> a.startsWith("-") && !a.startsWith("--"))) {
      // "search ceasefire -russia": a word to leave out, read as an option
      err.println(
          "  to leave out a word, quote the query ('ceasefire -russia') or put it after --");
    }
    err.println("  try: " + cli.getCommandSpec().qualifiedName() + " --help");
    err.flush();
    return 2;
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + m;
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + m;
    }
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m.lines().findFirst().orElse(m);
  }

  /** A usage problem found after parsing (a bad filter, say): exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
