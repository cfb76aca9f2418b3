package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.IndexOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: extraction throughput over the testdata articles repeated to about
 * 20 MB of text, on one thread, printed in MB/s. Nothing is asserted about the speed.
 */
class ExtractionThroughputTest {
  private static final Path ARTICLES = Path.of("..", "testdata", "articles");
  private static final long TARGET_BYTES = 20L * 1024 * 1024;

  @Test
  void printsExtractionThroughput() throws IOException {
    ArticleReader reader =
        ArticleReader.create(IndexOptions.builder().extractEntities(false).build());
    List<Article> articles = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ARTICLES)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      List<Article> read;
      try {
        read = reader.read(f);
      } catch (IOException e) {
        continue; // a deliberately broken file of the corpus
      }
      for (Article a : read) {
        // Empty dimensions, so every article is extracted in full.
        articles.add(a.toBuilder().parties(List.of()).persons(List.of()).places(List.of()).build());
      }
    }
    long corpusBytes = 0;
    for (Article a : articles) {
      corpusBytes += bytes(a);
    }
    assertThat(corpusBytes).isPositive();
    int rounds = (int) Math.max(1, TARGET_BYTES / corpusBytes);
    Extractor extractor = Extractor.create(List.of());

    long sink = 0;
    // Warm up (the JIT compiles the hot paths) on about a quarter of the measured text.
    for (int warm = 0; warm < Math.max(2, rounds / 4); warm++) {
      for (Article a : articles) {
        sink += extractor.enrich(a).parties().size();
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Article a : articles) {
        sink += extractor.enrich(a).parties().size();
      }
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = cpuTime ? threads.getCurrentThreadCpuTime() - cpuStart : nanos;
    double mb = (double) corpusBytes * rounds / (1024 * 1024);
    System.out.println(
        String.format(
            Locale.ROOT,
            "Extraction throughput: %.1f MB in %.2f s = %.1f MB/s wall clock, %.1f MB/s per core"
                + " (thread CPU time), one thread (%d articles x %d rounds)",
            mb,
            nanos / 1e9,
            mb / (nanos / 1e9),
            mb / (cpuNanos / 1e9),
            articles.size(),
            rounds));
    assertThat(sink).isPositive();
  }

  private static long bytes(Article a) {
    long n = a.body().getBytes(StandardCharsets.UTF_8).length;
    if (a.title() != null) {
      n += a.title().getBytes(StandardCharsets.UTF_8).length;
    }
    for (String c : a.captions()) {
      n += c.getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
