package dev.newsfacet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, {@code import} and the OpenSearch options, without a cluster. */
class ExportImportCommandTest {
  @TempDir Path tmp;

  @Test
  void exportThenImportAnswersSearchesIdentically() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "Truce holds in Geneva\n\nDiplomats from Armenia and Azerbaijan said in Geneva on"
            + " 5 April 2016 that the ceasefire agreed in 1994 still held.\n");
    Files.writeString(
        corpus.resolve("b.jsonl"),
        "{\"id\":\"b1\",\"title\":\"Grain deal\",\"date\":\"2022-07-22\",\"text\":\"Russia,"
            + " Ukraine and Turkey signed a grain deal in Istanbul.\"}\n");
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    Path file = tmp.resolve("articles.jsonl");
    assertThat(CliRun.of("index", "--index", first.toString(), corpus.toString()).code()).isZero();

    CliRun export = CliRun.of("export", "--index", first.toString(), "--out", file.toString());
    assertThat(export.code()).isZero();
    assertThat(export.out()).contains("exported 2 articles to " + file);
    assertThat(Files.readAllLines(file)).hasSize(2).allMatch(l -> l.startsWith("{\"schema\":1,"));

    CliRun imported = CliRun.of("import", "--index", second.toString(), file.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("imported 2 articles into " + second);

    // Browsing all sorts by date: equal scores would fall back to each index's document order.
    for (String q : new String[] {"ceasefire", "party:Russia", ""}) {
      CliRun a =
          CliRun.of(
              "search",
              "--index",
              first.toString(),
              q,
              "-f",
              "party",
              "--sort",
              "newest",
              "--json");
      CliRun b =
          CliRun.of(
              "search",
              "--index",
              second.toString(),
              q,
              "-f",
              "party",
              "--sort",
              "newest",
              "--json");
      assertThat(a.code()).isZero();
      assertThat(b.out()).isEqualTo(a.out());
    }
  }

  @Test
  void exportNeedsExactlyOneTarget() {
    CliRun r = CliRun.of("export", "--index", tmp.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("exactly one of --out FILE and --opensearch URL");
  }

  @Test
  void aBrokenImportNamesFileAndLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"schema\":1,\"id\":\"a\"}\n{oops\n");
    CliRun r = CliRun.of("import", "--index", tmp.resolve("i").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.jsonl: line 2: invalid JSON");
  }

  @Test
  void openSearchOptionsAreCheckedAsUsageErrors() {
    assertThat(CliRun.of("search", "--stemmed", "truce").err())
        .contains("--stemmed needs --opensearch");
    CliRun badUrl = CliRun.of("search", "--opensearch", "localhost:9200", "truce");
    assertThat(badUrl.code()).isEqualTo(2);
    assertThat(badUrl.err()).contains("http://HOST:PORT");
    CliRun badIndex =
        CliRun.of("search", "--opensearch", "http://127.0.0.1:1", "--os-index", "News", "x");
    assertThat(badIndex.code()).isEqualTo(2);
    CliRun collapse = CliRun.of("search", "--opensearch", "http://127.0.0.1:1", "--collapse", "x");
    assertThat(collapse.code()).isEqualTo(2);
    assertThat(collapse.err()).contains("not supported on OpenSearch");
  }

  @Test
  void anUnreachableClusterIsAOneLineRuntimeError() {
    CliRun r = CliRun.of("search", "--opensearch", "http://127.0.0.1:1", "ceasefire");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("newsfacet: cannot connect to OpenSearch at http://127.0.0.1:1");
    CliRun badQuery = CliRun.of("search", "--opensearch", "http://127.0.0.1:1", "ceasefire AND");
    assertThat(badQuery.code()).isEqualTo(2);
    assertThat(badQuery.err()).contains("bad query");
  }
}
