package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.Article;
import dev.newsfacet.NewsIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every article of a {@link NewsIndex} to an OpenSearch index through the {@code _bulk} API.
 *
 * <p>Creates the index with the {@link IndexMapping newsfacet mapping} when missing, turns refresh
 * off while loading, sends batches bounded by articles and bytes with a bounded number in flight
 * (reading waits while all are busy), retries rejected (429) and failed (5xx, lost connection)
 * requests and rejected articles with exponential backoff, and reports every article it could not
 * index instead of losing it.
 */
public final class OpenSearchExporter {
  private static final Logger LOG = LoggerFactory.getLogger(OpenSearchExporter.class);
  private static final long BACKOFF_MS = 200;

  private final RestClient client;
  private final ExportOptions options;

  /**
   * Creates an exporter.
   *
   * @throws IOException if the TLS configuration cannot be loaded
   */
  public OpenSearchExporter(OpenSearchConfig config, ExportOptions options) throws IOException {
    this.client = new RestClient(Objects.requireNonNull(config, "config"));
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Exports every article of the index.
   *
   * @throws IOException if the cluster cannot be reached or refuses the index itself; articles it
   *     refuses are in {@link ExportReport#failures()}
   */
  public ExportReport export(NewsIndex index) throws IOException {
    Objects.requireNonNull(index, "index");
    long start = System.nanoTime();
    String name = client.config().index();
    prepareIndex(name);
    Run run = new Run(name);
    try {
      long articles;
      try {
        articles = index.forEachArticle(run::add);
        run.flush();
      } finally {
        run.await();
      }
      settings(name, null);
      RestClient.check(client.send("POST", "/" + name + "/_refresh", null), "refresh " + name);
      long failed = run.failures.size();
      return new ExportReport(
          name,
          articles,
          articles - failed,
          run.failures,
          run.bytes.get(),
          run.requests.get(),
          run.retries.get(),
          Duration.ofNanos(System.nanoTime() - start));
    } finally {
      run.close();
    }
  }

  private void prepareIndex(String name) throws IOException {
    RestClient.Response head = client.send("HEAD", "/" + name, null);
    boolean exists = head.status() == 200;
    if (!exists && head.status() != 404) {
      RestClient.check(head, "look up index " + name);
    }
    if (exists && options.replace()) {
      RestClient.check(client.send("DELETE", "/" + name, null), "delete index " + name);
      exists = false;
    }
    if (!exists) {
      RestClient.check(
          client.send("PUT", "/" + name, IndexMapping.create(options.shards(), options.replicas())),
          "create index " + name);
      LOG.info("created OpenSearch index {}", name);
    }
    settings(name, "-1");
  }

  private void settings(String name, String refreshInterval) throws IOException {
    ObjectNode body = RestClient.JSON.createObjectNode();
    ObjectNode index = body.putObject("index");
    if (refreshInterval == null) {
      index.putNull("refresh_interval");
    } else {
      index.put("refresh_interval", refreshInterval);
    }
    RestClient.check(client.send("PUT", "/" + name + "/_settings", body), "update " + name);
  }

  /** One article's two {@code _bulk} lines. */
  private static final class Item {
    private final String id;
    private final byte[] lines;

    Item(String id, byte[] lines) {
      this.id = id;
      this.lines = lines;
    }

    String id() {
      return id;
    }

    byte[] lines() {
      return lines;
    }
  }

  /** The state of one export: the batch being filled, requests in flight, counters. */
  private final class Run {
    private final String name;
    private final Semaphore inFlight = new Semaphore(options.maxInFlight());
    private final List<Future<?>> pending = new ArrayList<>();
    private final List<ItemFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private List<Item> batch = new ArrayList<>();
    private long batchBytes;
    private ExecutorService senders;

    Run(String name) {
      this.name = name;
    }

    void add(Article a) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(a.body().length() + 1024);
      ObjectNode action = RestClient.JSON.createObjectNode();
      action.putObject("index").put("_id", ArticleDocument.documentId(a.id()));
      RestClient.JSON.writeValue(out, action);
      out.write('\n');
      RestClient.JSON.writeValue(out, ArticleDocument.of(a));
      out.write('\n');
      byte[] lines = out.toByteArray();
      if (!batch.isEmpty()
          && (batch.size() >= options.batchArticles()
              || batchBytes + lines.length > options.batchBytes())) {
        flush();
      }
      batch.add(new Item(a.id(), lines));
      batchBytes += lines.length;
    }

    void flush() throws IOException {
      if (batch.isEmpty()) {
        return;
      }
      List<Item> items = batch;
      batch = new ArrayList<>();
      batchBytes = 0;
      try {
        // Back-pressure: reading the index waits until a request slot is free.
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while exporting", e);
      }
      if (senders == null) {
        senders = Executors.newFixedThreadPool(options.maxInFlight());
      }
      try {
        pending.add(
            senders.submit(() -> {
              try {
                send(items);
              } finally {
                inFlight.release();
              }
              return null;
            }));
      } catch (RuntimeException e) {
        inFlight.release();
        throw e;
      }
    }

    void await() throws IOException {
      try {
        for (Future<?> f : pending) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while exporting", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        throw new IOException("export failed: " + cause, cause);
      }
    }

    void close() {
      if (senders != null) {
        senders.shutdownNow();
      }
    }

    /** Sends a batch, then again the articles that were rejected, until done or out of tries. */
    private void send(List<Item> items) throws IOException, InterruptedException {
      List<Item> todo = items;
      for (int attempt = 0; !todo.isEmpty(); attempt++) {
        if (attempt > 0) {
          retries.addAndGet(1);
          TimeUnit.MILLISECONDS.sleep(BACKOFF_MS << Math.min(attempt - 1, 6));
        }
        boolean last = attempt >= options.maxRetries();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Item i : todo) {
          body.write(i.lines());
        }
        byte[] bytesOut = body.toByteArray();
        HttpRequest request =
            client.request("POST", "/" + name + "/_bulk", bytesOut, "application/x-ndjson");
        requests.incrementAndGet();
        bytes.addAndGet(bytesOut.length);
        RestClient.Response r;
        try {
          r = client.send(request);
        } catch (HttpTimeoutException e) {
          r = null;
        } catch (IOException e) {
          if (last) {
            throw e;
          }
          LOG.warn("bulk request failed, will retry: {}", e.toString());
          continue;
        }
        if (r == null || r.status() == 429 || r.status() >= 500) {
          if (last) {
            for (Item i : todo) {
              failures.add(
                  new ItemFailure(
                      i.id(),
                      r == null ? 504 : r.status(),
                      r == null ? "request timed out" : RestClient.reason(r)));
            }
            return;
          }
          continue;
        }
        RestClient.check(r, "bulk request to " + name);
        todo = itemsToRetry(todo, r.json(), last);
      }
    }

    private List<Item> itemsToRetry(List<Item> sent, JsonNode response, boolean last) {
      List<Item> again = new ArrayList<>();
      if (!response.path("errors").asBoolean(false)) {
        return again;
      }
      JsonNode items = response.path("items");
      for (int k = 0; k < sent.size(); k++) {
        JsonNode result = items.path(k).path("index");
        int status = result.path("status").asInt(0);
        if (status >= 200 && status < 300) {
          continue;
        }
        if ((status == 429 || status >= 500) && !last) {
          again.add(sent.get(k));
        } else {
          JsonNode error = result.path("error");
          String reason = error.path("type").asText("") + ": " + error.path("reason").asText("");
          failures.add(new ItemFailure(sent.get(k).id(), status, reason));
        }
      }
      return again;
    }
  }
}
