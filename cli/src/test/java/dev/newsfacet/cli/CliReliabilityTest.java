package dev.newsfacet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 3, 5 and 8 of issue 6 through the command line: {@code search} while an ingest runs, {@code
 * index} as a second writer, hostile queries (exit code 1 or 2, errors without exception names or
 * stack traces), and symbolic links left alone unless {@code --follow-symlinks}.
 */
class CliReliabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean LONG =
      "long".equalsIgnoreCase(System.getProperty("newsfacet.reliability", ""));

  @TempDir Path tmp;

  static void print(String figures) {
    System.out.println("[reliability] cli" + (LONG ? " (long)" : " (ci)") + ": " + figures);
  }

  /** Writes {@code files} JSON Lines files of a few articles each; returns the article count. */
  static int corpus(Path dir, int files, long seed) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(seed);
    int articles = 0;
    for (int i = 0; i < files; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(8);
      for (int k = 0; k < n; k++) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("id", "c" + i + "-" + k);
        rec.put("title", "Ceasefire report " + i);
        rec.put(
            "date",
            String.format(
                Locale.ROOT, "20%02d-0%d-1%d", r.nextInt(25), 1 + r.nextInt(9), r.nextInt(10)));
        rec.put("party", List.of(r.nextBoolean() ? "Armenia" : "Azerbaijan"));
        rec.put("text", "The ceasefire held on day " + k + " of report " + i + ".");
        sb.append(JSON.writeValueAsString(rec)).append('\n');
        articles++;
      }
      Files.writeString(
          dir.resolve(String.format(Locale.ROOT, "f%04d.jsonl", i)), sb, StandardCharsets.UTF_8);
    }
    return articles;
  }

  @Test
  void searchWhileIndexingNeverGoesBackwards() throws Exception {
    Path corpus = tmp.resolve("corpus");
    int articles = corpus(corpus, LONG ? 2000 : 100, 8);
    Path dir = tmp.resolve("index");
    int searches = 0;
    int increases = 0;
    try (NewsIndex writer =
        NewsIndex.open(
            dir,
            IndexOptions.builder()
                .extractEntities(false)
                .commitEvery(15)
                .commitInterval(Duration.ofMillis(50))
                .threads(1)
                .build())) {
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<IngestReport> ingest =
            pool.submit(() -> writer.ingest(List.of(corpus), IngestListener.NONE));
        long last = 0;
        while (!ingest.isDone() || searches < 3) {
          CliRun r =
              CliRun.of(
                  "search",
                  "--index",
                  dir.toString(),
                  "--json",
                  "--limit",
                  "1",
                  "--facet",
                  "party");
          assertThat(r.code()).as(r.err()).isZero();
          assertThat(r.err()).isEmpty();
          long total = JSON.readTree(r.out()).get("total").asLong();
          assertThat(total).as("total never goes backwards").isGreaterThanOrEqualTo(last);
          if (total > last) {
            increases++;
          }
          last = total;
          searches++;
        }
        assertThat(ingest.get(120, TimeUnit.SECONDS).articles()).isEqualTo(articles);
      } finally {
        pool.shutdownNow();
      }
    }
    CliRun end = CliRun.of("search", "--index", dir.toString(), "--json", "--limit", "0");
    assertThat(JSON.readTree(end.out()).get("total").asLong()).isEqualTo(articles);
    print(
        String.format(
            Locale.ROOT,
            "%d CLI searches during an ingest of %d articles; %d increases, none backwards, exit 0, empty stderr",
            searches,
            articles,
            increases));
  }

  @Test
  void indexAsASecondWriterFailsWithOneLineNamingTheIndex() throws Exception {
    Path corpus = tmp.resolve("corpus");
    corpus(corpus, 3, 1);
    Path dir = tmp.resolve("index");
    try (NewsIndex writer = NewsIndex.open(dir)) {
      CliRun r = CliRun.of("index", "--index", dir.toString(), corpus.toString());
      assertThat(r.code()).isEqualTo(1);
      List<String> lines = r.err().lines().toList();
      assertThat(lines.get(0))
          .startsWith("newsfacet: ")
          .contains(dir.toString())
          .doesNotContain("Exception")
          .doesNotContain("write.lock");
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
      print("second writer through the CLI: exit 1, " + lines.get(0));
      assertThat(writer.writable()).isTrue();
    }
  }

  /** The hostile queries of HostileQueryTest that the CLI must survive. */
  static Map<String, String> hostileQueries() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put(
        "1,025 OR-ed clauses",
        IntStream.range(0, 1025).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR ")));
    q.put(
        "2,000 clauses",
        IntStream.range(0, 2000).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")));
    q.put("500 nested parentheses", "(".repeat(500) + "ceasefire" + ")".repeat(500));
    q.put(
        "huge regular expression", "/(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z){1000}/");
    q.put("leading wildcard", "*fire");
    q.put("leading question mark", "?ease");
    q.put("unbalanced quote", "\"ceasefire held");
    q.put("unbalanced parenthesis", "(ceasefire AND talks");
    q.put("field without value", "party:");
    q.put("unknown field", "colour:red");
    q.put("range with garbage", "date:[abc TO xyz]");
    q.put("control characters", "cease\u0000fire \u0007");
    q.put("100 KB", "word ".repeat(20 * 1024));
    for (char ch = '!'; ch <= '~'; ch++) {
      if (!Character.isLetterOrDigit(ch)) {
        q.put("punctuation " + ch, String.valueOf(ch));
      }
    }
    return q;
  }

  @Test
  void hostileQueriesEndInAResultOrAOneLineError() throws Exception {
    Path corpus = tmp.resolve("corpus");
    corpus(corpus, 20, 2);
    Path dir = tmp.resolve("index");
    assertThat(
            CliRun.of("index", "--index", dir.toString(), "--no-extract", corpus.toString()).code())
        .isZero();
    int ok = 0;
    int usage = 0;
    int runtime = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> q : hostileQueries().entrySet()) {
      CliRun r = CliRun.of("search", "--index", dir.toString(), "--", q.getValue());
      switch (r.code()) {
        case 0 -> ok++;
        case 1 -> runtime++;
        case 2 -> usage++;
        default -> problems.add(q.getKey() + ": exit code " + r.code());
      }
      if (r.code() != 0) {
        List<String> lines = r.err().lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("newsfacet: ")) {
          problems.add(q.getKey() + ": no error line: " + r.err());
        }
        if (r.err().contains("Exception") || r.err().contains("\tat ")) {
          problems.add(q.getKey() + ": exception on stderr: " + lines.get(0));
        }
        // The error is one line; a bad query may add its echo and a caret (README), a runtime
        // error the --verbose hint.
        for (String extra : lines.subList(Math.min(1, lines.size()), lines.size())) {
          if (!extra.startsWith("  ")) {
            problems.add(q.getKey() + ": unexpected stderr line: " + extra);
          }
        }
      }
    }
    print(
        String.format(
            Locale.ROOT,
            "%d hostile queries through 'search': %d exit 0, %d exit 2, %d exit 1, %d problems",
            hostileQueries().size(),
            ok,
            usage,
            runtime,
            problems.size()));
    assertThat(problems).isEmpty();
  }

  @Test
  void aCostlySearchWithATinyTimeoutEndsInOneLine() throws Exception {
    Path corpus = tmp.resolve("corpus");
    corpus(corpus, 200, 3);
    Path dir = tmp.resolve("index");
    assertThat(
            CliRun.of("index", "--index", dir.toString(), "--no-extract", corpus.toString()).code())
        .isZero();
    CliRun r = CliRun.of("search", "--index", dir.toString(), "--timeout", "0.001", "c*");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().findFirst().orElse(""))
        .startsWith("newsfacet: ")
        .contains("took longer than");
    assertThat(r.err()).doesNotContain("Exception");
    print("tiny --timeout: exit 1, " + r.err().lines().findFirst().orElse(""));
  }

  @Test
  void symbolicLinksAreNotFollowedUnlessAsked() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(
        outside.resolve("secret.jsonl"), "{\"id\": \"secret\", \"text\": \"zanzibarword\"}\n");
    Path corpus = tmp.resolve("corpus");
    corpus(corpus, 2, 4);
    Files.createSymbolicLink(corpus.resolve("out"), outside);
    Files.createSymbolicLink(corpus.resolve("secret-link.jsonl"), outside.resolve("secret.jsonl"));
    Path dir = tmp.resolve("index");
    CliRun plain = CliRun.of("index", "--index", dir.toString(), "--no-extract", corpus.toString());
    assertThat(plain.code()).isZero();
    assertThat(plain.out()).contains("symbolic link, not followed");
    assertThat(CliRun.of("show", "--index", dir.toString(), "secret").code()).isEqualTo(1);
    assertThat(CliRun.of("search", "--index", dir.toString(), "--json", "zanzibarword").out())
        .contains("\"total\" : 0");
    Path followed = tmp.resolve("index-follow");
    CliRun follow =
        CliRun.of(
            "index",
            "--index",
            followed.toString(),
            "--no-extract",
            "--follow-symlinks",
            corpus.toString());
    assertThat(follow.code()).isZero();
    assertThat(CliRun.of("show", "--index", followed.toString(), "secret").code()).isZero();
    print(
        "symlinks through the CLI: not followed by default (secret absent), followed with --follow-symlinks");
  }
}
