package dev.newsfacet.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import dev.newsfacet.Hit;
import dev.newsfacet.IngestListener;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import dev.newsfacet.SortOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * newsfacet against a real three-node OpenSearch cluster on loopback (profile {@code
 * opensearch-it}): the same corpus, extracted once by newsfacet and exported, must give the same
 * hit sets, totals and party and year facet counts for every query, before a node is killed with
 * SIGKILL, after the cluster recovered without it, and after it rejoined.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchClusterIT {
  private static final int NODES = 3;
  private static final int VICTIM = 2;
  private static final int GENERATED = 1_000;
  private static final Duration WAIT = Duration.ofMinutes(15);

  private LocalCluster cluster;
  private NewsIndex local;
  private OpenSearchSearcher remote;
  private RestClient admin;
  private long articles;
  private boolean victimDown;
  private final List<String> figures = new ArrayList<>();

  @BeforeAll
  void startClusterAndExport() throws Exception {
    Path home = Path.of(System.getProperty("opensearch.home"));
    Path work = Path.of(System.getProperty("opensearch.work"));
    Path testdata = Path.of(System.getProperty("newsfacet.testdata"));

    local = NewsIndex.inMemory();
    local.ingest(List.of(testdata), IngestListener.NONE);
    for (Article a : SyntheticCorpus.generate(GENERATED, 20261121L)) {
      local.add(a);
    }
    local.commit();
    articles = local.stats().articles();

    if (Files.exists(work)) {
      try (var paths = Files.walk(work)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    cluster = new LocalCluster(home, work, NODES);
    cluster.configure();
    long startNanos = System.nanoTime();
    for (int i = 0; i < NODES; i++) {
      cluster.start(i);
    }
    OpenSearchConfig config = OpenSearchConfig.builder(cluster.url(0)).index("news-it").build();
    admin = new RestClient(config);
    waitForHealth("green", NODES, null);
    figures.add(
        String.format(
            Locale.ROOT,
            "cluster of %d nodes up in %.1f s",
            NODES,
            (System.nanoTime() - startNanos) / 1e9));

    double cpuBefore = cpuSeconds();
    ExportReport report =
        new OpenSearchExporter(
                config,
                ExportOptions.defaults()
                    .withShards(3, 1)
                    .withBatches(250, 1 << 20, 2)
                    .withReplace(true))
            .export(local);
    double cpu = cpuSeconds() - cpuBefore;
    assertThat(report.failures()).isEmpty();
    assertThat(report.articles()).isEqualTo(articles);
    assertThat(report.indexed()).isEqualTo(articles);
    figures.add(
        String.format(
            Locale.ROOT,
            "exported %d articles (%.2f MB in %d _bulk requests, %d retries) in %.2f s: %.0f"
                + " articles/s, %.2f MB/s wall; %.2f CPU s (test JVM + 3 nodes), %.0f articles per"
                + " CPU s",
            report.articles(),
            report.bytes() / 1048576.0,
            report.requests(),
            report.retries(),
            report.elapsed().toNanos() / 1e9,
            report.articlesPerSecond(),
            report.megabytesPerSecond(),
            cpu,
            report.articles() / cpu));
    waitForHealth("green", NODES, "news-it");

    // Again into a second index, with the nodes warmed up: the steady cost of a re-export.
    OpenSearchConfig warmConfig =
        OpenSearchConfig.builder(cluster.url(0)).index("news-warm").build();
    cpuBefore = cpuSeconds();
    ExportReport warm =
        new OpenSearchExporter(
                warmConfig,
                ExportOptions.defaults()
                    .withShards(3, 1)
                    .withBatches(250, 1 << 20, 2)
                    .withReplace(true))
            .export(local);
    cpu = cpuSeconds() - cpuBefore;
    assertThat(warm.failures()).isEmpty();
    figures.add(
        String.format(
            Locale.ROOT,
            "re-exported into a second index, nodes warm: %.2f s, %.0f articles/s, %.2f MB/s wall;"
                + " %.2f CPU s, %.0f articles per CPU s",
            warm.elapsed().toNanos() / 1e9,
            warm.articlesPerSecond(),
            warm.megabytesPerSecond(),
            cpu,
            warm.articles() / cpu));
    RestClient.check(admin.send("DELETE", "/news-warm", null), "delete news-warm");

    long t0 = System.nanoTime();
    double cpu0 = cpu(ProcessHandle.current());
    java.io.ByteArrayOutputStream canonical = new java.io.ByteArrayOutputStream();
    long written = local.export(canonical);
    double fileCpu = cpu(ProcessHandle.current()) - cpu0;
    figures.add(
        String.format(
            Locale.ROOT,
            "canonical JSON Lines export: %d articles, %.2f MB in %.2f s (%.2f CPU s of the test JVM)",
            written,
            canonical.size() / 1048576.0,
            (System.nanoTime() - t0) / 1e9,
            fileCpu));
    figures.add("load average at start: " + loadAverage());
    remote = new OpenSearchSearcher(config, false);
  }

  @AfterAll
  void stop() throws IOException {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      if (local != null) {
        local.close();
      }
      Path out = Path.of(System.getProperty("opensearch.work"), "figures.txt");
      Files.createDirectories(out.getParent());
      figures.add("load average at end: " + loadAverage());
      Files.write(out, figures, StandardCharsets.UTF_8);
      System.out.println("OpenSearch IT figures:\n  " + String.join("\n  ", figures));
    }
  }

  @Test
  @Order(1)
  void corpusIsLargeEnoughAndExtracted() throws IOException {
    assertThat(articles).isGreaterThanOrEqualTo(1_000);
    SearchResult all =
        local.search(SearchRequest.builder().facet(Dimension.PARTY).limit(0).build());
    assertThat(all.facet(Dimension.PARTY).distinctValues()).isGreaterThan(20);
  }

  @Test
  @Order(2)
  void everyQueryAgreesOnTheHealthyCluster() throws IOException {
    int n = compareAll();
    figures.add(n + " queries compared on 3 nodes: hit sets, totals, party and year counts equal");
  }

  @Test
  @Order(3)
  void everyQueryAgreesAfterANodeIsKilled() throws Exception {
    // Replicas of the lost node's shards are rebuilt at once instead of after the default minute.
    JsonNode settings =
        RestClient.JSON.readTree("{\"index\":{\"unassigned.node_left.delayed_timeout\":\"1s\"}}");
    RestClient.check(admin.send("PUT", "/news-it/_settings", settings), "settings");
    long killed = System.nanoTime();
    victimDown = true;
    cluster.kill(VICTIM);
    assertThat(cluster.alive(VICTIM)).isFalse();
    waitForHealth("yellow", NODES - 1, "news-it");
    double yellow = (System.nanoTime() - killed) / 1e9;
    int atYellow = compareAll();
    waitForHealth("green", NODES - 1, "news-it");
    double green = (System.nanoTime() - killed) / 1e9;
    int atGreen = compareAll();
    figures.add(
        String.format(
            Locale.ROOT,
            "node-%d killed with SIGKILL: 2 nodes, all primaries active (yellow) after %.1f s,"
                + " %d queries equal; every replica rebuilt on the 2 survivors (green) after"
                + " %.1f s, %d queries equal",
            VICTIM,
            yellow,
            atYellow,
            green,
            atGreen));
  }

  @Test
  @Order(4)
  void everyQueryAgreesAfterTheNodeRejoins() throws Exception {
    long started = System.nanoTime();
    cluster.start(VICTIM);
    victimDown = false;
    waitForHealth("green", NODES, "news-it");
    double back = (System.nanoTime() - started) / 1e9;
    int n = compareAll();
    figures.add(
        String.format(
            Locale.ROOT,
            "node-%d restarted: 3 nodes green after %.1f s, %d queries equal",
            VICTIM,
            back,
            n));
  }

  private List<SearchRequest> queries() {
    List<SearchRequest> q = new ArrayList<>();
    for (String s :
        List.of(
            "",
            "ceasefire",
            "cease-fire",
            "truce",
            "\"peace talks\"",
            "\"grain deal\"",
            "ceasefire Armenia",
            "ceasefire OR truce",
            "truce -Russia",
            "party:Russia",
            "party:russia",
            "party:\"United Nations\"",
            "year:2016",
            "date:[2020-09-27 TO 2020-11-10]",
            "date:2016",
            "Geneva",
            "geneva AND (ceasefire OR truce)",
            "negotiat*",
            "title:truce",
            "body:corridor",
            "mentioned_year:1994",
            "source:\"Northwind Wire\"",
            "\"prisoner exchange\" OR \"humanitarian corridor\"",
            "Azerbaijan's",
            "\"de-escalation plan\"",
            "deescalation")) {
      q.add(facets(SearchRequest.query(s)).build());
    }
    q.add(facets(SearchRequest.query("talks")).filter(Dimension.PARTY, "Armenia").build());
    q.add(
        facets(SearchRequest.query("talks"))
            .filter(Dimension.PARTY, "Armenia")
            .filter(Dimension.PARTY, "Azerbaijan")
            .build());
    q.add(
        facets(SearchRequest.builder())
            .filter(Dimension.PARTY, "Russia")
            .filter(Dimension.YEAR, "2020")
            .build());
    q.add(
        facets(SearchRequest.builder())
            .filter(Dimension.YEAR, "2016")
            .filter(Dimension.YEAR, "2017")
            .build());
    q.add(
        facets(SearchRequest.query("ceasefire"))
            .filter(Dimension.PARTY, "turkey")
            .from(LocalDate.of(2000, 1, 1))
            .build());
    q.add(
        facets(SearchRequest.builder())
            .from(LocalDate.of(2010, 1, 1))
            .to(LocalDate.of(2015, 12, 31))
            .build());
    q.add(facets(SearchRequest.builder()).sort(SortOrder.NEWEST).build());
    q.add(facets(SearchRequest.builder()).sort(SortOrder.OLDEST).build());
    q.add(facets(SearchRequest.query("ceasefire")).sort(SortOrder.NEWEST).build());
    q.add(facets(SearchRequest.builder()).sort(SortOrder.NEWEST).offset(40).limit(20).build());
    return q;
  }

  private static SearchRequest.Builder facets(SearchRequest.Builder b) {
    return b.facet(Dimension.PARTY).facet(Dimension.YEAR).facetLimit(1000).limit(5000);
  }

  /** Runs every query on both engines and asserts they agree; returns how many. */
  private int compareAll() throws IOException {
    List<SearchRequest> all = queries();
    for (SearchRequest r : all) {
      compare(r);
    }
    return all.size();
  }

  private void compare(SearchRequest r) throws IOException {
    SearchResult mine = local.search(r);
    SearchResult theirs = remote.search(r);
    String what = r.toString();
    assertThat(theirs.total()).as("total of %s", what).isEqualTo(mine.total());
    if (r.sort() == SortOrder.RELEVANCE) {
      // Equal scores fall back to each engine's own document order: compare the sets.
      assertThat(ids(theirs)).as("hits of %s", what).isEqualTo(ids(mine));
    } else {
      // Same dates in the same order; articles of one day may tie, so compare their days.
      assertThat(days(theirs)).as("order of %s", what).isEqualTo(days(mine));
      if (r.offset() == 0 && r.limit() >= mine.total()) {
        assertThat(ids(theirs)).as("hits of %s", what).isEqualTo(ids(mine));
      }
    }
    assertThat(theirs.facet(Dimension.PARTY))
        .as("party of %s", what)
        .isEqualTo(mine.facet(Dimension.PARTY));
    assertThat(theirs.facet(Dimension.YEAR))
        .as("year of %s", what)
        .isEqualTo(mine.facet(Dimension.YEAR));
    assertThat(mine.total()).as("query %s matches", what).isGreaterThan(0);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).sorted().toList();
  }

  private static List<String> days(SearchResult r) {
    return r.hits().stream().map(h -> Objects.toString(h.date())).toList();
  }

  private void waitForHealth(String status, int nodes, String index) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String path =
        "/_cluster/health"
            + (index == null ? "" : "/" + index)
            + "?wait_for_status="
            + status
            + "&wait_for_nodes="
            + nodes
            + "&wait_for_no_initializing_shards=true&timeout=10s";
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        RestClient.Response r = admin.send("GET", path, null);
        last = r.text();
        if (r.ok() && !r.json().path("timed_out").asBoolean(true)) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      }
      for (int i = 0; i < cluster.nodes(); i++) {
        if (i != VICTIM || !victimDown) {
          assertThat(cluster.alive(i)).as("node-%d died:\n%s", i, cluster.console(i)).isTrue();
        }
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    throw new AssertionError(
        "cluster not " + status + " with " + nodes + " nodes in " + WAIT + ": " + last);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** CPU time of this JVM and of every node process, in seconds. */
  private double cpuSeconds() {
    double s = cpu(ProcessHandle.current());
    for (ProcessHandle h : ProcessHandle.current().descendants().toList()) {
      s += cpu(h);
    }
    return s;
  }

  private static double cpu(ProcessHandle h) {
    return h.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
  }
}
