package dev.newsfacet.internal.extract;

import dev.newsfacet.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction on {@code testdata/gold/holdout-3}: 30 varied articles written on 2026-11-22 by
 * someone who never ran the extractor or read its code, and scored once, after all the tuning on
 * the other sets. With holdout-2 (also scored once) it is the estimate of quality on news the
 * extractor has not seen.
 *
 * <p>The figures are printed and written to {@code target/holdout-3-quality.md}. The floors sit a
 * little under the first score, to catch regressions; the set must not be used to tune (see its
 * README).
 */
class Holdout3EvaluationTest {
  private static final Path HOLDOUT = Path.of("..", "testdata", "gold", "holdout-3");
  private static final Path REPORT = Path.of("target", "holdout-3-quality.md");

  /**
   * Regression floors, a little under the first score (2026-11-22: party 0.964/0.974, person
   * 0.986/0.955, place 0.918/0.924).
   */
  private static final Map<Dimension, double[]> FLOOR =
      Map.of(
          Dimension.PARTY, new double[] {0.94, 0.95},
          Dimension.PERSON, new double[] {0.96, 0.93},
          Dimension.PLACE, new double[] {0.89, 0.90});

  @Test
  void heldOutScoresStayAboveTheirFloor() throws IOException {
    GoldDirectoryScorer.scoreAndCheck(
        HOLDOUT, "Extraction on the third held-out set", REPORT, 30, FLOOR);
  }
}
