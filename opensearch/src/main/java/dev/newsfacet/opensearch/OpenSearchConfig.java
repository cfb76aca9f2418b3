package dev.newsfacet.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an OpenSearch cluster is and how to talk to it: URL, index name, credentials (basic or a
 * bearer token), TLS trust (a CA certificate file, or trust-all for a test cluster) and timeouts.
 * Immutable; build one with {@link #builder(String)}.
 */
public final class OpenSearchConfig {
  /** The index name used when none is given. */
  public static final String DEFAULT_INDEX = "newsfacet";

  private final URI url;
  private final String index;
  private final String username;
  private final String password;
  private final String bearerToken;
  private final Path caCertificate;
  private final boolean insecure;
  private final Duration connectTimeout;
  private final Duration requestTimeout;

  private OpenSearchConfig(Builder b) {
    this.url = b.url;
    this.index = b.index;
    this.username = b.username;
    this.password = b.password;
    this.bearerToken = b.bearerToken;
    this.caCertificate = b.caCertificate;
    this.insecure = b.insecure;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
  }

  /**
   * Starts a configuration for the cluster at this URL ({@code http://127.0.0.1:9200}).
   *
   * @throws IllegalArgumentException if it is not an http or https URL with a host
   */
  public static Builder builder(String url) {
    return new Builder(url);
  }

  /** The cluster's base URL, without a trailing slash. */
  public URI url() {
    return url;
  }

  /** The index name. */
  public String index() {
    return index;
  }

  /** The basic-auth user, if any. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /** The basic-auth password, if any. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /** The bearer token sent instead of basic auth, if any. */
  public Optional<String> bearerToken() {
    return Optional.ofNullable(bearerToken);
  }

  /** A PEM file of CA certificates to trust for https, if any. */
  public Optional<Path> caCertificate() {
    return Optional.ofNullable(caCertificate);
  }

  /** Whether any https certificate and host name is accepted: for test clusters only. */
  public boolean insecure() {
    return insecure;
  }

  /** How long to wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for a response to one request. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  @Override
  public String toString() {
    // Never the password or the token: configurations end up in logs.
    return "OpenSearchConfig{url="
        + url
        + ", index="
        + index
        + ", auth="
        + (bearerToken != null ? "bearer" : username != null ? "basic:" + username : "none")
        + ", caCertificate="
        + caCertificate
        + ", insecure="
        + insecure
        + "}";
  }

  /** Builds an {@link OpenSearchConfig}; setters validate at once. */
  public static final class Builder {
    private final URI url;
    private String index = DEFAULT_INDEX;
    private String username;
    private String password;
    private String bearerToken;
    private Path caCertificate;
    private boolean insecure;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);

    private Builder(String url) {
      Objects.requireNonNull(url, "url");
      URI u;
      try {
        u = URI.create(url.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: '" + url + "'", e);
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((!scheme.equals("http") && !scheme.equals("https")) || u.getHost() == null) {
        throw new IllegalArgumentException(
            "the OpenSearch URL must be http://HOST:PORT or https://HOST:PORT, got '" + url + "'");
      }
      if (u.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "put credentials in --user or the environment, not in the URL");
      }
      String s = u.toString();
      this.url = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /**
     * Sets the index name: lower case, no spaces, not starting with {@code _}, {@code -} or {@code
     * +}, as OpenSearch requires.
     */
    public Builder index(String index) {
      Objects.requireNonNull(index, "index");
      if (!index.matches("[a-z0-9][a-z0-9._-]{0,254}")) {
        throw new IllegalArgumentException(
            "index name must be lower case letters, digits, '.', '_' or '-', got '" + index + "'");
      }
      this.index = index;
      return this;
    }

    /** Authenticates with HTTP basic auth. */
    public Builder basicAuth(String username, String password) {
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /** Authenticates with a bearer token (a JWT or an OpenSearch API token). */
    public Builder bearerToken(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("the bearer token must not be blank");
      }
      this.bearerToken = token.strip();
      return this;
    }

    /** Trusts the CA certificates in this PEM file for https. */
    public Builder caCertificate(Path pem) {
      this.caCertificate = Objects.requireNonNull(pem, "pem");
      return this;
    }

    /** Accepts any certificate and host name: for throwaway test clusters only. */
    public Builder insecure(boolean insecure) {
      this.insecure = insecure;
      return this;
    }

    /** How long to wait for a connection, more than zero. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for a response, more than zero. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be more than zero, got " + d);
      }
      return d;
    }

    /**
     * Builds the configuration.
     *
     * @throws IllegalArgumentException for contradicting settings
     */
    public OpenSearchConfig build() {
      if (bearerToken != null && username != null) {
        throw new IllegalArgumentException("use basic auth or a bearer token, not both");
      }
      if (insecure && caCertificate != null) {
        throw new IllegalArgumentException("a CA certificate and insecure contradict each other");
      }
      return new OpenSearchConfig(this);
    }
  }
}
