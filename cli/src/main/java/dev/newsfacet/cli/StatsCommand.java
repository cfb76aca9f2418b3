package dev.newsfacet.cli;

import dev.newsfacet.Dimension;
import dev.newsfacet.IndexStats;
import dev.newsfacet.NewsIndex;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsfacet stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Summarise the index: articles, date span, undated articles, distinct values per dimension.")
final class StatsCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IndexStats s;
    try (NewsIndex idx = NewsIndex.openReadOnly(index.existing())) {
      s = idx.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonViews.pretty(JsonViews.stats(s)));
    } else {
      out.printf(Locale.ROOT, "%-16s %d%n", "articles", s.articles());
      out.printf(
          Locale.ROOT,
          "%-16s %s to %s%n",
          "published",
          s.earliest().map(Object::toString).orElse("-"),
          s.latest().map(Object::toString).orElse("-"));
      out.printf(Locale.ROOT, "%-16s %d%n", "undated", s.undated());
      for (Dimension d : Dimension.values()) {
        out.printf(
            Locale.ROOT,
            "%-16s %d distinct%n",
            d.fieldName(),
            s.cardinalities().getOrDefault(d, 0));
      }
    }
    out.flush();
    return 0;
  }
}
