package dev.newsfacet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export}, {@code import} and the OpenSearch options, without a cluster. */
class ExportImportCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

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
    assertThat(run("index", "--index", first.toString(), corpus.toString()).code()).isZero();

    Run export = run("export", "--index", first.toString(), "--out", file.toString());
    assertThat(export.code()).isZero();
    assertThat(export.out()).contains("exported 2 articles to " + file);
    assertThat(Files.readAllLines(file)).hasSize(2).allMatch(l -> l.startsWith("{\"schema\":1,"));

    Run imported = run("import", "--index", second.toString(), file.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("imported 2 articles into " + second);

    // Browsing all sorts by date: equal scores would fall back to each index's document order.
    for (String q : new String[] {"ceasefire", "party:Russia", ""}) {
      Run a =
          run(
              "search",
              "--index",
              first.toString(),
              q,
              "-f",
              "party",
              "--sort",
              "newest",
              "--json");
      Run b =
          run(
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
    Run r = run("export", "--index", tmp.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("exactly one of --out FILE and --opensearch URL");
  }

  @Test
  void aBrokenImportNamesFileAndLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"schema\":1,\"id\":\"a\"}\n{oops\n");
    Run r = run("import", "--index", tmp.resolve("i").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.jsonl: line 2: invalid JSON");
  }

  @Test
  void openSearchOptionsAreCheckedAsUsageErrors() {
    assertThat(run("search", "--stemmed", "truce").err()).contains("--stemmed needs --opensearch");
    Run badUrl = run("search", "--opensearch", "localhost:9200", "truce");
    assertThat(badUrl.code()).isEqualTo(2);
    assertThat(badUrl.err()).contains("http://HOST:PORT");
    Run badIndex = run("search", "--opensearch", "http://127.0.0.1:1", "--os-index", "News", "x");
    assertThat(badIndex.code()).isEqualTo(2);
    Run collapse = run("search", "--opensearch", "http://127.0.0.1:1", "--collapse", "x");
    assertThat(collapse.code()).isEqualTo(2);
    assertThat(collapse.err()).contains("not supported on OpenSearch");
  }

  @Test
  void anUnreachableClusterIsAOneLineRuntimeError() {
    Run r = run("search", "--opensearch", "http://127.0.0.1:1", "ceasefire");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("newsfacet: cannot connect to OpenSearch at http://127.0.0.1:1");
    Run badQuery = run("search", "--opensearch", "http://127.0.0.1:1", "ceasefire AND");
    assertThat(badQuery.code()).isEqualTo(2);
    assertThat(badQuery.err()).contains("bad query");
  }
}
