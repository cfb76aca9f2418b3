package dev.newsfacet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's tiny configuration, as CI runs it: correctness only, never speed. Every query of
 * the mix must find the same articles, with the same party and year counts, on all three engines.
 */
class HarnessSmokeTest {
  @TempDir Path tmp;

  @Test
  void enginesAgreeOnEveryQueryOfTheMix() throws Exception {
    Harness.Options o =
        Harness.parse(
            new String[] {
              "--articles",
              "1000",
              "--work",
              tmp.resolve("work").toString(),
              "--results",
              tmp.resolve("results").toString(),
              "--in-process",
              "--warmup",
              "1",
              "--rounds",
              "1"
            });
    Harness.Outcome out = Harness.run(o);

    // The hit counts must agree. Party and year counts are compared too and reported, but they
    // also depend on what extraction adds to articles without party metadata, so they are not
    // asserted here.
    assertThat(out.disagreements()).isEmpty();
    assertThat(out.indexing()).extracting(IndexRun::engine, IndexRun::threads).hasSize(5);
    assertThat(out.indexing()).allSatisfy(r -> assertThat(r.articles()).isEqualTo(1000));
    Map<String, Map<String, Engine.Result>> ref = out.reference();
    assertThat(ref.keySet()).containsExactly("newsfacet", "lucene", "sqlite");
    List<BenchQuery> mix = QueryMix.queries();
    for (BenchQuery q : mix) {
      long total = ref.get("newsfacet").get(q.name()).total();
      assertThat(ref.get("lucene").get(q.name()).total()).as(q.name()).isEqualTo(total);
      assertThat(ref.get("sqlite").get(q.name()).total()).as(q.name()).isEqualTo(total);
    }
    // The mix is not trivial: most queries find something, and not everything.
    long nonEmpty =
        mix.stream().filter(q -> ref.get("newsfacet").get(q.name()).total() > 0).count();
    assertThat(nonEmpty).isGreaterThanOrEqualTo(mix.size() - 3);
    assertThat(ref.get("newsfacet").get(QueryMix.BROWSE).total()).isEqualTo(1000);
    assertThat(ref.get("newsfacet").get(QueryMix.BROWSE).facets().get("party")).isNotEmpty();
    for (String f :
        List.of(
            "results.md", "results.json", "queries.csv", "indexing.csv", "latency-vs-hits.png")) {
      assertThat(tmp.resolve("results").resolve(f)).isNotEmptyFile();
    }
    assertThat(Files.readString(tmp.resolve("results").resolve("results.md")))
        .contains("### Goals of issue 5");
  }
}
