package dev.newsfacet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsfacet.InvalidQueryException;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import dev.newsfacet.SearchTimeoutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target of the query parser and search (item 6 of issue 6), through the public API: {@code
 * NewsIndex.inMemory().search}. A query ends in a result, an {@link InvalidQueryException} or a
 * {@link SearchTimeoutException}, each with a one-line message; nothing else escapes.
 *
 * <p>Without {@code JAZZER_FUZZ=1} the saved inputs in {@code
 * src/test/resources/dev/newsfacet/fuzz/QueryFuzzTestInputs/queryParser/} replay as tests.
 */
class QueryFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void queryParser(byte[] data) throws IOException {
    String query = new String(data, StandardCharsets.UTF_8);
    try {
      SearchResult r = FuzzSupport.index().search(SearchRequest.query(query).build());
      assertThat(r.total()).isBetween(0L, (long) FuzzSupport.ARTICLES);
    } catch (InvalidQueryException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
      assertThat(e.position()).isBetween(-1, query.length());
    } catch (SearchTimeoutException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    }
  }
}
