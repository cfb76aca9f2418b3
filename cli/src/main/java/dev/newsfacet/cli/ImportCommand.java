package dev.newsfacet.cli;

import dev.newsfacet.IndexOptions;
import dev.newsfacet.NewsIndex;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsfacet import}: reads canonical JSON Lines back, exactly as exported. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Add the articles of files written by 'newsfacet export --out' (- for stdin).",
      "They are added exactly as exported: no extraction, stories and provenance kept."
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files, - for stdin.")
  List<String> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IndexOptions options =
        IndexOptions.builder().extractEntities(false).detectDuplicates(false).build();
    long total = 0;
    try (NewsIndex idx = NewsIndex.open(index.dir(), options)) {
      for (String f : files) {
        try (InputStream in = f.equals("-") ? System.in : Files.newInputStream(Path.of(f))) {
          total += idx.importArticles(in);
        } catch (IllegalArgumentException e) {
          throw new java.io.IOException(f + ": " + e.getMessage(), e);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "imported %d articles into %s%n", total, index.dir());
    out.flush();
    return 0;
  }
}
