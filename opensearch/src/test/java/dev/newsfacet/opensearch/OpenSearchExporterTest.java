package dev.newsfacet.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsfacet.Article;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code _bulk} protocol against a scripted server: batching, back-pressure, retries of
 * rejected requests and articles, and per-article failures reported.
 */
@SuppressForbidden(reason = "the JDK's HTTP server plays the cluster")
class OpenSearchExporterTest {
  private HttpServer server;
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Set<String> rejectedOnce = ConcurrentHashMap.newKeySet();
  private final AtomicInteger bulkCalls = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
  private final List<JsonNode> documents = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange x) throws IOException {
    String call = x.getRequestMethod() + " " + x.getRequestURI().getPath();
    calls.add(call);
    byte[] body = x.getRequestBody().readAllBytes();
    switch (call) {
      case "HEAD /news" -> respond(x, 404, null);
      case "PUT /news", "PUT /news/_settings", "POST /news/_refresh" ->
          respond(x, 200, "{\"acknowledged\":true}");
      case "POST /news/_bulk" -> bulk(x, body);
      default -> respond(x, 400, "{\"error\":{\"type\":\"bad\",\"reason\":\"" + call + "\"}}");
    }
  }

  private void bulk(HttpExchange x, byte[] body) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(30);
      if (bulkCalls.incrementAndGet() == 1) {
        respond(x, 429, "{\"error\":{\"type\":\"rejected\",\"reason\":\"queue full\"}}");
        return;
      }
      String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
      batchSizes.add(lines.length / 2);
      ObjectNode response = RestClient.JSON.createObjectNode();
      ArrayNode items = response.putArray("items");
      boolean errors = false;
      for (int i = 0; i + 1 < lines.length; i += 2) {
        String id = RestClient.JSON.readTree(lines[i]).at("/index/_id").asText();
        JsonNode doc = RestClient.JSON.readTree(lines[i + 1]);
        ObjectNode item = items.addObject().putObject("index");
        item.put("_id", id);
        if (id.equals("a-004") && rejectedOnce.add(id)) {
          item.put("status", 429);
          item.putObject("error").put("type", "es_rejected_execution_exception");
          errors = true;
        } else if (id.equals("bad")) {
          item.put("status", 400);
          item.putObject("error")
              .put("type", "mapper_parsing_exception")
              .put("reason", "failed to parse");
          errors = true;
        } else {
          item.put("status", 201);
          acknowledged.add(id);
          documents.add(doc);
        }
      }
      response.put("errors", errors);
      respond(x, 200, response.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static void respond(HttpExchange x, int status, String json) throws IOException {
    byte[] b = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(b);
    }
  }

  private OpenSearchConfig config() {
    return OpenSearchConfig.builder("http://127.0.0.1:" + server.getAddress().getPort())
        .index("news")
        .build();
  }

  @Test
  void sendsInBoundedBatchesRetriesRejectionsAndReportsFailedArticles() throws IOException {
    try (NewsIndex index =
        NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build())) {
      for (int i = 0; i < 10; i++) {
        index.add(
            Article.builder(String.format("a-%03d", i))
                .title("Truce " + i)
                .body("The ceasefire held in round " + i + ".")
                .date(LocalDate.of(2020, 1, 1 + i))
                .parties(List.of("Armenia", "Azerbaijan"))
                .build());
      }
      index.add(Article.builder("bad").body("Refused by the server.").build());
      ExportOptions options = ExportOptions.defaults().withBatches(3, 1 << 20, 2).withShards(1, 0);
      ExportReport r = new OpenSearchExporter(config(), options).export(index);

      assertThat(r.articles()).isEqualTo(11);
      assertThat(r.indexed()).isEqualTo(10);
      assertThat(r.failures()).hasSize(1);
      assertThat(r.failures().get(0).id()).isEqualTo("bad");
      assertThat(r.failures().get(0).status()).isEqualTo(400);
      assertThat(r.failures().get(0).reason()).contains("mapper_parsing_exception");
      // The whole first request was refused (429) and one article once: both sent again.
      assertThat(r.retries()).isGreaterThanOrEqualTo(2);
      assertThat(acknowledged).hasSize(10).contains("a-000", "a-004", "a-009");
      assertThat(batchSizes).allMatch(n -> n <= 3);
      assertThat(maxInFlight.get()).isLessThanOrEqualTo(2);
      assertThat(r.requests()).isEqualTo(bulkCalls.get());
      assertThat(r.bytes()).isPositive();
    }
    assertThat(calls).startsWith("HEAD /news", "PUT /news", "PUT /news/_settings");
    assertThat(calls).endsWith("PUT /news/_settings", "POST /news/_refresh");
    JsonNode doc =
        documents.stream().filter(d -> d.path("id").asText().equals("a-001")).findFirst().get();
    assertThat(doc.path("party").toString()).isEqualTo("[\"Armenia\",\"Azerbaijan\"]");
    assertThat(doc.path("year").asText()).isEqualTo("2020");
    assertThat(doc.path("date").asText()).isEqualTo("2020-01-02");
    assertThat(doc.path("story_id").asText()).isEqualTo("a-001");
  }

  @Test
  void aRefusedIndexCreationIsAnErrorWithOpenSearchsReason() throws IOException {
    server.removeContext("/");
    server.createContext(
        "/",
        x -> {
          x.getRequestBody().readAllBytes();
          if (x.getRequestMethod().equals("HEAD")) {
            respond(x, 404, null);
          } else {
            respond(
                x,
                400,
                "{\"error\":{\"root_cause\":[{\"type\":\"illegal_argument_exception\","
                    + "\"reason\":\"unknown filter\"}]},\"status\":400}");
          }
        });
    try (NewsIndex index = NewsIndex.inMemory()) {
      OpenSearchExporter e = new OpenSearchExporter(config(), ExportOptions.defaults());
      assertThatThrownBy(() -> e.export(index))
          .isInstanceOf(OpenSearchException.class)
          .hasMessageContaining("create index news")
          .hasMessageContaining("illegal_argument_exception: unknown filter");
    }
  }

  @Test
  void idsTooLongForOpenSearchBecomeDigests() {
    assertThat(ArticleDocument.documentId("short")).isEqualTo("short");
    String longId = "x".repeat(600);
    assertThat(ArticleDocument.documentId(longId)).startsWith("sha256:").hasSize(7 + 64);
    assertThat(ArticleDocument.documentId(longId)).isEqualTo(ArticleDocument.documentId(longId));
  }
}
