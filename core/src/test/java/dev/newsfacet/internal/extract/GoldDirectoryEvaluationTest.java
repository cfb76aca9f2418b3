package dev.newsfacet.internal.extract;

import dev.newsfacet.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores extraction on each gold directory under {@code testdata/gold} (a {@code .txt} article with
 * a {@code .gold} answer beside it), prints precision, recall and F1 per dimension with every
 * difference, writes them to {@code target/NAME-quality.md}, and fails if a score falls under its
 * floor. Each floor sits a little under the score the set gave; the comment on each set says what
 * the set is and whether the extractor was tuned on it. The tuning set in JSON Lines is scored by
 * {@link GoldSetEvaluationTest}.
 */
class GoldDirectoryEvaluationTest {

  /**
   * A gold directory and the floors its scores must stay above.
   *
   * @param name the directory under {@code testdata/gold}, also the report's name
   * @param title the report's heading
   * @param minArticles fewer articles than this means the directory was not read
   * @param floor per dimension, the least precision and recall
   */
  record GoldDirectory(String name, String title, int minArticles, Map<Dimension, double[]> floor) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<GoldDirectory> directories() {
    return Stream.of(
        // 24 ceasefire and diplomacy articles written after the extractor was first tuned, held out
        // until their errors were studied on 2026-11-21 and a development set since (see their
        // README), so the figures overstate quality on unseen news. Scores reached: 0.960/0.960,
        // 0.988/0.959, 0.964/0.870.
        new GoldDirectory(
            "holdout",
            "Extraction on the old held-out set, now a development set",
            20,
            floors(0.94, 0.94, 0.96, 0.93, 0.94, 0.85)),
        // 23 varied articles (elections, summits, sanctions, trade, disasters, courts, sport)
        // written to develop the extractor beyond ceasefire stories, tuned on after their first
        // score. Scores reached: 0.994/1.000, 1.000/0.985, 0.985/0.963; places 0.977/0.963 since
        // a capitalised geographic noun stays in the name ("Shire River", which this gold writes
        // Shire). On 2026-11-23 d15's gold took out the states named only as football teams and
        // federations (the convention of holdout-6 and later): party precision 0.970.
        new GoldDirectory(
            "dev",
            "Extraction on the development set",
            20,
            floors(0.95, 0.97, 0.97, 0.96, 0.96, 0.94)),
        // 30 varied articles written by someone who never ran the extractor or read its code,
        // scored once after all the tuning on the sets above and never tuned on: with holdout-3,
        // the estimate of quality on unseen news. First score (2026-11-21): 0.995/0.961,
        // 0.964/0.900, 0.914/0.885.
        new GoldDirectory(
            "holdout-2",
            "Extraction on the second held-out set",
            30,
            floors(0.97, 0.93, 0.94, 0.87, 0.88, 0.85)),
        // As holdout-2, written on 2026-11-22 and scored once. First score: 0.964/0.974,
        // 0.986/0.955, 0.918/0.924.
        new GoldDirectory(
            "holdout-3",
            "Extraction on the third held-out set",
            30,
            floors(0.94, 0.95, 0.96, 0.93, 0.89, 0.90)),
        // As holdout-2, written on 2026-11-22 while the extractor was tuned on dev-2, and scored
        // once after that tuning. First score: 0.961/0.977, 0.967/0.903, 0.932/0.898; then
        // 0.984/0.934 for persons after general fixes of bugs seen among its misses.
        new GoldDirectory(
            "holdout-4",
            "Extraction on the fourth held-out set",
            30,
            floors(0.94, 0.95, 0.94, 0.88, 0.91, 0.87)),
        // 30 articles weighted toward hard cases (untitled names, unusual titles, places with
        // generic heads, metonyms), written on 2026-11-22 as a development set and tuned on (its
        // README). First score 0.935/0.944, 0.965/0.873, 0.889/0.781; reached 0.980/0.995,
        // 0.988/0.972, 0.933/0.878.
        new GoldDirectory(
            "dev-2",
            "Extraction on the second development set",
            30,
            floors(0.95, 0.97, 0.97, 0.95, 0.91, 0.86)),
        // 30 articles of 280 to 941 words, weighted to regions the sets above cover less, written
        // on 2026-11-22 as a development set and tuned on (its README). First score 0.939/0.950,
        // 0.940/0.913, 0.849/0.919; reached 0.955/0.977, 0.979/0.950, 0.893/0.971.
        new GoldDirectory(
            "dev-3",
            "Extraction on the third development set",
            30,
            floors(0.94, 0.96, 0.96, 0.93, 0.87, 0.95)),
        // 30 ceasefire, truce and border-clash stories of 451 to 1,102 words, most of them scraped
        // pages, written on 2026-11-22 as a development set and tuned on (its README). First score
        // 0.958/0.979, 0.966/0.976, 0.900/0.885; reached 0.982/0.982, 0.993/0.986, 0.940/0.931.
        new GoldDirectory(
            "dev-4",
            "Extraction on the fourth development set",
            30,
            floors(0.96, 0.96, 0.97, 0.96, 0.92, 0.91)),
        // As holdout-2, written on 2026-11-22 after the tuning on dev-4 and scored once:
        // 0.921/0.979,
        // 0.988/0.936, 0.941/0.863 (party precision short of its goal); then 0.959/0.979,
        // 0.996/0.943, 0.947/0.868 after general bugs seen among its misses were fixed.
        new GoldDirectory(
            "holdout-5",
            "Extraction on the fifth held-out set",
            30,
            floors(0.94, 0.96, 0.97, 0.92, 0.93, 0.85)),
        // As holdout-2, written on 2026-11-23 with names that contain a state's name without being
        // it, after every fix before it, and scored once: 0.890/0.959, 0.991/0.907, 0.896/0.861
        // (party precision far short of its goal); then 0.938/0.959, 1.000/0.919, 0.918/0.891
        // after general bugs seen among its misses were fixed.
        new GoldDirectory(
            "holdout-6",
            "Extraction on the sixth held-out set",
            30,
            floors(0.92, 0.94, 0.97, 0.89, 0.89, 0.84)),
        // 30 articles of 508 to 765 words, two thirds of them wars and their ends, written on
        // 2026-11-23 as a development set and tuned on (its README). First score 0.953/0.953,
        // 0.972/0.897, 0.879/0.868; reached 0.969/0.992, 0.985/0.974, 0.904/0.919.
        new GoldDirectory(
            "dev-5",
            "Extraction on the fifth development set",
            30,
            floors(0.95, 0.97, 0.96, 0.95, 0.88, 0.89)),
        // As holdout-2, written on 2026-11-23 while the extractor was tuned on dev-5, and scored
        // once after that tuning: 0.954/0.971, 0.966/0.901, 0.900/0.892, every goal met.
        new GoldDirectory(
            "holdout-7",
            "Extraction on the seventh held-out set",
            30,
            floors(0.93, 0.95, 0.94, 0.88, 0.88, 0.87)),
        // As holdout-2, written on 2026-11-23 while the people and gazetteer work after holdout-7
        // was done, and scored once after it: 0.984/0.942, 0.986/0.942, 0.886/0.840 (party and
        // place recall a hundredth short of their goals).
        new GoldDirectory(
            "holdout-8",
            "Extraction on the eighth held-out set",
            30,
            floors(0.96, 0.92, 0.96, 0.92, 0.86, 0.82)),
        // As holdout-2, written on 2026-11-23 while the world's towns (WorldPlaces) were added,
        // and scored once after them (on 5c7d949): 0.950/0.966, 0.992/0.945, 0.863/0.916, every
        // goal met; then 0.950/0.970, 0.992/0.953, 0.881/0.943 after general bugs seen among its
        // misses were fixed.
        new GoldDirectory(
            "holdout-9",
            "Extraction on the ninth held-out set",
            30,
            floors(0.92, 0.94, 0.96, 0.92, 0.85, 0.90)),
        // As holdout-2, written on 2026-11-23 after the fixes made on holdout-9's misses, and
        // scored once after them (on f251128): 0.937/0.957, 0.984/0.916, 0.905/0.945 (party
        // precision short of its goal); then 0.941/0.961 for parties after one general fix seen
        // among its misses ("People's" inside a movement's name).
        new GoldDirectory(
            "holdout-10",
            "Extraction on the tenth held-out set",
            30,
            floors(0.91, 0.93, 0.95, 0.89, 0.87, 0.91)),
        // As holdout-2, written on 2026-11-23 (nineteenth session) and scored once on f6a581e,
        // the eighteenth session's extractor: 0.949/0.976, 0.980/0.968, 0.943/0.931 (party
        // precision a thousandth short of its goal).
        new GoldDirectory(
            "holdout-11",
            "Extraction on the eleventh held-out set",
            30,
            floors(0.92, 0.95, 0.95, 0.94, 0.91, 0.90)),
        // As holdout-2, written on 2026-11-23 (twentieth session) and scored once on 07c6942, the
        // nineteenth session's extractor: 0.964/0.976, 0.987/0.947, 0.936/0.919.
        new GoldDirectory(
            "holdout-12",
            "Extraction on the twelfth held-out set",
            30,
            floors(0.94, 0.95, 0.96, 0.92, 0.91, 0.89)),
        // As holdout-2, written on 2026-11-23 (twenty-first session) and scored once on 94c84af,
        // after that session's fixes of historical states: 0.953/0.953, 1.000/0.964, 0.916/0.884.
        new GoldDirectory(
            "holdout-13",
            "Extraction on the thirteenth held-out set",
            30,
            floors(0.93, 0.93, 0.98, 0.94, 0.89, 0.86)),
        // As holdout-2, written on 2026-11-23 (twenty-second session) and scored once on 6d7f575,
        // after that session's fix of demonyms of communities: 0.958/0.975, 0.975/0.952,
        // 0.926/0.926.
        new GoldDirectory(
            "holdout-14",
            "Extraction on the fourteenth held-out set",
            30,
            floors(0.94, 0.95, 0.96, 0.93, 0.91, 0.91)));
  }

  private static Map<Dimension, double[]> floors(
      double partyP, double partyR, double personP, double personR, double placeP, double placeR) {
    return Map.of(
        Dimension.PARTY, new double[] {partyP, partyR},
        Dimension.PERSON, new double[] {personP, personR},
        Dimension.PLACE, new double[] {placeP, placeR});
  }

  @ParameterizedTest
  @MethodSource("directories")
  void scoresStayAboveTheirFloor(GoldDirectory set) throws IOException {
    GoldDirectoryScorer.scoreAndCheck(
        Path.of("..", "testdata", "gold", set.name()),
        set.title(),
        Path.of("target", set.name() + "-quality.md"),
        set.minArticles(),
        set.floor());
  }
}
