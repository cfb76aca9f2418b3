package dev.newsfacet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Writes a run's results: results.md, queries.csv, indexing.csv, results.json and the chart. */
final class Results {
  private Results() {}

  static void write(Harness.Options o, Path corpus, List<BenchQuery> mix, Harness.Outcome out)
      throws IOException {
    Path dir = o.results();
    Files.createDirectories(dir);
    Properties manifest = new Properties();
    try (var r =
        Files.newBufferedReader(corpus.resolve(CorpusGenerator.MANIFEST), StandardCharsets.UTF_8)) {
      manifest.load(r);
    }
    Map<String, Object> machine = machine();
    String md = markdown(o, manifest, machine, mix, out);
    Files.writeString(dir.resolve("results.md"), md, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("queries.csv"), queriesCsv(out), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("indexing.csv"), indexingCsv(out), StandardCharsets.UTF_8);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", o.command());
    json.put("articles", o.articles());
    json.put("seed", o.seed());
    json.put("machine", machine);
    json.put("corpus", manifest);
    json.put("indexing", out.indexing());
    List<Map<String, Object>> q = new ArrayList<>();
    for (Harness.EngineQueries e : out.queries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("engine", e.engine());
      m.put("openSeconds", e.openSeconds());
      m.put("rounds", e.rounds());
      m.put("loadBefore", e.loadBefore());
      m.put("loadAfter", e.loadAfter());
      m.put("cpuSeconds", e.cpuSeconds());
      m.put("wallSeconds", e.wallSeconds());
      m.put("queries", e.queries());
      q.add(m);
    }
    json.put("queries", q);
    json.put(
        "mix", mix.stream().map(b -> Map.of("name", b.name(), "query", b.describe())).toList());
    json.put("disagreements", out.disagreements());
    json.put("facetDifferences", out.facetDifferences());
    new ObjectMapper()
        .writerWithDefaultPrettyPrinter()
        .writeValue(dir.resolve("results.json").toFile(), json);
    List<Chart.Series> series = new ArrayList<>();
    for (Harness.EngineQueries e : out.queries()) {
      List<Chart.Point> points = new ArrayList<>();
      for (Harness.QueryStats s : e.queries()) {
        points.add(new Chart.Point(s.hits(), s.p50Ms(), s.p99Ms()));
      }
      series.add(new Chart.Series(e.engine(), points));
    }
    Chart.draw(
        series,
        String.format(
            Locale.ROOT,
            "Query latency against hit count, %s articles (%d queries, p50 and p99)",
            Harness.label(o.articles()),
            mix.size()),
        dir.resolve("latency-vs-hits.png"));
    System.out.println();
    System.out.println(md);
    Harness.log("results written to %s", dir.toAbsolutePath());
  }

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    m.put("cpuModel", procValue("/proc/cpuinfo", "model name"));
    m.put("memory", procValue("/proc/meminfo", "MemTotal"));
    m.put(
        "jdk",
        System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.vm.name")
            + " "
            + Runtime.version());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    return m;
  }

  private static String procValue(String file, String key) {
    try {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }

  private static String markdown(
      Harness.Options o,
      Properties manifest,
      Map<String, Object> machine,
      List<BenchQuery> mix,
      Harness.Outcome out) {
    StringBuilder sb = new StringBuilder();
    long articles = Long.parseLong(manifest.getProperty("articles"));
    sb.append(f("## %s articles (seed %d)%n%n", Harness.label(o.articles()), o.seed()));
    sb.append(
        f(
            "Run %s on %s CPUs (%s), %s memory, %s, %s.%n%n",
            machine.get("date"),
            machine.get("cpus"),
            machine.get("cpuModel"),
            machine.get("memory"),
            machine.get("jdk"),
            machine.get("os")));
    sb.append(f("Command: `%s`%n%n", o.command()));
    sb.append(
        f(
            "Corpus: %,d articles, %,.1f MB of JSON Lines in %s files, %,.0f bytes of title and body"
                + " an article on average.%n%n",
            articles,
            Long.parseLong(manifest.getProperty("bytes")) / 1e6,
            manifest.getProperty("files"),
            Double.parseDouble(manifest.getProperty("text.bytes")) / articles));

    sb.append(
        f(
            "### Indexing%n%nEnd to end: read the JSON Lines, parse, extract (newsfacet only), index,"
                + " commit. Each build runs in a JVM of its own with -Xmx%s. MB are of JSON Lines"
                + " input. *Heap after GC* is the largest heap in use after a collection: with G1 it"
                + " includes old objects not yet reclaimed, so it nears the limit whenever the old"
                + " generation fills between mixed collections; it bounds the live set from above and"
                + " is not the live set.%n%n",
            o.heap()));
    sb.append(
        "| engine | threads | wall s | MB/s | articles/s | CPU s | MB per CPU-s | peak heap |"
            + " heap after GC | peak RSS | GCs (ms) | index size | load avg before → after |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (IndexRun r : out.indexing()) {
      ResourceMeter.Usage u = r.usage();
      sb.append(
          f(
              "| %s | %d | %.1f | %.2f | %,.0f | %.1f | %.2f | %s | %s | %s | %d (%,d) | %s | %.2f → %.2f |%n",
              r.engine(),
              r.threads(),
              u.wallSeconds(),
              r.mbPerSecond(),
              r.articlesPerSecond(),
              u.cpuSeconds(),
              r.mbPerCpuSecond(),
              Harness.mb(u.peakHeapBytes()),
              Harness.mb(u.liveAfterGcBytes()),
              Harness.mb(u.peakRssBytes()),
              u.gcCount(),
              u.gcMillis(),
              Harness.mb(r.indexBytes()),
              u.loadBefore(),
              u.loadAfter()));
    }

    sb.append(
        f(
            "%n### Queries%n%nThe fixed mix of %d queries (below), one thread, after warm-up;"
                + " latency of the whole call (parse, search, count, facets, page of hits with"
                + " stored fields, ids and titles; no engine builds snippets). Percentiles pool"
                + " every"
                + " measured run of every query; *faceted* is the queries that count party and"
                + " year.%n%n",
            mix.size()));
    sb.append(
        "| engine | open s | p50 ms | p99 ms | faceted p50 ms | faceted p99 ms | browse all by"
            + " party+year p50 / p99 ms | mean ms | CPU ms per query | rounds | load avg before →"
            + " after |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Harness.EngineQueries e : out.queries()) {
      long[] all = Report.concat(e.samples().values());
      long[] faceted = faceted(e, mix);
      Harness.QueryStats browse = stats(e, QueryMix.BROWSE);
      double cpu =
          e.queries().stream().mapToDouble(Harness.QueryStats::cpuMsMean).average().orElse(0);
      sb.append(
          f(
              "| %s | %.2f | %s | %s | %s | %s | %s / %s | %s | %s | %d | %.2f → %.2f |%n",
              e.engine(),
              e.openSeconds(),
              ms(Report.percentileMs(all, 50)),
              ms(Report.percentileMs(all, 99)),
              ms(Report.percentileMs(faceted, 50)),
              ms(Report.percentileMs(faceted, 99)),
              ms(browse.p50Ms()),
              ms(browse.p99Ms()),
              ms(Report.meanMs(all)),
              ms(cpu),
              e.rounds(),
              e.loadBefore(),
              e.loadAfter()));
    }

    sb.append(goals(o, mix, out));

    sb.append("\n### Per query (p50 / p99 ms)\n\n| query | what | hits |");
    for (Harness.EngineQueries e : out.queries()) {
      sb.append(' ').append(e.engine()).append(" |");
    }
    sb.append("\n|---|---|---:|");
    sb.append("---:|".repeat(out.queries().size()));
    sb.append('\n');
    for (BenchQuery q : mix) {
      long hits =
          out.queries().get(0).queries().stream()
              .filter(s -> s.query().equals(q.name()))
              .findFirst()
              .orElseThrow()
              .hits();
      sb.append(f("| %s | `%s` | %,d |", q.name(), q.describe().replace("|", "\\|"), hits));
      for (Harness.EngineQueries e : out.queries()) {
        Harness.QueryStats s = stats(e, q.name());
        sb.append(f(" %s / %s |", ms(s.p50Ms()), ms(s.p99Ms())));
      }
      sb.append('\n');
    }
    sb.append("\n### Correctness\n\n");
    if (out.disagreements().isEmpty()) {
      sb.append(
          f(
              "Every query of the mix found the same number of articles on %s.%n",
              String.join(", ", o.engines())));
    } else {
      sb.append(f("**%d hit counts disagree:**%n%n", out.disagreements().size()));
      for (String d : out.disagreements()) {
        sb.append("- ").append(d).append('\n');
      }
    }
    if (out.facetDifferences().isEmpty()) {
      sb.append(
          "\nThe party and year counts agree too, on every faceted query (all values compared, not"
              + " only the top 10).\n");
    } else {
      sb.append(
          f(
              "%n**Party or year counts differ on %d checks** although the hit counts agree"
                  + " (values newsfacet's extraction added to articles without party metadata):%n%n",
              out.facetDifferences().size()));
      for (String d : out.facetDifferences()) {
        sb.append("- ").append(d).append('\n');
      }
    }
    return sb.toString();
  }

  private static String goals(Harness.Options o, List<BenchQuery> mix, Harness.Outcome out) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        f(
            "%n### Goals of issue 5%n%n%s%n%n| goal | measured | verdict |%n|---|---|---|%n",
            o.articles() == 1_000_000
                ? "Measured at the issue's configuration, 1M articles."
                : "The goals are stated for 1M articles; at "
                    + Harness.label(o.articles())
                    + " they are indicative."));
    IndexRun nf = best(out, "newsfacet");
    IndexRun lu = nf == null ? null : byThreads(out, "lucene", nf.threads());
    IndexRun sq = best(out, "sqlite");
    if (nf != null) {
      double v = nf.mbPerSecond();
      sb.append(
          f(
              "| indexing with extraction ≥ 25 MB/s (stretch 35) | %.1f MB/s on %d threads | %s |%n",
              v, nf.threads(), v >= 35 ? "met (stretch)" : v >= 25 ? "met" : "missed"));
      if (sq != null) {
        double ratio = v / sq.mbPerSecond();
        sb.append(
            f(
                "| indexing ≥ 1.25 × SQLite FTS5 | %.2f × (%.1f vs %.1f MB/s) | %s |%n",
                ratio, v, sq.mbPerSecond(), ratio >= 1.25 ? "met" : "missed"));
      }
      if (lu != null) {
        double ratio = v / lu.mbPerSecond();
        sb.append(
            f(
                "| indexing ≥ 0.8 × plain Lucene (no extraction), same threads | %.2f × (%.1f vs %.1f"
                    + " MB/s) | %s |%n",
                ratio, v, lu.mbPerSecond(), ratio >= 0.8 ? "met" : "missed"));
      }
      long maxPeak = 0;
      for (IndexRun r : out.indexing()) {
        if (r.engine().equals("newsfacet")) {
          maxPeak = Math.max(maxPeak, r.usage().peakHeapBytes());
        }
      }
      sb.append(
          f(
              "| indexing in a JVM of at most 2 GB heap | finished with -Xmx%s, peak heap in use %s |"
                  + " %s |%n",
              o.heap(),
              Harness.mb(maxPeak),
              o.inProcess()
                  ? "not checked (in-process run)"
                  : heapOk(o.heap()) ? "met" : "not checked"));
    }
    Harness.EngineQueries nq = queries(out, "newsfacet");
    Harness.EngineQueries sqq = queries(out, "sqlite");
    if (nq != null) {
      long[] faceted = faceted(nq, mix);
      double p50 = Report.percentileMs(faceted, 50);
      double p99 = Report.percentileMs(faceted, 99);
      sb.append(
          f("| faceted queries p50 ≤ 2 ms | %s ms | %s |%n", ms(p50), p50 <= 2 ? "met" : "missed"));
      sb.append(
          f(
              "| faceted queries p99 ≤ 30 ms | %s ms | %s |%n",
              ms(p99), p99 <= 30 ? "met" : "missed"));
      Harness.QueryStats browse = stats(nq, QueryMix.BROWSE);
      sb.append(
          f(
              "| browse all by party and year ≤ 15 ms (stretch 10) | p50 %s ms, p99 %s ms | %s |%n",
              ms(browse.p50Ms()),
              ms(browse.p99Ms()),
              browse.p50Ms() <= 10 ? "met (stretch)" : browse.p50Ms() <= 15 ? "met" : "missed"));
      if (sqq != null) {
        double ratio = Report.percentileMs(faceted(sqq, mix), 50) / p50;
        List<Double> perQuery = new ArrayList<>();
        for (BenchQuery q : mix) {
          if (q.facets()) {
            perQuery.add(stats(sqq, q.name()).p50Ms() / stats(nq, q.name()).p50Ms());
          }
        }
        perQuery.sort(null);
        double median = perQuery.isEmpty() ? Double.NaN : perQuery.get(perQuery.size() / 2);
        sb.append(
            f(
                "| faceted queries ≥ 20 × faster than SQLite FTS5 at the median | %.1f × (median"
                    + " of the per-query ratios %.1f ×) | %s |%n",
                ratio, median, ratio >= 20 ? "met" : "missed"));
      }
    }
    return sb.toString();
  }

  private static boolean heapOk(String heap) {
    String h = heap.toLowerCase(Locale.ROOT);
    try {
      if (h.endsWith("g")) {
        return Double.parseDouble(h.substring(0, h.length() - 1)) <= 2;
      }
      if (h.endsWith("m")) {
        return Double.parseDouble(h.substring(0, h.length() - 1)) <= 2048;
      }
    } catch (NumberFormatException e) {
      return false;
    }
    return false;
  }

  private static IndexRun best(Harness.Outcome out, String engine) {
    IndexRun best = null;
    for (IndexRun r : out.indexing()) {
      if (r.engine().equals(engine) && (best == null || r.threads() > best.threads())) {
        best = r;
      }
    }
    return best;
  }

  private static IndexRun byThreads(Harness.Outcome out, String engine, int threads) {
    for (IndexRun r : out.indexing()) {
      if (r.engine().equals(engine) && r.threads() == threads) {
        return r;
      }
    }
    return null;
  }

  private static Harness.EngineQueries queries(Harness.Outcome out, String engine) {
    return out.queries().stream().filter(e -> e.engine().equals(engine)).findFirst().orElse(null);
  }

  private static Harness.QueryStats stats(Harness.EngineQueries e, String query) {
    return e.queries().stream().filter(s -> s.query().equals(query)).findFirst().orElseThrow();
  }

  private static long[] faceted(Harness.EngineQueries e, List<BenchQuery> mix) {
    List<long[]> parts = new ArrayList<>();
    for (BenchQuery q : mix) {
      if (q.facets()) {
        parts.add(e.samples().get(q.name()));
      }
    }
    return Report.concat(parts);
  }

  private static String queriesCsv(Harness.Outcome out) {
    StringBuilder sb =
        new StringBuilder(
            "engine,query,category,hits,p50_ms,p90_ms,p99_ms,mean_ms,cpu_ms_mean,samples\n");
    for (Harness.EngineQueries e : out.queries()) {
      for (Harness.QueryStats s : e.queries()) {
        sb.append(
            f(
                "%s,%s,%s,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%d%n",
                e.engine(),
                s.query(),
                s.category(),
                s.hits(),
                s.p50Ms(),
                s.p90Ms(),
                s.p99Ms(),
                s.meanMs(),
                s.cpuMsMean(),
                s.samples()));
      }
    }
    return sb.toString();
  }

  private static String indexingCsv(Harness.Outcome out) {
    StringBuilder sb =
        new StringBuilder(
            "engine,threads,articles,input_bytes,index_bytes,wall_s,cpu_s,mb_per_s,articles_per_s,"
                + "mb_per_cpu_s,peak_heap_bytes,live_after_gc_bytes,peak_rss_bytes,gc_count,gc_ms,"
                + "load_before,load_after\n");
    for (IndexRun r : out.indexing()) {
      ResourceMeter.Usage u = r.usage();
      sb.append(
          f(
              "%s,%d,%d,%d,%d,%.3f,%.3f,%.3f,%.1f,%.3f,%d,%d,%d,%d,%d,%.2f,%.2f%n",
              r.engine(),
              r.threads(),
              r.articles(),
              r.inputBytes(),
              r.indexBytes(),
              u.wallSeconds(),
              u.cpuSeconds(),
              r.mbPerSecond(),
              r.articlesPerSecond(),
              r.mbPerCpuSecond(),
              u.peakHeapBytes(),
              u.liveAfterGcBytes(),
              u.peakRssBytes(),
              u.gcCount(),
              u.gcMillis(),
              u.loadBefore(),
              u.loadAfter()));
    }
    return sb.toString();
  }

  private static String ms(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return v < 10 ? f("%.2f", v) : v < 100 ? f("%.1f", v) : f("%,.0f", v);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
