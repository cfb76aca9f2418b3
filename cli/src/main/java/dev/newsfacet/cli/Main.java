package dev.newsfacet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsfacet} command: index a folder of articles, search it with facets. */
@Command(
    name = "newsfacet",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Index news articles and search them with facets by party, person, place and year.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      ExtractCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "The index lives in --index DIR, else $NEWSFACET_INDEX, else ./newsfacet-index.",
      "Exit codes: 0 success, 1 runtime error, 2 usage error."
    })
public final class Main implements Runnable {
  private static final java.util.logging.Logger LUCENE_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Lucene reports JVM tuning hints through java.util.logging; they are not for our users.
    if (!java.util.Arrays.asList(args).contains("--verbose")) {
      LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for {@code main} and for tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new Errors());
    cli.setParameterExceptionHandler(new Errors());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: index, search, show, stats, extract, export or import");
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsfacet " + (v == null ? "(development build)" : v)};
    }
  }
}
