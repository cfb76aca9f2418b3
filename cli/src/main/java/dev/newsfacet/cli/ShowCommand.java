package dev.newsfacet.cli;

import dev.newsfacet.Article;
import dev.newsfacet.NewsIndex;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfacet show}: one article with its body and facet values. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article by id.")
final class ShowCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "ID", description = "The article id, as shown by search.")
  String id;

  @Option(names = "--json", description = "Print the article as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Optional<Article> found;
    try (NewsIndex idx = NewsIndex.openReadOnly(index.existing())) {
      found = idx.get(id);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("newsfacet: no article with id '" + id + "'");
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonViews.pretty(JsonViews.article(found.get())));
    } else {
      ArticlePrinter.print(out, Style.detect(), found.get());
    }
    out.flush();
    return 0;
  }
}
