package dev.newsfacet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bugs in main code found through the command line by the reliability tests of issue 6. Each test
 * states the right behaviour; it fails until the main code is fixed.
 */
class ReliabilityIssuesTest {
  @TempDir Path tmp;

  private Path index() throws Exception {
    Path corpus = tmp.resolve("corpus");
    CliReliabilityTest.corpus(corpus, 3, 1);
    Path dir = tmp.resolve("index");
    assertThat(
            CliRun.of("index", "--index", dir.toString(), "--no-extract", corpus.toString()).code())
        .isZero();
    return dir;
  }

  /**
   * {@code newsfacet search '((((…' } with 10,000 parentheses: the StackOverflowError of the query
   * parser is an Error, which neither NewsQueryParser nor the CLI's Errors handler (an
   * IExecutionExceptionHandler, for Exceptions) turns into a message: picocli's execute rethrows it
   * and the JVM prints a stack trace. Expected: exit 2 and "newsfacet: bad query: …".
   */
  @Test
  void deeplyNestedParenthesesAreABadQuery() throws Exception {
    Path dir = index();
    CliRun r;
    try {
      r =
          CliRun.of(
              "search", "--index", dir.toString(), "(".repeat(10_000) + "x" + ")".repeat(10_000));
    } catch (StackOverflowError e) {
      throw new AssertionError("StackOverflowError escaped the command line", e);
    }
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("newsfacet: bad query: ")
        .doesNotContain("Exception")
        .doesNotContain("Error");
  }

  /**
   * {@code newsfacet search --timeout 0.0001 x}: the option accepts any value above 0, but
   * SearchCommand converts it with {@code Duration.ofMillis((long) (seconds * 1000))}, which is 0
   * for anything under a millisecond; IndexOptions then throws "searchTimeout must be positive, got
   * PT0S" and the command fails with exit 1 and an internal message. Expected: the search runs
   * (with a limit of at least a nanosecond, e.g. Duration.ofNanos) and ends in a result or "took
   * longer than", or the option is refused as a usage error (exit 2) naming --timeout.
   */
  @Test
  void aSubMillisecondTimeoutIsHonouredOrRefusedAsUsage() throws Exception {
    Path dir = index();
    CliRun r = CliRun.of("search", "--index", dir.toString(), "--timeout", "0.0001", "ceasefire");
    if (r.code() == 2) {
      assertThat(r.err()).contains("--timeout");
    } else {
      assertThat(r.err()).doesNotContain("searchTimeout").doesNotContain("PT0S");
      assertThat(r.code() == 0 || r.err().contains("took longer than")).as(r.err()).isTrue();
    }
  }
}
