package dev.newsfacet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.internal.index.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The duplicate fingerprint alone ({@code Fingerprint.of}: word hashes, text hash, signature and
 * band keys) over the bodies of 1,000 generated articles, in microseconds per body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class FingerprintBenchmark {
  private List<String> bodies;
  private Path dir;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Path> files = BenchData.jsonl(1000, 1000);
    dir = files.get(0).getParent().getParent();
    ObjectMapper m = new ObjectMapper();
    bodies = new ArrayList<>();
    for (String line : Files.readAllLines(files.get(0), StandardCharsets.UTF_8)) {
      bodies.add(m.readTree(line).path("text").asText());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    BenchData.delete(dir);
  }

  /** The fingerprint of the next body, round the list. */
  @Benchmark
  public Fingerprint fingerprint() {
    String body = bodies.get(next);
    next = next + 1 == bodies.size() ? 0 : next + 1;
    return Fingerprint.of(body);
  }
}
