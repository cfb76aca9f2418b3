package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of a JSON Lines record against the tree reader it replaced: the same map for
 * every well-formed object, and null (so the tree reader reports the error) for everything else.
 */
class JsonLineObjectTest {
  private static Object viaTree(String line) throws Exception {
    JsonNode n = Json.MAPPER.readTree(line);
    if (n == null || !n.isObject()) {
      return null;
    }
    return Json.MAPPER.convertValue(n, Map.class);
  }

  private static final List<String> LINES =
      List.of(
          "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body \\u00e9 \\\"q\\\"\"}",
          "{\"id\":1,\"year\":2016,\"big\":123456789012345678901234567890,\"f\":1.5e300}",
          "{\"party\":[\"A\",\"B\",null],\"n\":null,\"b\":true,\"o\":{\"x\":[1,{\"y\":2}]}}",
          "{\"id\":\"dup\",\"id\":\"second\"}",
          "  {\"id\":\"spaced\"}  ",
          "{\"neg\":-0.0,\"e\":1E-5,\"long\":9223372036854775807,\"over\":9223372036854775808}",
          "{}",
          "{\"id\":\"x\"} trailing",
          "{\"id\":\"x\"}{\"id\":\"y\"}",
          "[{\"id\":\"in array\"}]",
          "\"just a string\"",
          "null",
          "42",
          "{\"id\":\"unterminated\"",
          "{\"id\": 'single'}",
          "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}",
          "{\"a\":NaN}",
          "{\"num\":1" + "0".repeat(120) + "}");

  @Test
  void sameMapAsTheTreeForObjectsAndNullForTheRest() throws Exception {
    int objects = 0;
    for (String line : LINES) {
      Object expected = viaTreeOrNull(line);
      assertThat(ArticleFiles.objectOrNull(line)).as(line).isEqualTo(expected);
      objects += expected == null ? 0 : 1;
    }
    assertThat(objects).isGreaterThanOrEqualTo(6);
  }

  @Test
  void randomMutationsOfARecordAgree() throws Exception {
    String base =
        "{\"id\":\"r1\",\"title\":\"Storm\",\"date\":\"2016-04-05\",\"party\":[\"Left\",\"Right\"],"
            + "\"n\":[1,2.5,-3,true,null],\"text\":\"The \\\"sea\\\" wall.\"}";
    String alphabet = "{}[]\":,\\ 0123456789.eE-+tnfaluesrx\u00e9\t";
    Random r = new Random(7);
    int agreedObjects = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder(base);
      int edits = 1 + r.nextInt(3);
      for (int k = 0; k < edits; k++) {
        int at = r.nextInt(sb.length());
        switch (r.nextInt(3)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
          default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
        }
      }
      String line = sb.toString();
      Object expected = viaTreeOrNull(line);
      assertThat(ArticleFiles.objectOrNull(line)).as(line).isEqualTo(expected);
      agreedObjects += expected == null ? 0 : 1;
    }
    assertThat(agreedObjects).isPositive();
  }

  /**
   * What the tree reader makes of a line, or null where it fails: what the map reader must give.
   */
  private static Object viaTreeOrNull(String line) {
    try {
      return viaTree(line);
    } catch (Exception e) {
      return null;
    }
  }
}
