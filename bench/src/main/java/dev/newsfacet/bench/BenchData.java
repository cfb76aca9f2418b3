package dev.newsfacet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Generated corpora for the microbenchmarks, written once into a temporary directory. */
final class BenchData {
  private BenchData() {}

  /** Writes {@code articles} generated articles as JSON Lines; returns the shard files. */
  static List<Path> jsonl(int articles, int shardSize) throws IOException {
    Path dir = Files.createTempDirectory("newsfacet-jmh-");
    new CorpusGenerator(
            new CorpusGenerator.Config(articles, 42, CorpusGenerator.Format.JSONL, shardSize, 2))
        .write(dir);
    try (var s = Files.list(dir.resolve("jsonl"))) {
      return s.sorted().toList();
    }
  }

  static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
