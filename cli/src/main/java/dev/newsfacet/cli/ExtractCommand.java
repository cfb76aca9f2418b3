package dev.newsfacet.cli;

import dev.newsfacet.ArticleReader;
import dev.newsfacet.IndexOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfacet extract}: what would be indexed, without an index. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Show what would be indexed for each file: title, date, source, parties, persons, places, years, body.",
      "--json prints one article object per line (JSON Lines), which 'index' reads back as a corpus."
    })
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files.")
  List<Path> files;

  @Option(names = "--json", description = "Print JSON Lines: one article object per line.")
  boolean json;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "Extra entities (JSON Lines); repeatable.")
  List<Path> gazetteers = List.of();

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    IndexOptions.Builder options = IndexOptions.builder();
    gazetteers.forEach(options::gazetteer);
    ArticleReader reader = ArticleReader.create(options.build());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] failures = {0};
    boolean[] first = {true};
    for (Path file : files) {
      try {
        // Article by article: a large JSON Lines file is read in pieces, not held whole.
        reader.forEach(
            file,
            a -> {
              if (json) {
                out.println(JsonViews.compact(JsonViews.article(a)));
              } else {
                if (!first[0]) {
                  out.println();
                  out.println("─".repeat(60));
                }
                ArticlePrinter.print(out, Style.detect(), a);
              }
              first[0] = false;
            },
            problem -> {
              failures[0]++;
              err.println("newsfacet: " + problem.file() + ": " + problem.reason());
            });
      } catch (IOException e) {
        failures[0]++;
        err.println("newsfacet: " + file + ": " + Errors.message(e));
      }
    }
    out.flush();
    err.flush();
    return failures[0] == 0 ? 0 : 1;
  }
}
