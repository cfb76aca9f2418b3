package dev.newsfacet.internal.extract;

import dev.newsfacet.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction on {@code testdata/gold/holdout-2}: 30 varied articles written by someone who
 * never ran the extractor or read its code, and scored once, after the extractor was tuned on the
 * other sets. This is the estimate of quality on news the extractor has not seen; the other
 * evaluation tests measure sets it was tuned on.
 *
 * <p>The figures are printed and written to {@code target/holdout-2-quality.md}. The floors sit a
 * little under the first score, to catch regressions; the set must not be used to tune (see its
 * README).
 */
class Holdout2EvaluationTest {
  private static final Path HOLDOUT = Path.of("..", "testdata", "gold", "holdout-2");
  private static final Path REPORT = Path.of("target", "holdout-2-quality.md");

  /**
   * Regression floors, a little under the first score (2026-11-21: party 0.995/0.961, person
   * 0.964/0.900, place 0.914/0.885).
   */
  private static final Map<Dimension, double[]> FLOOR =
      Map.of(
          Dimension.PARTY, new double[] {0.97, 0.93},
          Dimension.PERSON, new double[] {0.94, 0.87},
          Dimension.PLACE, new double[] {0.88, 0.85});

  @Test
  void heldOutScoresStayAboveTheirFloor() throws IOException {
    GoldDirectoryScorer.scoreAndCheck(
        HOLDOUT, "Extraction on the second held-out set", REPORT, 30, FLOOR);
  }
}
