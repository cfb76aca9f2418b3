package dev.newsfacet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is a pure function of its seed and size. */
class CorpusGeneratorTest {
  @TempDir Path tmp;

  private static CorpusGenerator.Config config(
      long seed, CorpusGenerator.Format format, int threads) {
    return new CorpusGenerator.Config(700, seed, format, 250, threads);
  }

  @Test
  void sameSeedGivesTheSameBytes() throws IOException {
    new CorpusGenerator(config(7, CorpusGenerator.Format.MIXED, 1)).write(tmp.resolve("a"));
    new CorpusGenerator(config(7, CorpusGenerator.Format.MIXED, 3)).write(tmp.resolve("b"));
    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertThat(a.keySet()).isEqualTo(b.keySet());
    assertThat(a.keySet()).anyMatch(f -> f.endsWith(".md")).anyMatch(f -> f.endsWith(".txt"));
    for (String f : a.keySet()) {
      assertThat(Arrays.equals(a.get(f), b.get(f))).as(f).isTrue();
    }
  }

  @Test
  void anotherSeedGivesAnotherCorpus() throws IOException {
    new CorpusGenerator(config(7, CorpusGenerator.Format.JSONL, 2)).write(tmp.resolve("a"));
    new CorpusGenerator(config(8, CorpusGenerator.Format.JSONL, 2)).write(tmp.resolve("b"));
    Path f = Path.of("jsonl", "articles-00000.jsonl");
    assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
        .isNotEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
  }

  @Test
  void articlesLookLikeNews() throws IOException {
    CorpusGenerator.Summary s =
        new CorpusGenerator(config(42, CorpusGenerator.Format.JSONL, 2)).write(tmp);
    assertThat(s.files()).isEqualTo(3);
    double mean = (double) s.textBytes() / s.articles();
    assertThat(mean).isBetween(1500.0, 3000.0);
    List<String> lines = Files.readAllLines(tmp.resolve("jsonl").resolve("articles-00000.jsonl"));
    assertThat(lines).hasSize(250);
    assertThat(lines).anyMatch(l -> l.contains("\"party\":["));
    assertThat(lines).anyMatch(l -> !l.contains("\"party\":["));
    assertThat(lines).anyMatch(l -> l.contains("Photo: "));
    assertThat(lines).allMatch(l -> l.startsWith("{\"id\":\"gen-"));
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
