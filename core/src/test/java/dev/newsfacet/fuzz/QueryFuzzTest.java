package dev.newsfacet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsfacet.InvalidQueryException;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchTimeoutException;

class QueryFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void queryParser(String query) throws Exception {
    try {
      FuzzSupport.index().search(SearchRequest.query(query).build());
    } catch (InvalidQueryException | SearchTimeoutException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
    }
  }
}
