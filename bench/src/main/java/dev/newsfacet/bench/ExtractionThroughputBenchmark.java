package dev.newsfacet.bench;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.internal.extract.Extractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entity extraction alone, in MB of text per second on one thread (one core): parties, persons,
 * places, mentions and years of already parsed articles, with their metadata dimensions emptied so
 * that every article is extracted in full. The {@code megabytes} line of the result is the figure
 * (UTF-8 bytes of title, body and captions per second, in millions); the primary score counts
 * passes over the whole set. On a shared machine, {@code megabytesDone / cpuSeconds} (MB per
 * CPU-second) is the steadier figure.
 *
 * <p>Two corpora ({@link #corpus}): {@code news}, every article under {@code testdata} (the test
 * corpus and the gold sets: written news with its names, titles, quotes, datelines and page
 * clutter), and {@code generated}, 1,000 generated articles plus {@code testdata/articles}, the
 * corpus of the indexing benchmarks. Generated text is mostly lower-case filler with a few names
 * from the gazetteer, which the person and place rules pass over quickly: it extracts two to three
 * times faster per byte than news does, so {@code news} is the figure to quote for real articles.
 *
 * <p>Run from the repository root (the articles are read from {@code testdata}): {@code bench/run
 * jmh -f 1 ExtractionThroughputBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ExtractionThroughputBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Which articles: {@code news} (every article under {@code testdata}) or {@code generated}. */
  @Param({"news", "generated"})
  public String corpus;

  private Extractor extractor;
  private List<Article> articles;
  private double megabytes;
  private Path generated;

  /** Throughput counters JMH reports beside the score: {@code megabytes} is MB/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    /** Millions of UTF-8 bytes of article text extracted. */
    public double megabytes;
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Path> files = new ArrayList<>();
    Path testdata;
    if (corpus.equals("generated")) {
      files.addAll(BenchData.jsonl(1000, 1000));
      generated = files.get(0).getParent().getParent();
      testdata = Path.of("testdata", "articles");
    } else if (corpus.equals("news")) {
      testdata = Path.of("testdata");
    } else {
      throw new IllegalArgumentException("corpus must be news or generated, got: " + corpus);
    }
    if (!Files.isDirectory(testdata)) {
      throw new IOException("run from the repository root: no " + testdata.toAbsolutePath());
    }
    try (Stream<Path> walk = Files.walk(testdata)) {
      // The gold answers and the READMEs are not articles.
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".gold") && !p.toString().endsWith(".md"))
          .sorted()
          .forEach(files::add);
    }
    ArticleReader reader =
        ArticleReader.create(IndexOptions.builder().extractEntities(false).build());
    articles = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      List<Article> read;
      try {
        read = reader.read(f);
      } catch (IOException e) {
        continue; // a deliberately broken file of the test corpus
      }
      for (Article a : read) {
        Article empty =
            a.toBuilder().parties(List.of()).persons(List.of()).places(List.of()).build();
        articles.add(empty);
        bytes += utf8(empty.title()) + utf8(empty.body());
        for (String c : empty.captions()) {
          bytes += utf8(c);
        }
      }
    }
    megabytes = bytes / 1e6;
    extractor = Extractor.create(List.of());
  }

  private static long utf8(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (generated != null) {
      BenchData.delete(generated);
    }
  }

  /**
   * Totals JMH reports beside the score, for a figure that a busy machine disturbs less: {@code
   * megabytesDone} divided by {@code cpuSeconds} is MB per CPU-second of the benchmark thread.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    /** CPU time of the benchmark thread spent extracting, in seconds. */
    public double cpuSeconds;

    /** Millions of UTF-8 bytes extracted in that time. */
    public double megabytesDone;
  }

  /** Extracts every article once. */
  @Benchmark
  public void extractAll(Volume volume, CpuTime cpu, Blackhole bh) {
    long before = THREADS.getCurrentThreadCpuTime();
    for (Article a : articles) {
      bh.consume(extractor.enrich(a));
    }
    cpu.cpuSeconds += (THREADS.getCurrentThreadCpuTime() - before) / 1e9;
    cpu.megabytesDone += megabytes;
    volume.megabytes += megabytes;
  }
}
