package dev.newsfacet.reliability;

import static dev.newsfacet.reliability.Reliability.f;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.ArticleReader;
import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 8 of issue 6: symbolic links are not followed out of the given directories unless asked;
 * YAML front matter constructs no objects; JSON and HTML parsing are bounded; nothing an article
 * names is fetched (every URL points at a local listening socket, which must see no connection).
 */
class SecurityTest {
  private static final String TEST = "security";

  @TempDir Path tmp;

  @Test
  void symbolicLinksAreNotFollowedOutOfTheCorpusUnlessAsked() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "Secret memo\n\nThe zanzibarword plan.\n");
    Files.writeString(
        tmp.resolve("secret-file.json"), "{\"id\": \"secret-json\", \"text\": \"zanzibarword\"}");
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("own.txt"), "Own article\n\nA ceasefire.\n");
    Files.createSymbolicLink(corpus.resolve("linked-dir"), outside);
    Files.createSymbolicLink(corpus.resolve("linked.json"), tmp.resolve("secret-file.json"));
    Files.createSymbolicLink(corpus.resolve("up"), Path.of(".."));

    try (NewsIndex index =
        NewsIndex.open(
            tmp.resolve("index"), IndexOptions.builder().extractEntities(false).build())) {
      IngestReport report = index.ingest(List.of(corpus), IngestListener.NONE);
      assertThat(report.files()).isEqualTo(4);
      assertThat(report.skipped()).isEqualTo(3);
      assertThat(report.problems())
          .extracting(FileProblem::reason)
          .allMatch(r -> r.contains("symbolic link"));
      assertThat(index.search(SearchRequest.query("zanzibarword").build()).total()).isZero();
      assertThat(index.get("secret-json")).isEmpty();
      assertThat(index.get("own.txt")).isPresent();
    }
    try (NewsIndex index =
        NewsIndex.open(
            tmp.resolve("index-follow"),
            IndexOptions.builder().extractEntities(false).followSymlinks(true).build())) {
      IngestReport report = index.ingest(List.of(corpus), IngestListener.NONE);
      // Asked to follow: the linked files are read, and the loop back up is reported, not walked.
      // "up" leads to the linked files a second time: each is read once.
      assertThat(index.get("secret-json")).isPresent();
      assertThat(index.get("linked-dir/secret.txt")).isPresent();
      assertThat(report.problems())
          .filteredOn(p -> p.outcome() == FileOutcome.FAILED)
          .extracting(FileProblem::reason)
          .containsExactly("symbolic link loop");
      assertThat(report.problems())
          .filteredOn(p -> p.outcome() != FileOutcome.FAILED)
          .allSatisfy(p -> assertThat(p.reason()).startsWith("the same file as "))
          .hasSize(2);
      Reliability.print(
          TEST,
          f(
              "symlinks: 3 links out of the corpus skipped without --follow-symlinks; with it,"
                  + " followed (%d files, problems %s)",
              report.files(), report.problems().stream().map(FileProblem::reason).toList()));
    }
  }

  @Test
  void yamlFrontMatterConstructsNoObjects() throws IOException {
    Canary.CONSTRUCTED.set(0);
    ArticleReader reader =
        ArticleReader.create(IndexOptions.builder().extractEntities(false).build());
    String[] tags = {
      "!!dev.newsfacet.reliability.Canary {}",
      "!!dev.newsfacet.reliability.Canary [\"x\"]",
      "!<tag:yaml.org,2002:dev.newsfacet.reliability.Canary> {}",
      "!!java.io.File [\"/etc/passwd\"]",
      "!!java.lang.ProcessBuilder [[\"touch\", \"" + tmp.resolve("pwned") + "\"]]",
      "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"file:///nonexistent/\"]]]]",
    };
    int read = 0;
    int failed = 0;
    for (int i = 0; i < tags.length; i++) {
      Path md = tmp.resolve("tag-" + i + ".md");
      Files.writeString(md, "---\ntitle: Tagged\nx: " + tags[i] + "\n---\nBody text.\n");
      try {
        List<Article> articles = reader.read(md);
        read++;
        assertThat(articles).hasSize(1);
      } catch (IOException e) {
        failed++;
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    }
    assertThat(Canary.CONSTRUCTED.get()).as("objects constructed from YAML tags").isZero();
    assertThat(tmp.resolve("pwned")).doesNotExist();
    Reliability.print(
        TEST,
        f(
            "YAML: %d front matters with class tags, %d read as plain data, %d refused; 0 objects"
                + " constructed",
            tags.length, read, failed));
  }

  @Test
  void jsonAndHtmlParsingAreBounded() throws IOException {
    ArticleReader reader =
        ArticleReader.create(
            IndexOptions.builder().extractEntities(false).maxFileBytes(4 * 1024 * 1024).build());
    Path ok = tmp.resolve("depth-64.json");
    Files.writeString(ok, "{\"id\":\"d\",\"x\":" + "[".repeat(62) + "]".repeat(62) + "}");
    assertThat(reader.read(ok)).hasSize(1);
    Path deep = tmp.resolve("depth-65.json");
    Files.writeString(deep, "{\"id\":\"d\",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}");
    assertThat(failure(reader, deep)).containsIgnoringCase("depth");
    Path huge = tmp.resolve("huge.json");
    Files.writeString(huge, "{\"id\":\"h\",\"text\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");
    assertThat(failure(reader, huge)).contains("larger than the limit");
    Path html = tmp.resolve("deep.html");
    Files.writeString(
        html,
        "<html><body>"
            + "<div>".repeat(100_000)
            + "<p>deep text</p>"
            + "</div>".repeat(100_000)
            + "</body></html>");
    String outcome;
    try {
      List<Article> a = reader.read(html);
      outcome = "read, body of " + a.get(0).body().length() + " chars";
    } catch (IOException e) {
      outcome = "refused: " + e.getMessage();
      assertThat(e.getMessage()).doesNotContain("\n");
    }
    Reliability.print(
        TEST,
        f(
            "JSON depth 64 read, 65 refused; 5 MiB JSON over a 4 MiB limit refused; 100,000 nested divs %s",
            outcome));
  }

  private static String failure(ArticleReader reader, Path file) {
    try {
      reader.read(file);
      throw new AssertionError("expected " + file + " to be refused");
    } catch (IOException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
  }

  @Test
  void nothingAnArticleNamesIsFetched() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(100);
      Thread listener =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    Socket s = server.accept();
                    connections.incrementAndGet();
                    s.close();
                  } catch (SocketTimeoutException e) {
                    // poll stop
                  } catch (IOException e) {
                    return;
                  }
                }
              },
              "no-fetch-listener");
      listener.setDaemon(true);
      listener.start();
      String base = "http://127.0.0.1:" + server.getLocalPort();
      Path corpus = Files.createDirectories(tmp.resolve("corpus"));
      Map<String, String> files = new HashMap<>();
      files.put(
          "page.html",
          "<html><head><title>Fetch test</title>"
              + "<link rel=\"import\" href=\""
              + base
              + "/import\">"
              + "<link rel=\"stylesheet\" href=\""
              + base
              + "/style.css\">"
              + "<link rel=\"canonical\" href=\""
              + base
              + "/canonical\">"
              + "<meta http-equiv=\"refresh\" content=\"0; url="
              + base
              + "/refresh\">"
              + "<meta property=\"og:image\" content=\""
              + base
              + "/og.png\">"
              + "<script src=\""
              + base
              + "/script.js\"></script>"
              + "<script type=\"application/ld+json\">{\"@context\": \""
              + base
              + "/context.jsonld\", \"@type\": \"NewsArticle\", \"headline\": \"Fetch test\", \"image\": \""
              + base
              + "/ld.png\"}</script>"
              + "<style>@import url("
              + base
              + "/import.css); body { background: url("
              + base
              + "/bg.png) }</style>"
              + "</head><body><article><h1>Fetch test</h1>"
              + "<img src=\""
              + base
              + "/img.png\" srcset=\""
              + base
              + "/img2.png 2x\">"
              + "<iframe src=\""
              + base
              + "/frame\"></iframe><object data=\""
              + base
              + "/obj\"></object>"
              + "<video src=\""
              + base
              + "/v.mp4\" poster=\""
              + base
              + "/poster.png\"></video>"
              + "<p>The ceasefire held; see <a href=\""
              + base
              + "/link\">the report</a>.</p>"
              + "<svg><image href=\""
              + base
              + "/svg.png\"/></svg>"
              + "</article></body></html>");
      files.put(
          "note.md",
          "---\ntitle: Fetch test\nurl: "
              + base
              + "/md\nimage: !!java.net.URL [\""
              + base
              + "/yaml-url\"]\n---\n![img]("
              + base
              + "/md.png)\n\nText with <img src=\""
              + base
              + "/inline.png\">.\n");
      files.put(
          "wire.jsonl",
          "{\"id\": \"j1\", \"url\": \""
              + base
              + "/json\", \"text\": \"<img src='"
              + base
              + "/json.png'> ceasefire\"}\n");
      files.put(
          "plain.txt",
          "Fetch test\n\nSee "
              + base
              + "/plain and <script src=\""
              + base
              + "/p.js\"></script>.\n");
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.writeString(corpus.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      try (NewsIndex index = NewsIndex.open(tmp.resolve("index"))) {
        IngestReport report = index.ingest(List.of(corpus), IngestListener.NONE);
        assertThat(report.files()).isEqualTo(files.size());
        assertThat(index.search(SearchRequest.query("ceasefire").build()).total()).isPositive();
      }
      ArticleReader reader = ArticleReader.create(IndexOptions.defaults());
      for (String name : files.keySet()) {
        try {
          reader.read(corpus.resolve(name));
        } catch (IOException e) {
          // refused is fine; fetching is not
        }
      }
      // Give a late connection attempt time to land before the count is read.
      Thread.sleep(300);
      stop.set(true);
      listener.join(5_000);
      assertThat(connections.get()).as("connections to the URLs the articles name").isZero();
      Reliability.print(
          TEST,
          f(
              "no fetching: %d files naming %s, indexed and read; connections received: %d",
              files.size(), base, connections.get()));
    }
  }
}
