package dev.newsfacet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.internal.index.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * Tokenising 1,000 generated articles (about 2.2 MB of title and body): StandardAnalyzer (the plain
 * Lucene peer) against the chain newsfacet indexes title and body with (whitespace, word-delimiter
 * with catenated hyphen parts and possessives dropped, lower case, ASCII folding), taken from core
 * ({@code Schema.analyzer(true)}) so that the benchmark measures what indexing runs. Throughput in
 * ops/s × 2.2 = MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class AnalysisBenchmark {
  @Param({"standard", "newsfacet"})
  public String analyzer;

  private Analyzer a;
  private List<String> texts;
  private Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Path> files = BenchData.jsonl(1000, 1000);
    dir = files.get(0).getParent().getParent();
    ObjectMapper m = new ObjectMapper();
    texts = new ArrayList<>();
    for (String line : Files.readAllLines(files.get(0), StandardCharsets.UTF_8)) {
      var n = m.readTree(line);
      texts.add(n.path("title").asText() + "\n\n" + n.path("text").asText());
    }
    a = analyzer.equals("standard") ? new StandardAnalyzer() : Schema.analyzer(true);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    a.close();
    BenchData.delete(dir);
  }

  /** Tokenises every article; returns the token count. */
  @Benchmark
  public long tokenise() throws IOException {
    long tokens = 0;
    for (String t : texts) {
      try (TokenStream ts = a.tokenStream("body", t)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          tokens += term.length() > 0 ? 1 : 0;
        }
        ts.end();
      }
    }
    return tokens;
  }
}
