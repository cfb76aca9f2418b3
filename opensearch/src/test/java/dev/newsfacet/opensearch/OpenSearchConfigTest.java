package dev.newsfacet.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection settings, credentials and TLS trust, without a cluster. */
class OpenSearchConfigTest {
  @TempDir Path dir;

  @Test
  void urlIsNormalisedAndValidated() {
    assertThat(OpenSearchConfig.builder("http://127.0.0.1:9200/").build().url())
        .hasToString("http://127.0.0.1:9200");
    assertThatThrownBy(() -> OpenSearchConfig.builder("ftp://host"))
        .hasMessageContaining("http://HOST:PORT");
    assertThatThrownBy(() -> OpenSearchConfig.builder("localhost:9200"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenSearchConfig.builder("https://admin:secret@host:9200"))
        .hasMessageContaining("not in the URL");
  }

  @Test
  void indexNamesFollowOpenSearchRules() {
    assertThat(OpenSearchConfig.builder("http://h:1").build().index()).isEqualTo("newsfacet");
    assertThat(OpenSearchConfig.builder("http://h:1").index("news-2026.a").build().index())
        .isEqualTo("news-2026.a");
    for (String bad : new String[] {"News", "_news", "-news", "a b", ""}) {
      assertThatThrownBy(() -> OpenSearchConfig.builder("http://h:1").index(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void basicAuthBecomesAnAuthorizationHeaderAndNeverShowsInToString() {
    OpenSearchConfig c =
        OpenSearchConfig.builder("https://h:9200").basicAuth("admin", "s3cr:t").build();
    Map<String, String> h = RestClient.headers(c);
    String encoded = h.get("Authorization").substring("Basic ".length());
    assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
        .isEqualTo("admin:s3cr:t");
    assertThat(c.toString()).contains("basic:admin").doesNotContain("s3cr");
  }

  @Test
  void bearerTokenBecomesAnAuthorizationHeader() {
    OpenSearchConfig c = OpenSearchConfig.builder("https://h:9200").bearerToken(" tok3n ").build();
    assertThat(RestClient.headers(c)).containsEntry("Authorization", "Bearer tok3n");
    assertThat(c.toString()).doesNotContain("tok3n");
    assertThat(RestClient.headers(OpenSearchConfig.builder("http://h:1").build())).isEmpty();
  }

  @Test
  void contradictingSettingsAreRefused() {
    assertThatThrownBy(() ->
            OpenSearchConfig.builder("https://h:1").basicAuth("a", "b").bearerToken("t").build())
        .hasMessageContaining("not both");
    assertThatThrownBy(() ->
            OpenSearchConfig.builder("https://h:1")
                .insecure(true)
                .caCertificate(Path.of("ca.pem"))
                .build())
        .hasMessageContaining("contradict");
    assertThatThrownBy(
            () -> OpenSearchConfig.builder("https://h:1").requestTimeout(java.time.Duration.ZERO))
        .hasMessageContaining("more than zero");
  }

  @Test
  void aCaCertificateFileIsLoadedIntoTheTrustStore() throws Exception {
    Path pem = Path.of(getClass().getResource("/test-ca.pem").toURI());
    SSLContext ctx =
        RestClient.sslContext(OpenSearchConfig.builder("https://h:1").caCertificate(pem).build());
    assertThat(ctx).isNotSameAs(SSLContext.getDefault());
    assertThat(ctx.getProtocol()).isEqualTo("TLS");
  }

  @Test
  void aFileWithoutCertificatesIsAClearError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");
    OpenSearchConfig c = OpenSearchConfig.builder("https://h:1").caCertificate(empty).build();
    assertThatThrownBy(() -> RestClient.sslContext(c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("empty.pem");
    OpenSearchConfig missing =
        OpenSearchConfig.builder("https://h:1").caCertificate(dir.resolve("none.pem")).build();
    assertThatThrownBy(() -> RestClient.sslContext(missing)).isInstanceOf(IOException.class);
  }

  @Test
  void withoutCaOrInsecureTheJdkTrustStoreIsUsed() throws Exception {
    assertThat(RestClient.sslContext(OpenSearchConfig.builder("https://h:1").build()))
        .isSameAs(SSLContext.getDefault());
    assertThat(
            RestClient.sslContext(OpenSearchConfig.builder("https://h:1").insecure(true).build()))
        .isNotSameAs(SSLContext.getDefault());
  }
}
