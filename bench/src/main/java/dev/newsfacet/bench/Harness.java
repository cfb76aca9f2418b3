package dev.newsfacet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The whole-process benchmark: generates (or reuses) a corpus, indexes it with newsfacet (public
 * API, extraction on), plain Lucene and SQLite FTS5 on 1 and 2 threads, each in a JVM of its own
 * with a bounded heap, then runs the fixed query mix on each engine, checks that every query finds
 * the same articles and the same party and year counts everywhere, and writes Markdown, CSV, JSON
 * and a PNG chart.
 *
 * <pre>
 * bench/run --articles 100000              # everyday, a few minutes
 * bench/run --articles 1000                # tiny smoke
 * bench/run --articles 1000000             # the configuration
 * </pre>
 */
public final class Harness {
  /** Everything one run is told. */
  record Options(
      long articles,
      long seed,
      Path work,
      Path results,
      List<String> engines,
      List<Integer> threads,
      String heap,
      boolean inProcess,
      int warmupRounds,
      double warmupSeconds,
      int rounds,
      double secondsPerEngine,
      boolean keepIndexes,
      boolean reuseIndexes,
      Path jfr,
      String command) {}

  /** A query's measurements on one engine. */
  record QueryStats(
      String query,
      String category,
      long hits,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double meanMs,
      double cpuMsMean,
      int samples) {}

  /** One engine's query phase. */
  record EngineQueries(
      String engine,
      double openSeconds,
      int rounds,
      double loadBefore,
      double loadAfter,
      double cpuSeconds,
      double wallSeconds,
      List<QueryStats> queries,
      Map<String, long[]> samples) {}

  /**
   * What a run produced.
   *
   * @param disagreements queries whose hit counts (or page sizes) differ between engines: the
   *     engines do not answer the same question, and the run fails
   * @param facetDifferences party or year counts that differ although the hit counts agree: with
   *     every article's party in its metadata, these are values newsfacet's extraction added to an
   *     article without party metadata (reported loudly, but not a failure of the harness)
   */
  record Outcome(
      List<IndexRun> indexing,
      List<EngineQueries> queries,
      List<String> disagreements,
      List<String> facetDifferences,
      Map<String, Map<String, Engine.Result>> reference) {}

  private static final int ALL_VALUES = 100_000;

  static {
    // Before any logger exists: newsfacet's INFO lines would drown the harness's own output.
    quietLogging();
  }

  private Harness() {}

  public static void main(String[] args) throws Exception {
    quietLogging();
    System.setProperty("java.awt.headless", "true");
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("harness: " + e.getMessage());
      System.exit(2);
      return;
    }
    Outcome outcome = run(o);
    if (!outcome.disagreements().isEmpty()) {
      System.exit(3);
    }
  }

  static void quietLogging() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  static Options parse(String[] args) {
    long articles = 100_000;
    long seed = 42;
    Path work = null;
    Path results = null;
    List<String> engines = List.of("newsfacet", "lucene", "sqlite");
    List<Integer> threads = List.of(1, 2);
    String heap = "2g";
    boolean inProcess = false;
    int warmup = 3;
    double warmupSeconds = 0;
    int rounds = 15;
    double seconds = 150;
    boolean keep = false;
    boolean reuse = false;
    Path jfr = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--articles" -> articles = Long.parseLong(value(args, ++i, a).replace("_", ""));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--work" -> work = Path.of(value(args, ++i, a));
        case "--results" -> results = Path.of(value(args, ++i, a));
        case "--engines" -> engines = List.of(value(args, ++i, a).split(","));
        case "--threads" ->
            threads = Stream.of(value(args, ++i, a).split(",")).map(Integer::valueOf).toList();
        case "--heap" -> heap = value(args, ++i, a);
        case "--in-process" -> inProcess = true;
        case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
        case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(value(args, ++i, a));
        case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, a));
        case "--seconds-per-engine" -> seconds = Double.parseDouble(value(args, ++i, a));
        case "--keep-indexes" -> keep = true;
        case "--reuse-indexes" -> reuse = true;
        case "--jfr" -> jfr = Path.of(value(args, ++i, a));
        case "--help", "-h" -> throw new IllegalArgumentException(usage());
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
      }
    }
    for (String e : engines) {
      Engine.byName(e);
    }
    if (work == null) {
      work = Path.of("bench", "target", "work");
    }
    if (results == null) {
      results = Path.of("bench", "results", label(articles));
    }
    return new Options(
        articles,
        seed,
        work,
        results,
        engines,
        threads,
        heap,
        inProcess,
        warmup,
        warmupSeconds,
        rounds,
        seconds,
        keep,
        reuse,
        jfr,
        "bench/run " + String.join(" ", args));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static String usage() {
    return "usage: Harness [--articles N] [--seed S] [--work DIR] [--results DIR]"
        + " [--engines newsfacet,lucene,sqlite] [--threads 1,2] [--heap 2g] [--in-process]"
        + " [--warmup ROUNDS] [--warmup-seconds S] [--rounds ROUNDS] [--seconds-per-engine S] [--keep-indexes]"
        + " [--reuse-indexes] [--jfr DIR]";
  }

  static String label(long articles) {
    if (articles % 1_000_000 == 0) {
      return (articles / 1_000_000) + "M";
    }
    if (articles % 1000 == 0) {
      return (articles / 1000) + "K";
    }
    return Long.toString(articles);
  }

  /** Runs the whole benchmark. */
  static Outcome run(Options o) throws Exception {
    Files.createDirectories(o.work());
    Files.createDirectories(o.results());
    Path corpus = ensureCorpus(o);
    Path jsonl = corpus.resolve("jsonl");
    log(
        "corpus %s: %s",
        corpus,
        Files.readString(corpus.resolve(CorpusGenerator.MANIFEST))
            .lines()
            .filter(l -> l.startsWith("bytes") || l.startsWith("text"))
            .toList());

    List<IndexRun> indexing = new ArrayList<>();
    Map<String, Path> queryIndex = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String name : o.engines()) {
      Engine engine = Engine.byName(name);
      List<Integer> threads = engine.parallelIndexing() ? o.threads() : List.of(1);
      for (int t : threads) {
        Path index = o.work().resolve("index-" + name + "-" + label(o.articles()) + "-t" + t);
        Path resultFile = index.resolveSibling(index.getFileName() + ".json");
        IndexRun run;
        boolean last = t == threads.get(threads.size() - 1);
        if (o.reuseIndexes() && Files.exists(resultFile) && (Files.exists(index) || !last)) {
          run = json.readValue(resultFile.toFile(), IndexRun.class);
          log("reusing %s index (%d threads): %s", name, t, index);
        } else {
          deleteTree(index);
          log("indexing with %s on %d thread(s) ...", name, t);
          run =
              o.inProcess()
                  ? IndexChild.run(engine, t, jsonl, index)
                  : child(o, name, t, jsonl, index, resultFile);
          json.writerWithDefaultPrettyPrinter().writeValue(resultFile.toFile(), run);
        }
        indexing.add(run);
        log(
            "  %s t%d: %,d articles, %.1f s, %.2f MB/s, %.2f MB/CPU-s, peak heap %s, index %s",
            name,
            t,
            run.articles(),
            run.usage().wallSeconds(),
            run.mbPerSecond(),
            run.mbPerCpuSecond(),
            mb(run.usage().peakHeapBytes()),
            mb(run.indexBytes()));
        Path previous = queryIndex.put(name, index);
        if (previous != null && !o.keepIndexes()) {
          deleteTree(previous); // its measurements stay in the .json beside it
        }
      }
    }

    List<BenchQuery> mix = QueryMix.queries();
    Map<String, Map<String, Engine.Result>> reference = new LinkedHashMap<>();
    List<EngineQueries> queries = new ArrayList<>();
    for (String name : o.engines()) {
      queries.add(measureQueries(o, Engine.byName(name), queryIndex.get(name), mix, reference));
    }
    List<String> disagreements = new ArrayList<>();
    List<String> facetDifferences = new ArrayList<>();
    compare(mix, reference, disagreements, facetDifferences);
    if (disagreements.isEmpty()) {
      log("all %d queries find the same number of articles on %s", mix.size(), o.engines());
    } else {
      System.err.println();
      System.err.println(
          "!!!!!!!! ENGINES DISAGREE on " + disagreements.size() + " hit count(s) !!!!!!!!");
      disagreements.forEach(d -> System.err.println("  DISAGREEMENT " + d));
      System.err.println();
    }
    if (facetDifferences.isEmpty()) {
      log("party and year counts agree on every faceted query (all values compared)");
    } else {
      System.err.println();
      System.err.println(
          "!!!!!!!! FACET COUNTS DIFFER on "
              + facetDifferences.size()
              + " check(s) (hit counts agree) !!!!!!!!");
      facetDifferences.forEach(d -> System.err.println("  FACET DIFFERENCE " + d));
      System.err.println();
    }
    Outcome outcome = new Outcome(indexing, queries, disagreements, facetDifferences, reference);
    Results.write(o, corpus, mix, outcome);
    return outcome;
  }

  /** The corpus the options ask for, generated again unless one written the same way is there. */
  static Path ensureCorpus(Options o) throws IOException {
    Path dir = o.work().resolve("corpus-" + label(o.articles()) + "-seed" + o.seed());
    Path manifest = dir.resolve(CorpusGenerator.MANIFEST);
    if (Files.isRegularFile(manifest)) {
      Properties p = new Properties();
      try (var r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      if (Objects.equals(
              p.getProperty("generator.version"), Integer.toString(CorpusGenerator.VERSION))
          && Objects.equals(p.getProperty("gazetteer.crc32"), GazetteerNames.fingerprint())
          && Objects.equals(p.getProperty("articles"), Long.toString(o.articles()))
          && Objects.equals(p.getProperty("format"), "jsonl")) {
        return dir;
      }
    }
    deleteTree(dir);
    log("generating %,d articles (seed %d) into %s ...", o.articles(), o.seed(), dir);
    long t0 = System.nanoTime();
    CorpusGenerator.Summary s =
        new CorpusGenerator(CorpusGenerator.Config.of(o.articles(), o.seed())).write(dir);
    log(
        "  %,d files, %.1f MB, %.0f bytes of title and body an article, %.1f s",
        s.files(),
        s.bytes() / 1e6,
        (double) s.textBytes() / s.articles(),
        (System.nanoTime() - t0) / 1e9);
    return dir;
  }

  private static IndexRun child(
      Options o, String engine, int threads, Path jsonl, Path index, Path result)
      throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    if (o.jfr() != null) {
      // A profile of exactly the measured build (sampling costs about 1%).
      Files.createDirectories(o.jfr());
      cmd.add(
          "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
              + o.jfr().resolve("index-" + engine + "-t" + threads + ".jfr"));
    }
    cmd.addAll(
        List.of(
            "-Xmx" + o.heap(),
            "--enable-native-access=ALL-UNNAMED",
            // Lucene's vectorised code paths, as Lucene recommends (prints one warning).
            "--add-modules",
            "jdk.incubator.vector",
            "-cp",
            System.getProperty("java.class.path"),
            IndexChild.class.getName(),
            engine,
            Integer.toString(threads),
            jsonl.toString(),
            index.toString(),
            result.toString()));
    Files.deleteIfExists(result);
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    int code = p.waitFor();
    if (code != 0 || !Files.exists(result)) {
      throw new IOException(
          engine + " indexing JVM (-Xmx" + o.heap() + ") failed with exit code " + code);
    }
    return new ObjectMapper().readValue(result.toFile(), IndexRun.class);
  }

  private static EngineQueries measureQueries(
      Options o,
      Engine engine,
      Path index,
      List<BenchQuery> mix,
      Map<String, Map<String, Engine.Result>> reference)
      throws Exception {
    log("querying %s ...", engine.name());
    double load0 = ResourceMeter.loadAverage();
    double cpu0 = ResourceMeter.processCpuSeconds();
    long wall0 = System.nanoTime();
    long open0 = System.nanoTime();
    try (Engine.Searcher s = engine.open(index)) {
      double openSeconds = (System.nanoTime() - open0) / 1e9;
      // Correctness: every query once, every facet value.
      Map<String, Engine.Result> full = new LinkedHashMap<>();
      for (BenchQuery q : mix) {
        full.put(q.name(), s.search(q, ALL_VALUES));
      }
      reference.put(engine.name(), full);
      // Warm-up: at least so many rounds and at least so many seconds, so that a fast engine is
      // as warm (JIT-compiled, its index in the page cache) as a slow one after its rounds. The
      // last round's time sets how many measured rounds fit the budget.
      long roundNanos = 0;
      long warmupEnd = System.nanoTime() + (long) (o.warmupSeconds() * 1e9);
      for (int r = 0; r < Math.max(1, o.warmupRounds()) || System.nanoTime() < warmupEnd; r++) {
        long t0 = System.nanoTime();
        for (BenchQuery q : mix) {
          s.search(q, 10);
        }
        roundNanos = System.nanoTime() - t0;
      }
      int rounds =
          (int)
              Math.max(
                  3, Math.min(o.rounds(), o.secondsPerEngine() * 1e9 / Math.max(1, roundNanos)));
      rounds = Math.min(rounds, o.rounds());
      Map<String, long[]> samples = new LinkedHashMap<>();
      Map<String, long[]> cpu = new LinkedHashMap<>();
      for (BenchQuery q : mix) {
        samples.put(q.name(), new long[rounds]);
        cpu.put(q.name(), new long[rounds]);
      }
      QueryCpu queryCpu = new QueryCpu();
      for (int r = 0; r < rounds; r++) {
        queryCpu.refresh();
        for (BenchQuery q : mix) {
          long c0 = queryCpu.nanos();
          long t0 = System.nanoTime();
          s.search(q, 10);
          long t1 = System.nanoTime();
          long c1 = queryCpu.nanos();
          samples.get(q.name())[r] = t1 - t0;
          cpu.get(q.name())[r] = c1 - c0;
        }
      }
      List<QueryStats> stats = new ArrayList<>();
      for (BenchQuery q : mix) {
        long[] ns = samples.get(q.name());
        stats.add(
            new QueryStats(
                q.name(),
                q.category(),
                full.get(q.name()).total(),
                Report.percentileMs(ns, 50),
                Report.percentileMs(ns, 90),
                Report.percentileMs(ns, 99),
                Report.meanMs(ns),
                Report.meanMs(cpu.get(q.name())),
                ns.length));
      }
      EngineQueries eq =
          new EngineQueries(
              engine.name(),
              openSeconds,
              rounds,
              load0,
              ResourceMeter.loadAverage(),
              ResourceMeter.processCpuSeconds() - cpu0,
              (System.nanoTime() - wall0) / 1e9,
              stats,
              samples);
      log(
          "  %s: %d rounds of %d queries, p50 %.2f ms, p99 %.2f ms over the mix",
          engine.name(),
          rounds,
          mix.size(),
          Report.percentileMs(Report.concat(samples.values()), 50),
          Report.percentileMs(Report.concat(samples.values()), 99));
      return eq;
    }
  }

  /**
   * Every difference between the engines, one line each: hit counts and page sizes into {@code
   * out}, party and year counts into {@code facetOut}.
   */
  static void compare(
      List<BenchQuery> mix,
      Map<String, Map<String, Engine.Result>> results,
      List<String> out,
      List<String> facetOut) {
    List<String> engines = new ArrayList<>(results.keySet());
    if (engines.size() < 2) {
      return;
    }
    String first = engines.get(0);
    for (BenchQuery q : mix) {
      Engine.Result a = results.get(first).get(q.name());
      for (String other : engines.subList(1, engines.size())) {
        Engine.Result b = results.get(other).get(q.name());
        if (a.total() != b.total()) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "%s [%s]: total %s=%d, %s=%d",
                  q.name(),
                  q.describe(),
                  first,
                  a.total(),
                  other,
                  b.total()));
        }
        if (a.ids().size() != b.ids().size()) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "%s: page size %s=%d, %s=%d",
                  q.name(),
                  first,
                  a.ids().size(),
                  other,
                  b.ids().size()));
        }
        if (q.facets()) {
          for (String dim : List.of("party", "year")) {
            Map<String, Integer> fa = a.facets().getOrDefault(dim, Map.of());
            Map<String, Integer> fb = b.facets().getOrDefault(dim, Map.of());
            if (!fa.equals(fb)) {
              facetOut.add(
                  String.format(
                      Locale.ROOT,
                      "%s: %s counts differ between %s and %s: %s",
                      q.name(),
                      dim,
                      first,
                      other,
                      diff(fa, fb)));
            }
          }
        }
      }
    }
  }

  private static String diff(Map<String, Integer> a, Map<String, Integer> b) {
    List<String> d = new ArrayList<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      if (!Objects.equals(a.get(k), b.get(k))) {
        d.add(k + " " + a.get(k) + "≠" + b.get(k));
      }
      if (d.size() >= 5) {
        d.add("…");
        break;
      }
    }
    return String.join(", ", d);
  }

  static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
  }

  static void log(String format, Object... args) {
    String ts =
        DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .format(Instant.now().atZone(ZoneOffset.UTC));
    System.out.println("[" + ts + "] " + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
