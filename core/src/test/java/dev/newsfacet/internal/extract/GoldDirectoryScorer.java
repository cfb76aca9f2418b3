package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.Dimension;
import dev.newsfacet.IndexOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the built-in extractor on a directory of {@code NN.txt} articles with {@code NN.gold}
 * files beside them (three lines, {@code party:}, {@code person:}, {@code place:}, values separated
 * by {@code |}), prints per-dimension precision, recall and F1 with every difference, writes the
 * same to a report file and checks floors.
 */
final class GoldDirectoryScorer {
  /** The goals of the extraction issue: precision and recall (0 where the issue sets none). */
  private static final Map<Dimension, double[]> GOAL =
      Map.of(
          Dimension.PARTY, new double[] {0.95, 0.95},
          Dimension.PERSON, new double[] {0.90, 0.90},
          Dimension.PLACE, new double[] {0, 0.85});

  private static final List<Dimension> DIMENSIONS =
      List.of(Dimension.PARTY, Dimension.PERSON, Dimension.PLACE);

  private GoldDirectoryScorer() {}

  /**
   * Scores {@code directory}, writes {@code report} and asserts each dimension's precision and
   * recall reach {@code floor} (precision, recall).
   */
  static void scoreAndCheck(
      Path directory, String title, Path report, int minArticles, Map<Dimension, double[]> floor)
      throws IOException {
    ArticleReader reader =
        ArticleReader.create(IndexOptions.builder().extractEntities(false).build());
    Extractor extractor = Extractor.create(List.of());
    Map<Dimension, int[]> counts = new EnumMap<>(Dimension.class);
    List<String> errors = new ArrayList<>();
    List<Path> texts;
    try (Stream<Path> files = Files.list(directory)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).hasSizeGreaterThanOrEqualTo(minArticles);
    for (Path text : texts) {
      Article found = extractor.enrich(reader.read(text).get(0));
      Map<Dimension, Set<String>> gold =
          gold(text.resolveSibling(text.getFileName().toString().replace(".txt", ".gold")));
      for (Dimension d : gold.keySet()) {
        Set<String> want = gold.get(d);
        Set<String> got = new LinkedHashSet<>();
        found.values(d).forEach(v -> got.add(fold(v)));
        int[] c = counts.computeIfAbsent(d, k -> new int[3]);
        for (String v : got) {
          if (want.contains(v)) {
            c[0]++;
          } else {
            c[1]++;
            errors.add(text.getFileName() + " " + d + " spurious: " + v);
          }
        }
        for (String v : want) {
          if (!got.contains(v)) {
            c[2]++;
            errors.add(text.getFileName() + " " + d + " missing: " + v);
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# ").append(title).append(" (").append(texts.size()).append(" articles)\n\n");
    out.append(
        "| dimension | gold | precision | recall | F1 | goal P/R |\n|---|---:|---:|---:|---:|---|\n");
    for (Dimension d : DIMENSIONS) {
      int[] c = counts.getOrDefault(d, new int[3]);
      double p = precision(c);
      double r = recall(c);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      double[] goal = GOAL.get(d);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.3f | %.3f | %.3f | %s |%n",
              d,
              c[0] + c[2],
              p,
              r,
              f,
              (p >= goal[0] && r >= goal[1] ? "met" : "not met")
                  + String.format(Locale.ROOT, " (%.2f/%.2f)", goal[0], goal[1])));
    }
    out.append("\n## Differences\n\n");
    errors.forEach(e -> out.append("- ").append(e).append('\n'));
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
    System.out.println(out);

    for (Dimension d : floor.keySet()) {
      int[] c = counts.getOrDefault(d, new int[3]);
      assertThat(precision(c)).as(d + " precision").isGreaterThanOrEqualTo(floor.get(d)[0]);
      assertThat(recall(c)).as(d + " recall").isGreaterThanOrEqualTo(floor.get(d)[1]);
    }
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
  }

  private static Map<Dimension, Set<String>> gold(Path file) throws IOException {
    Map<Dimension, Set<String>> out = new EnumMap<>(Dimension.class);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      Dimension d = Dimension.of(line.substring(0, colon).strip());
      Set<String> values = new LinkedHashSet<>();
      for (String v : line.substring(colon + 1).split("\\|", -1)) {
        if (!v.isBlank()) {
          values.add(fold(v));
        }
      }
      out.put(d, values);
    }
    return out;
  }

  /** As facet filters compare labels: case, diacritics and spacing folded. */
  private static String fold(String s) {
    return Folding.fold(s);
  }
}
