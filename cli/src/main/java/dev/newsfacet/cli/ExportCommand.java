package dev.newsfacet.cli;

import dev.newsfacet.NewsIndex;
import dev.newsfacet.opensearch.ExportOptions;
import dev.newsfacet.opensearch.ExportReport;
import dev.newsfacet.opensearch.ItemFailure;
import dev.newsfacet.opensearch.OpenSearchExporter;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsfacet export}: the canonical JSON Lines file, or an OpenSearch index. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export every article with its extracted values, to a file or to OpenSearch.",
      "--out FILE writes canonical JSON Lines (- for stdout; read it back with 'newsfacet import');",
      "--opensearch URL fills an OpenSearch index with a mapping that searches like newsfacet."
    })
final class ExportCommand implements Callable<Integer> {
  private static final int FAILURES_SHOWN = 20;

  @Mixin IndexOption index;
  @Mixin OpenSearchOptions os;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write JSON Lines here (- for stdout).")
  String out;

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "1",
      description = "Primary shards of a new OpenSearch index (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "1",
      description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Articles per _bulk request (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--batch-mb",
      paramLabel = "MB",
      defaultValue = "5",
      description = "Megabytes per _bulk request at most (default: ${DEFAULT-VALUE}).")
  int batchMb;

  @Option(
      names = "--in-flight",
      paramLabel = "N",
      defaultValue = "2",
      description = "_bulk requests sent at once (default: ${DEFAULT-VALUE}).")
  int inFlight;

  @Option(
      names = "--replace",
      description = "Delete an existing OpenSearch index of that name first.")
  boolean replace;

  @Option(names = "--json", description = "Print the export report as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((out == null) == !os.enabled()) {
      throw new Errors.UsageException(
          "export needs exactly one of --out FILE and --opensearch URL");
    }
    PrintWriter console = spec.commandLine().getOut();
    try (NewsIndex idx = NewsIndex.openReadOnly(index.existing())) {
      if (out != null) {
        return toFile(idx, console);
      }
      ExportOptions options;
      try {
        options =
            ExportOptions.defaults()
                .withShards(shards, replicas)
                .withBatches(batchSize, (long) batchMb << 20, inFlight)
                .withReplace(replace);
      } catch (IllegalArgumentException e) {
        throw new Errors.UsageException(e.getMessage());
      }
      ExportReport r = new OpenSearchExporter(os.config(), options).export(idx);
      print(r, console);
      console.flush();
      return r.failures().isEmpty() ? 0 : 1;
    }
  }

  private int toFile(NewsIndex idx, PrintWriter console) throws java.io.IOException {
    if (out.equals("-")) {
      OutputStream stdout = System.out;
      idx.export(stdout);
      stdout.flush();
      return 0;
    }
    long n;
    Path file = Path.of(out);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      n = idx.export(o);
    }
    // A reader never sees half a file: it appears whole or not at all.
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", file.toString());
      m.put("articles", n);
      m.put("bytes", Files.size(file));
      console.println(JsonViews.pretty(m));
    } else {
      console.printf(Locale.ROOT, "exported %d articles to %s%n", n, file);
    }
    console.flush();
    return 0;
  }

  private void print(ExportReport r, PrintWriter console) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", r.index());
      m.put("articles", r.articles());
      m.put("indexed", r.indexed());
      m.put("failed", r.failures().size());
      m.put("bytes", r.bytes());
      m.put("requests", r.requests());
      m.put("retries", r.retries());
      m.put("seconds", r.elapsed().toMillis() / 1000.0);
      List<Object> failures = new ArrayList<>();
      for (ItemFailure f : r.failures()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("id", f.id());
        fm.put("status", f.status());
        fm.put("reason", f.reason());
        failures.add(fm);
      }
      m.put("failures", failures);
      console.println(JsonViews.pretty(m));
      return;
    }
    console.printf(
        Locale.ROOT,
        "exported %d articles to %s/%s: indexed %d, failed %d%n",
        r.articles(),
        os.config().url(),
        r.index(),
        r.indexed(),
        r.failures().size());
    console.printf(
        Locale.ROOT,
        "  %.1f MB in %d _bulk requests (%d retries), %.1f s, %.0f articles/s, %.2f MB/s%n",
        r.bytes() / 1048576.0,
        r.requests(),
        r.retries(),
        r.elapsed().toMillis() / 1000.0,
        r.articlesPerSecond(),
        r.megabytesPerSecond());
    int shown = 0;
    for (ItemFailure f : r.failures()) {
      if (shown++ == FAILURES_SHOWN) {
        console.printf(Locale.ROOT, "  ... and %d more%n", r.failures().size() - FAILURES_SHOWN);
        break;
      }
      console.printf(Locale.ROOT, "  failed %s: HTTP %d %s%n", f.id(), f.status(), f.reason());
    }
  }
}
