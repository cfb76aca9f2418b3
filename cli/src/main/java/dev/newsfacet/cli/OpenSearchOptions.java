package dev.newsfacet.cli;

import dev.newsfacet.opensearch.OpenSearchConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that point a command at an OpenSearch cluster, named as curl and OpenSearch users
 * know them: {@code --user USER[:PASSWORD]}, {@code --cacert PEM}, {@code --insecure}.
 */
final class OpenSearchOptions {
  static final String PASSWORD_ENV = "OPENSEARCH_PASSWORD";
  static final String TOKEN_ENV = "OPENSEARCH_TOKEN";

  @Option(
      names = "--opensearch",
      paramLabel = "URL",
      description = "An OpenSearch cluster, e.g. http://127.0.0.1:9200.")
  String url;

  @Option(
      names = "--os-index",
      paramLabel = "NAME",
      description = "The OpenSearch index (default: " + OpenSearchConfig.DEFAULT_INDEX + ").")
  String index;

  @Option(
      names = {"-u", "--user"},
      paramLabel = "USER[:PASSWORD]",
      description =
          "Basic auth; without :PASSWORD the password is read from $" + PASSWORD_ENV + ".")
  String user;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Bearer token (a JWT); default: $" + TOKEN_ENV + " when set.")
  String token;

  @Option(
      names = "--cacert",
      paramLabel = "PEM",
      description = "Trust the CA certificates in this PEM file for https.")
  Path caCertificate;

  @Option(
      names = {"-k", "--insecure"},
      description = "Accept any certificate and host name (test clusters only).")
  boolean insecure;

  @Option(
      names = "--os-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Wait this long for each OpenSearch response (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  boolean enabled() {
    return url != null;
  }

  /** The connection settings, or a usage error naming the bad option. */
  OpenSearchConfig config() {
    try {
      OpenSearchConfig.Builder b = OpenSearchConfig.builder(url);
      if (index != null) {
        b.index(index);
      }
      String bearer = token != null ? token : System.getenv(TOKEN_ENV);
      if (user != null) {
        int colon = user.indexOf(':');
        String password = colon >= 0 ? user.substring(colon + 1) : System.getenv(PASSWORD_ENV);
        if (password == null) {
          throw new Errors.UsageException(
              "--user " + user + " needs a password: USER:PASSWORD or $" + PASSWORD_ENV);
        }
        b.basicAuth(colon >= 0 ? user.substring(0, colon) : user, password);
      } else if (bearer != null && !bearer.isBlank()) {
        b.bearerToken(bearer);
      }
      if (caCertificate != null) {
        b.caCertificate(caCertificate);
      }
      if (!(timeoutSeconds > 0)) {
        throw new Errors.UsageException(
            "--os-timeout must be more than 0 seconds, got " + timeoutSeconds);
      }
      b.requestTimeout(java.time.Duration.ofMillis(Math.max(1, (long) (timeoutSeconds * 1000))));
      return b.insecure(insecure).build();
    } catch (IllegalArgumentException e) {
      throw new Errors.UsageException(e.getMessage());
    }
  }
}
