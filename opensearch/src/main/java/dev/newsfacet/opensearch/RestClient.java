package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The few REST calls newsfacet makes, over the JDK's HTTP client: authentication headers, TLS trust
 * and timeouts from an {@link OpenSearchConfig}.
 */
final class RestClient {
  static final ObjectMapper JSON = new ObjectMapper();

  private final OpenSearchConfig config;
  private final HttpClient http;
  private final Map<String, String> headers;

  RestClient(OpenSearchConfig config) throws IOException {
    this.config = config;
    this.headers = headers(config);
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1);
    if ("https".equalsIgnoreCase(config.url().getScheme())) {
      if (config.insecure()) {
        // Read once, when the JDK's HTTP client class initialises: a test-cluster switch.
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
      }
      b.sslContext(sslContext(config));
    }
    this.http = b.build();
  }

  /** A response: its status and body. */
  static final class Response {
    private final int status;
    private final byte[] body;

    Response(int status, byte[] body) {
      this.status = status;
      this.body = body;
    }

    int status() {
      return status;
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** The headers every request carries: content type and credentials. */
  static Map<String, String> headers(OpenSearchConfig config) {
    Map<String, String> h = new LinkedHashMap<>();
    if (config.bearerToken().isPresent()) {
      h.put("Authorization", "Bearer " + config.bearerToken().get());
    } else if (config.username().isPresent()) {
      String pair = config.username().get() + ":" + config.password().orElse("");
      h.put(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return h;
  }

  /** The TLS context: the given CA certificates, trust-all, or the JDK's default trust store. */
  static SSLContext sslContext(OpenSearchConfig config) throws IOException {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      if (config.insecure()) {
        ctx.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
      } else if (config.caCertificate().isPresent()) {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(config.caCertificate().get())) {
          certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certs.isEmpty()) {
          throw new IOException("no certificate in " + config.caCertificate().get());
        }
        int i = 0;
        for (Certificate c : certs) {
          store.setCertificateEntry("ca-" + i++, c);
        }
        TrustManagerFactory tmf =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
      } else {
        return SSLContext.getDefault();
      }
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IOException(
          "cannot set up TLS"
              + config.caCertificate().map(p -> " with the CA certificate " + p).orElse("")
              + ": "
              + e.getMessage(),
          e);
    }
  }

  OpenSearchConfig config() {
    return config;
  }

  HttpRequest request(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(config.url() + path)).timeout(config.requestTimeout());
    headers.forEach(b::header);
    if (body != null) {
      b.header("Content-Type", contentType);
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  /** Sends a request with a JSON body (or none) and waits for the response. */
  Response send(String method, String path, JsonNode body) throws IOException {
    byte[] bytes = body == null ? null : JSON.writeValueAsBytes(body);
    return send(request(method, path, bytes, "application/json"));
  }

  Response send(HttpRequest request) throws IOException {
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + config.url(), e);
    } catch (ConnectException e) {
      throw new IOException("cannot connect to OpenSearch at " + config.url(), e);
    }
  }

  CompletableFuture<Response> sendAsync(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(r -> new Response(r.statusCode(), r.body()));
  }

  /** Fails with OpenSearch's own reason when a response is not a success. */
  static Response check(Response r, String what) throws IOException {
    if (!r.ok()) {
      throw new OpenSearchException(what, r.status(), reason(r));
    }
    return r;
  }

  /** The {@code error.reason} of an error response, else its start. */
  static String reason(Response r) {
    try {
      JsonNode n = r.json();
      JsonNode error = n.path("error");
      if (error.isObject()) {
        JsonNode root = error.path("root_cause").path(0);
        String type = (root.isMissingNode() ? error : root).path("type").asText("");
        String reason = (root.isMissingNode() ? error : root).path("reason").asText("");
        return (type.isEmpty() ? "" : type + ": ") + reason;
      }
      if (error.isTextual()) {
        return error.asText();
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON: fall through to the raw text.
    }
    String t = r.text().strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }

  /** Accepts every certificate: {@link OpenSearchConfig#insecure()} only. */
  @SuppressWarnings("TrustAllCertificates")
  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
