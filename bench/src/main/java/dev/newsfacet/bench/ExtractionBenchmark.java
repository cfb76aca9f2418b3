package dev.newsfacet.bench;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.IndexOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * Reading a JSON Lines shard of 1,000 generated articles (about 2.6 MB) through the public {@link
 * ArticleReader}, with extraction on and off: the difference is what extraction (gazetteer trie,
 * person and place finders, years) costs per article. Throughput in ops/s × 2.6 = MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class ExtractionBenchmark {
  @Param({"true", "false"})
  public boolean extract;

  private ArticleReader reader;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = BenchData.jsonl(1000, 1000).get(0);
    reader = ArticleReader.create(IndexOptions.builder().extractEntities(extract).build());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    BenchData.delete(file.getParent().getParent());
  }

  /** Reads (and with extraction on, enriches) 1,000 articles. */
  @Benchmark
  public List<Article> read() throws IOException {
    return reader.read(file);
  }
}
