package dev.newsfacet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through picocli's {@code execute}, with captured output and exit codes. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path corpus;
  private Path index;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    write(
        "wire.jsonl",
        "{\"id\":\"w1\",\"title\":\"Truce in April\",\"date\":\"2016-04-05\",\"party\":[\"Armenia\",\"Azerbaijan\",\"Russia\"],\"text\":\"A ceasefire agreed in Moscow ended four days of fighting.\"}\n"
            + "{\"id\":\"w2\",\"title\":\"Humanitarian truce\",\"date\":\"2020-10-10\",\"party\":[\"Armenia\",\"Azerbaijan\",\"Russia\"],\"text\":\"A humanitarian ceasefire began at noon.\"}\n"
            + "{\"id\":\"w3\",\"title\":\"Border truce\",\"date\":\"2022-09-14\",\"party\":[\"Armenia\",\"Azerbaijan\"],\"text\":\"The border ceasefire held overnight.\"}\n"
            + "{\"id\":\"w4\",\"title\":\"Grain corridor opens\",\"date\":\"2022-07-22\",\"party\":[\"Ukraine\",\"Russia\",\"Turkey\"],\"text\":\"Ships left port under the grain deal.\"}\n"
            + "{ not json }\n");
    write(
        "note.txt",
        "Accept cookies to continue\n\nTalks resume in Brussels\n\nDiplomats from Armenia and Azerbaijan met again to discuss a peace treaty.\n");
    write("picture.png", "\u0000\u0001binary");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
  }

  private CliRun index() {
    return CliRun.of("index", "--index", index.toString(), corpus.toString());
  }

  @Test
  void indexReportsEveryFile() {
    CliRun r = index();
    // one record failed: the rest is indexed, and the exit code says that something failed
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("1 file or record could not be indexed");
    assertThat(r.out())
        .contains("indexed 5 articles from 3 files")
        .contains(
            "added 2, updated 0, unchanged 0, skipped 1, failed 0; 1 record of indexed files failed")
        .contains("picture.png: not an article format (.png)")
        .contains("wire.jsonl#5: invalid JSON");
    CliRun again = index();
    // wire.jsonl is complete without its bad record: reading it again would not bring it.
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("added 0, updated 0, unchanged 2, skipped 1, failed 0\n");
    CliRun forced = CliRun.of("index", "--index", index.toString(), "--force", corpus.toString());
    assertThat(forced.out())
        .contains("added 0, updated 2, unchanged 0, skipped 1, failed 0; 1 record of indexed");
  }

  @Test
  void indexRefusesMistakesBeforeWritingAnything() throws IOException {
    Path missing = tmp.resolve("no-such-folder");
    CliRun typo =
        CliRun.of("index", "--index", index.toString(), corpus.toString(), missing.toString());
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("no such file or directory: " + missing);
    assertThat(index).doesNotExist();
    CliRun threads =
        CliRun.of("index", "--index", index.toString(), "--threads", "0", corpus.toString());
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be at least 1, got 0");
    CliRun size =
        CliRun.of(
            "index", "--index", index.toString(), "--max-file-size", "12Q", corpus.toString());
    assertThat(size.code()).isEqualTo(2);
    assertThat(size.err()).contains("'12Q' is not a size");
    assertThat(index().code()).isEqualTo(1);
    CliRun itself = CliRun.of("index", "--index", index.toString(), index.toString());
    assertThat(itself.code()).isEqualTo(2);
    assertThat(itself.err()).contains("holds the index, not articles");
    Path clean = Files.createDirectories(tmp.resolve("clean"));
    Files.copy(corpus.resolve("note.txt"), clean.resolve("note.txt"));
    assertThat(CliRun.of("index", "--index", index.toString(), clean.toString()).code()).isZero();
  }

  @Test
  void searchHeaderSaysWhatWasAskedInWords() {
    index();
    String dir = index.toString();
    assertThat(CliRun.of("search", "--index", dir, "Moscow", "--limit", "0").out())
        .startsWith("1 article matches \"Moscow\"");
    assertThat(
            CliRun.of("search", "--index", dir, "--filter", "party=Armenia", "--from", "2020")
                .out())
        .startsWith("2 articles match the filters  party=Armenia, from 2020-01-01");
    assertThat(CliRun.of("search", "--index", dir, "truce", "--offset", "50").out())
        .contains("no hits from --offset 50: there are 3");
    CliRun minus = CliRun.of("search", "--index", dir, "ceasefire", "-moscow");
    assertThat(minus.code()).isEqualTo(2);
    assertThat(minus.err()).contains("quote the query ('ceasefire -russia') or put it after --");
    assertThat(CliRun.of("search", "--index", dir, "--", "ceasefire", "-moscow").out())
        .startsWith("2 articles match \"ceasefire -moscow\"");
  }

  @Test
  void humanSnippetsShowTheTextThatTheHtmlEscapes() throws IOException {
    write("tags.txt", "Tags in text\n\nThe armistice <b>held</b> & \"5 < 6\" was written.\n");
    index();
    CliRun r = CliRun.of("search", "--index", index.toString(), "armistice");
    assertThat(r.out()).contains("The [armistice] <b>held</b> & \"5 < 6\" was written.");
    CliRun json = CliRun.of("search", "--index", index.toString(), "armistice", "--json");
    assertThat(json.out()).contains("&lt;b&gt;held&lt;/b&gt; &amp;");
  }

  @Test
  void searchPrintsHitsAndFacetTables() {
    index();
    CliRun r =
        CliRun.of(
            "search",
            "--index",
            index.toString(),
            "ceasefire",
            "--facet",
            "party",
            "--facet",
            "year");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("3 articles match \"ceasefire\"");
    assertThat(r.out()).containsPattern("(?m)^  Armenia\\s+3 ");
    assertThat(r.out()).containsPattern("(?m)^  Russia\\s+2 ");
    assertThat(r.out()).containsPattern("(?m)^  2022\\s+1 ");
    assertThat(r.out()).contains("[ceasefire]");
  }

  @Test
  void searchJsonFollowsTheDocumentedSchema() throws IOException {
    index();
    CliRun r =
        CliRun.of(
            "search",
            "--index",
            index.toString(),
            "ceasefire",
            "--facet",
            "party",
            "--filter",
            "party=Russia",
            "--sort",
            "newest",
            "--pivot",
            "party,year",
            "--json");
    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("total").asInt()).isEqualTo(2);
    assertThat(root.get("hits").get(0).get("id").asText()).isEqualTo("w2");
    assertThat(root.get("hits").get(0).get("date").asText()).isEqualTo("2020-10-10");
    assertThat(root.get("hits").get(0).get("year").asInt()).isEqualTo(2020);
    assertThat(root.get("hits").get(0).get("party").toString())
        .isEqualTo("[\"Armenia\",\"Azerbaijan\",\"Russia\"]");
    // Multi-select: the party facet ignores the party filter.
    assertThat(root.get("facets").get("party").toString())
        .isEqualTo(
            "[{\"value\":\"Armenia\",\"count\":3},{\"value\":\"Azerbaijan\",\"count\":3},"
                + "{\"value\":\"Russia\",\"count\":2}]");
    JsonNode pivot = root.get("pivot");
    assertThat(pivot.get("rows").asText()).isEqualTo("party");
    assertThat(pivot.get("column_values").toString()).isEqualTo("[\"2016\",\"2020\"]");
    assertThat(pivot.get("matrix").get(0).get("counts").toString()).isEqualTo("[1,1]");
  }

  @Test
  void noSnippetsLeavesThemOutOfBothViews() throws IOException {
    index();
    String dir = index.toString();
    assertThat(CliRun.of("search", "--index", dir, "ceasefire").out()).contains("[ceasefire]");
    CliRun human = CliRun.of("search", "--index", dir, "ceasefire", "--no-snippets");
    assertThat(human.code()).isZero();
    assertThat(human.out())
        .contains("3 articles match \"ceasefire\"")
        .doesNotContain("[ceasefire]");
    JsonNode with = JSON.readTree(CliRun.of("search", "--index", dir, "ceasefire", "--json").out());
    assertThat(with.get("hits").get(0).get("snippet").asText()).contains("<b>ceasefire</b>");
    CliRun bare = CliRun.of("search", "--index", dir, "ceasefire", "--json", "--no-snippets");
    assertThat(bare.code()).isZero();
    JsonNode hits = JSON.readTree(bare.out()).get("hits");
    assertThat(hits).hasSize(3);
    for (JsonNode h : hits) {
      assertThat(h.has("snippet")).isFalse();
      assertThat(h.get("title").asText()).isNotEmpty();
    }
  }

  @Test
  void copiesAreReportedCollapsedAndCountedAsStories() throws IOException {
    String story =
        "Engineers reopened the mountain road on Monday after a week of repairs to the bridge."
            + " Trucks carrying flour and fuel crossed first, escorted by monitors, and officials"
            + " said the crossing would stay open at night for the rest of the month.";
    write("wire-a.txt", "Road reopens after repairs\n\n" + story + "\n");
    write("wire-b.txt", "Mountain crossing open again\n\n" + story + "\n");
    CliRun indexed = index();
    assertThat(indexed.out()).contains("1 duplicate grouped into stories").contains("wire-b.txt");

    CliRun collapsed =
        CliRun.of("search", "--index", index.toString(), "bridge", "--collapse", "--json");
    JsonNode root = JSON.readTree(collapsed.out());
    assertThat(root.get("total").asInt()).isEqualTo(2);
    assertThat(root.get("stories").asInt()).isEqualTo(1);
    assertThat(root.get("hits")).hasSize(1);
    assertThat(root.get("hits").get(0).get("copies").asInt()).isEqualTo(2);

    CliRun stories =
        CliRun.of(
            "search",
            "--index",
            index.toString(),
            "bridge",
            "--count",
            "stories",
            "--facet",
            "year");
    assertThat(stories.out()).contains("2 articles in 1 story match");
    assertThat(CliRun.of("search", "--index", index.toString(), "--count", "pages").code())
        .isEqualTo(2);
  }

  @Test
  void timelineShowsEmptyYears() {
    index();
    CliRun r = CliRun.of("search", "--index", index.toString(), "--timeline", "-n", "0");
    assertThat(r.out()).containsPattern("(?m)^  2017\\s+0 *$").containsPattern("(?m)^  2022\\s+2 ");
  }

  @Test
  void badQueryIsAUsageErrorWithItsPosition() {
    index();
    CliRun r = CliRun.of("search", "--index", index.toString(), "ceasefire AND");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("newsfacet: bad query: unexpected end of query at position 14");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CliRun.of("search", "--sort", "sideways").code()).isEqualTo(2);
    CliRun badFilter = CliRun.of("search", "--index", index.toString(), "--filter", "party");
    assertThat(badFilter.code()).isEqualTo(2);
    assertThat(badFilter.err()).contains("--filter takes DIM=VALUE");
    CliRun badDim = CliRun.of("search", "--facet", "colour");
    assertThat(badDim.code()).isEqualTo(2);
    assertThat(badDim.err()).contains("unknown dimension 'colour'");
    assertThat(CliRun.of("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void maxFileSizeTakesUnits() throws IOException {
    write("long.txt", "Long report\n\n" + "The talks went on. ".repeat(100));
    CliRun small =
        CliRun.of("index", "--index", index.toString(), "--max-file-size", "1k", corpus.toString());
    CliRun large =
        CliRun.of("index", "--index", index.toString(), "--max-file-size", "1M", corpus.toString());

    assertThat(small.out()).contains("long.txt: larger than the limit of 1024 bytes");
    assertThat(large.out()).doesNotContain("larger than");
  }

  @Test
  void missingIndexIsARuntimeErrorOfOneLine() {
    CliRun r = CliRun.of("search", "--index", tmp.resolve("nowhere").toString(), "x");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("no index at " + tmp.resolve("nowhere") + "; create one with 'newsfacet index")
        .doesNotContain("\tat ");
    CliRun verbose =
        CliRun.of("search", "--index", tmp.resolve("nowhere").toString(), "x", "--verbose");
    assertThat(verbose.err()).contains("\tat ");
  }

  @Test
  void showAndStats() throws IOException {
    index();
    CliRun show = CliRun.of("show", "--index", index.toString(), "w3", "--json");
    assertThat(show.code()).isZero();
    JsonNode a = JSON.readTree(show.out());
    assertThat(a.get("body").asText()).isEqualTo("The border ceasefire held overnight.");
    assertThat(a.get("party").toString()).isEqualTo("[\"Armenia\",\"Azerbaijan\"]");
    assertThat(CliRun.of("show", "--index", index.toString(), "nope").code()).isEqualTo(1);

    JsonNode stats = JSON.readTree(CliRun.of("stats", "--index", index.toString(), "--json").out());
    assertThat(stats.get("articles").asInt()).isEqualTo(5);
    assertThat(stats.get("undated").asInt()).isEqualTo(1);
    assertThat(stats.get("earliest").asText()).isEqualTo("2016-04-05");
    // Armenia, Azerbaijan, Russia, Ukraine, Turkey: "talks in Brussels" is a place, not the EU.
    assertThat(stats.get("dimensions").get("party").asInt()).isEqualTo(5);
  }

  @Test
  void extractShowsWhatWouldBeIndexed() throws IOException {
    CliRun r = CliRun.of("extract", corpus.resolve("note.txt").toString(), "--json");
    assertThat(r.code()).isZero();
    JsonNode a = JSON.readTree(r.out().strip());
    assertThat(a.get("title").asText()).isEqualTo("Talks resume in Brussels");
    assertThat(a.get("party").toString()).contains("Armenia").contains("Azerbaijan");
    assertThat(a.get("body").asText()).doesNotContain("cookies");
    CliRun bad = CliRun.of("extract", corpus.resolve("picture.png").toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("picture.png: not an article format");
    // a record that cannot be read is said, as index says it, and the others are printed
    CliRun wire = CliRun.of("extract", corpus.resolve("wire.jsonl").toString(), "--json");
    assertThat(wire.code()).isEqualTo(1);
    assertThat(wire.out().strip().lines()).hasSize(4);
    assertThat(wire.err()).contains("wire.jsonl#5: invalid JSON");
  }
}
