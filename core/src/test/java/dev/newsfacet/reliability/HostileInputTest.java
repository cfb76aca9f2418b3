package dev.newsfacet.reliability;

import static dev.newsfacet.reliability.Reliability.f;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 4 of issue 6: at least 1,000 generated bad files mixed with good ones. The ingest completes,
 * every file is indexed or reported with a one-line reason, and every good article is indexed.
 */
class HostileInputTest {
  private static final String TEST = "hostile-input";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

  @TempDir Path tmp;

  /** Files written, by category. */
  private final Map<String, List<Path>> categories = new LinkedHashMap<>();

  /** Ids that must be in the index afterwards. */
  private final List<String> goodIds = new ArrayList<>();

  /** Expected outcomes by category, where one is certain. */
  private final Map<String, Set<FileOutcome>> expected = new HashMap<>();

  private Path root;
  private Random random;
  private int counter;

  @Test
  void badFilesAreAccountedForAndGoodOnesIndexed() throws Exception {
    long seed = Reliability.seed(TEST, 4L);
    random = new Random(seed);
    root = Files.createDirectories(tmp.resolve("corpus"));
    int scale = Reliability.scale(1, 5);
    generate(scale);
    int files = categories.values().stream().mapToInt(List::size).sum();
    int bad = files - categories.getOrDefault("good", List.of()).size();

    Map<String, FileOutcome> outcomes = new ConcurrentHashMap<>();
    IngestReport report;
    Path dir = tmp.resolve("index");
    try (NewsIndex index =
        NewsIndex.open(
            dir, IndexOptions.builder().maxFileBytes(MAX_FILE_BYTES).threads(2).build())) {
      report =
          index.ingest(
              List.of(root),
              new IngestListener() {
                @Override
                public void fileDone(String file, FileOutcome outcome) {
                  assertThat(outcomes.put(file, outcome)).as("reported once: %s", file).isNull();
                }
              });
      assertThat(report.files()).as("every file created is seen once").isEqualTo(files);
      for (Map.Entry<String, List<Path>> c : categories.entrySet()) {
        for (Path p : c.getValue()) {
          FileOutcome o = outcomes.get(p.toString());
          assertThat(o).as("outcome of %s (%s)", p, c.getKey()).isNotNull();
          Set<FileOutcome> want = expected.get(c.getKey());
          if (want != null) {
            assertThat(want).as("outcome of %s (%s)", p, c.getKey()).contains(o);
          }
        }
      }
      Map<String, List<FileProblem>> problems = new HashMap<>();
      for (FileProblem p : report.problems()) {
        String file = p.file().replaceFirst("#\\d+$", "");
        problems.computeIfAbsent(file, k -> new ArrayList<>()).add(p);
        assertThat(p.reason()).as("reason of %s", p.file()).isNotBlank().doesNotContain("\n");
      }
      for (Map.Entry<String, FileOutcome> o : outcomes.entrySet()) {
        if (o.getValue() == FileOutcome.SKIPPED || o.getValue() == FileOutcome.FAILED) {
          assertThat(problems)
              .as("a %s file has a reason: %s", o.getValue(), o.getKey())
              .containsKey(o.getKey());
        }
      }
      for (String id : goodIds) {
        assertThat(index.get(id)).as("good article %s is indexed", id).isPresent();
      }
    }
    assertThat(Reliability.checkIndex(dir).clean).isTrue();

    Map<FileOutcome, Integer> byOutcome = new TreeMap<>();
    outcomes.values().forEach(o -> byOutcome.merge(o, 1, Integer::sum));
    Reliability.print(
        TEST,
        f(
            "files tried: %d (%d hostile, %d good, in %d categories); outcomes %s; %d problems"
                + " reported; %d good articles all indexed; CheckIndex clean",
            files,
            bad,
            categories.getOrDefault("good", List.of()).size(),
            categories.size(),
            byOutcome,
            report.problems().size(),
            goodIds.size()));
    Map<String, String> perCategory = new TreeMap<>();
    for (Map.Entry<String, List<Path>> c : categories.entrySet()) {
      Map<FileOutcome, Integer> counts = new TreeMap<>();
      for (Path p : c.getValue()) {
        counts.merge(outcomes.get(p.toString()), 1, Integer::sum);
      }
      perCategory.put(c.getKey(), c.getValue().size() + " " + counts);
      Set<String> reasons = new java.util.TreeSet<>();
      for (FileProblem p : report.problems()) {
        if (c.getValue().stream().anyMatch(f -> p.file().startsWith(f.toString()))) {
          String r = p.reason().replaceAll("[0-9]+", "N");
          reasons.add(r.length() > 70 ? r.substring(0, 70) + "..." : r);
        }
      }
      if (!reasons.isEmpty()) {
        Reliability.print(TEST, "reasons in " + c.getKey() + ": " + reasons);
      }
    }
    Reliability.print(TEST, "by category: " + perCategory);
    if (unreadableWereRead) {
      Reliability.print(
          TEST,
          "running as root: chmod 000 does not stop reads, so the unreadable files were read");
    }
  }

  private boolean unreadableWereRead;

  private void generate(int scale) throws IOException {
    for (int i = 0; i < 60 * scale; i++) {
      good();
    }
    for (int i = 0; i < 150 * scale; i++) {
      byte[] b = new byte[50 + random.nextInt(2000)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (0x80 + random.nextInt(0x80));
      }
      file("invalid-utf8", ext(), b);
    }
    for (int i = 0; i < 40 * scale; i++) {
      String text =
          "Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve r\u00e9sum\u00e9 \u20ac5\n\n"
              + sentence();
      file("windows-1252", "txt", text.getBytes(Charset.forName("windows-1252")));
    }
    byte[][] boms = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xFF, (byte) 0xFE},
      {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE, 0, 0},
      {0, 0, (byte) 0xFE, (byte) 0xFF},
      {0x2B, 0x2F, 0x76, 0x38},
      {(byte) 0xF7, 0x64, 0x4C},
      {(byte) 0xDD, 0x73, 0x66, 0x73},
      {0x0E, (byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFB, (byte) 0xEE, 0x28},
      {(byte) 0x84, 0x31, (byte) 0x95, 0x33},
    };
    Charset[] bomCharsets = {
      StandardCharsets.UTF_8,
      StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE,
      Charset.forName("UTF-32LE"),
      Charset.forName("UTF-32BE"),
    };
    for (int s = 0; s < scale; s++) {
      for (int k = 0; k < boms.length; k++) {
        for (String ext : List.of("txt", "json", "jsonl", "md", "html")) {
          Charset cs = k < bomCharsets.length ? bomCharsets[k] : StandardCharsets.UTF_8;
          String id = "bom-" + s + "-" + k + "-" + ext;
          String text =
              switch (ext) {
                case "json", "jsonl" ->
                    JSON.writeValueAsString(Map.of("id", id, "text", sentence()));
                case "md" -> "---\nid: " + id + "\n---\n" + sentence();
                case "html" ->
                    "<html><body><article><p>" + sentence() + "</p></article></body></html>";
                default -> sentence();
              };
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.write(boms[k]);
          out.write(text.getBytes(cs));
          Path written = file("bom", ext, out.toByteArray());
          if (k < 3) {
            // UTF-8 and UTF-16 with a BOM are supported: those articles must be indexed.
            goodIdOf(
                ext.equals("txt") || ext.equals("html") ? root.relativize(written).toString() : id);
          }
        }
      }
    }
    for (int i = 0; i < 150 * scale; i++) {
      byte[] b = new byte[10 + random.nextInt(5000)];
      random.nextBytes(b);
      b[random.nextInt(Math.min(b.length, 8000))] = 0;
      file("binary", ext(), b);
    }
    expected.put("binary", EnumSet.of(FileOutcome.SKIPPED));
    for (int i = 0; i < 10 * scale; i++) {
      String text = sentence() + "\n" + "x".repeat(9000) + "\u0000\u0000 tail " + sentence();
      file("nul-after-8k", "txt", text.getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < 60 * scale; i++) {
      byte[] b =
          switch (i % 5) {
            case 0 -> new byte[0];
            case 1 -> "   \n\t\n".getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case 3 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> "\r\n\r\n".getBytes(StandardCharsets.UTF_8);
          };
      file("empty", ext(), b);
    }
    expected.put("empty", EnumSet.of(FileOutcome.SKIPPED, FileOutcome.FAILED));
    for (int i = 0; i < 4 * scale; i++) {
      file(
          "too-large",
          ext(),
          "word ".repeat((int) (MAX_FILE_BYTES / 5) + 100).getBytes(StandardCharsets.UTF_8));
    }
    expected.put("too-large", EnumSet.of(FileOutcome.SKIPPED));
    for (int i = 0; i < 4 * scale; i++) {
      ByteArrayOutputStream bomb = new ByteArrayOutputStream();
      try (OutputStream gz = new GZIPOutputStream(bomb)) {
        byte[] zeros = new byte[1024 * 1024];
        java.util.Arrays.fill(zeros, (byte) 'a');
        for (int k = 0; k < 20; k++) {
          gz.write(zeros);
        }
      }
      file("gzip-bomb", ext() + ".gz", bomb.toByteArray());
      byte[] broken = java.util.Arrays.copyOf(bomb.toByteArray(), bomb.size() / 2);
      file("gzip-truncated", ext() + ".gz", broken);
    }
    expected.put("gzip-bomb", EnumSet.of(FileOutcome.SKIPPED));
    expected.put("gzip-truncated", EnumSet.of(FileOutcome.SKIPPED, FileOutcome.FAILED));
    String[] brokenJson = {
      "{",
      "}",
      "[",
      "{\"id\":",
      "{\"id\": \"x\"",
      "{\"id\": \"x\",}",
      "{'id': 'x'}",
      "[1,2,3]",
      "\"just a string\"",
      "42",
      "null",
      "true",
      "{\"id\": \"a\"} trailing",
      "{\"id\": \"a\"}{\"id\": \"b\"}",
      "{\"id\": [1,2]}",
      "{\"id\": {\"x\": 1}}",
      "{\"text\": \"\\ud800\"}",
      "{\"text\": \"\\uZZZZ\"}",
      "{\"date\": \"2023-02-30\", \"text\": \"x\"}",
      "{\"date\": \"yesterday\", \"text\": \"x\"}",
      "{\"year\": 99999, \"text\": \"x\"}",
      "{\"year\": \"MMXX\", \"text\": \"x\"}",
      "{\"year\": 1" + "0".repeat(200) + "}",
      "{\"mentioned_year\": [\"soon\"]}",
      "{\"id\": \"   \", \"text\": \"blank id\"}",
      "{\"text\": 1e999999}",
      "[{\"id\": \"a\"}, 5, null, \"x\"]",
      "{\"title\": \"x\", \"title\": \"y\"}",
      "{\"date\": \"2020-01-01\\nINJECTED LINE\", \"text\": \"x\"}",
      "/* comment */ {\"id\": \"c\"}",
      "\u0001\u0002{}",
    };
    for (int s = 0; s < 8 * scale; s++) {
      for (String j : brokenJson) {
        file("broken-json", "json", j.getBytes(StandardCharsets.UTF_8));
      }
    }
    for (int i = 0; i < 2 * scale; i++) {
      file(
          "nested-json",
          "json",
          ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
      file(
          "nested-json",
          "json",
          ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
      file(
          "nested-json",
          "jsonl",
          ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "\n")
              .getBytes(StandardCharsets.UTF_8));
      file("nested-json", "json", "[".repeat(10_000).getBytes(StandardCharsets.UTF_8));
      file(
          "nested-json",
          "json",
          ("{\"id\":\"n\",\"party\":" + "[".repeat(65) + "\"x\"" + "]".repeat(65) + "}")
              .getBytes(StandardCharsets.UTF_8));
    }
    expected.put("nested-json", EnumSet.of(FileOutcome.FAILED));
    for (int i = 0; i < 120 * scale; i++) {
      StringBuilder sb = new StringBuilder();
      int lines = 3 + random.nextInt(10);
      List<String> ids = new ArrayList<>();
      for (int l = 0; l < lines; l++) {
        if (random.nextInt(3) == 0) {
          sb.append(brokenJson[random.nextInt(brokenJson.length)].replace('\n', ' ')).append('\n');
        } else {
          String id = "jl-" + i + "-" + l;
          sb.append(
                  JSON.writeValueAsString(
                      Map.of("id", id, "title", "Line " + l, "text", sentence())))
              .append('\n');
          ids.add(id);
        }
      }
      file("jsonl-bad-lines", "jsonl", sb.toString().getBytes(StandardCharsets.UTF_8));
      goodIds.addAll(ids);
    }
    for (int i = 0; i < 3 * scale; i++) {
      StringBuilder sb = new StringBuilder("<html><head>");
      for (int k = 0; k < 2000; k++) {
        sb.append("<script>document.write('<p>evil ")
            .append(k)
            .append("</p>'); fetch('http://127.0.0.1:9/x')</script>");
      }
      sb.append("</head><body onload=\"alert(1)\"><article><p>").append(sentence()).append("</p>");
      sb.append("<script src=\"http://127.0.0.1:9/a.js\"></script><p>")
          .append(sentence())
          .append("</p></article></body></html>");
      file("html-scripts", "html", sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < scale; i++) {
      String deep =
          "<html><body>"
              + "<div>".repeat(100_000)
              + "<p>deep text</p>"
              + "</div>".repeat(100_000)
              + "</body></html>";
      file("html-100k-divs", "html", deep.getBytes(StandardCharsets.UTF_8));
      String unclosed = "<html><body>" + "<div><span><b>".repeat(30_000) + "text";
      file("html-100k-divs", "htm", unclosed.getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < 3 * scale; i++) {
      StringBuilder line = new StringBuilder();
      while (line.length() < 900_000) {
        line.append("ceasefire talks border ");
      }
      file(
          "huge-line", i % 2 == 0 ? "txt" : "md", line.toString().getBytes(StandardCharsets.UTF_8));
      file(
          "huge-line",
          "jsonl",
          (JSON.writeValueAsString(Map.of("id", "huge-" + i, "text", line.substring(0, 800_000)))
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      goodIds.add("huge-" + i);
    }
    String longWord = "w".repeat(40_000);
    for (int i = 0; i < 2 * scale; i++) {
      file(
          "long-term",
          "txt",
          ("Long word\n\n" + longWord + " ceasefire").getBytes(StandardCharsets.UTF_8));
      String id = "long-party-" + i;
      file(
          "long-term",
          "json",
          JSON.writeValueAsString(Map.of("id", id, "party", longWord, "text", "a long party value"))
              .getBytes(StandardCharsets.UTF_8));
      goodIds.add(id);
      String person = "long-person-" + i;
      file(
          "long-term",
          "json",
          JSON.writeValueAsString(
                  Map.of(
                      "id",
                      person,
                      "person",
                      List.of(longWord, "Nikol Pashinyan"),
                      "source",
                      longWord,
                      "title",
                      longWord,
                      "text",
                      "long values"))
              .getBytes(StandardCharsets.UTF_8));
      goodIds.add(person);
      // An id over Lucene's 32,766-byte term limit: its file or record fails with a reason, the
      // run goes on (see also ReliabilityIssuesTest).
      file(
          "long-id",
          "json",
          JSON.writeValueAsString(Map.of("id", longWord + i, "text", "a long id"))
              .getBytes(StandardCharsets.UTF_8));
      file(
          "long-id",
          "md",
          ("---\nid: " + longWord + "m" + i + "\n---\nlong id").getBytes(StandardCharsets.UTF_8));
      String n1 = "beside-long-id-a" + i;
      String n2 = "beside-long-id-b" + i;
      file(
          "long-id-records",
          "jsonl",
          (JSON.writeValueAsString(Map.of("id", n1, "text", "before"))
                  + "\n"
                  + JSON.writeValueAsString(Map.of("id", longWord + "j" + i, "text", "long"))
                  + "\n"
                  + JSON.writeValueAsString(Map.of("id", n2, "text", "after"))
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      goodIds.add(n1);
      goodIds.add(n2);
    }
    expected.put("long-id", EnumSet.of(FileOutcome.FAILED, FileOutcome.SKIPPED));
    expected.put("long-id-records", EnumSet.of(FileOutcome.ADDED));
    Path loops = Files.createDirectories(root.resolve("loops"));
    for (int i = 0; i < 5 * scale; i++) {
      Path self = loops.resolve("self-" + i + ".txt");
      Files.createSymbolicLink(self, self.getFileName());
      add("symlink", self);
      Path a = loops.resolve("a-" + i + ".txt");
      Path b = loops.resolve("b-" + i + ".txt");
      Files.createSymbolicLink(a, b.getFileName());
      Files.createSymbolicLink(b, a.getFileName());
      add("symlink", a);
      add("symlink", b);
      Path up = loops.resolve("up-" + i);
      Files.createSymbolicLink(up, Path.of(".."));
      add("symlink", up);
      Path dangling = loops.resolve("dangling-" + i + ".json");
      Files.createSymbolicLink(dangling, Path.of("nowhere", "missing.json"));
      add("symlink", dangling);
    }
    expected.put("symlink", EnumSet.of(FileOutcome.SKIPPED));
    Path locked = Files.createDirectories(root.resolve("locked"));
    for (int i = 0; i < 5 * scale; i++) {
      Path p = locked.resolve("unreadable-" + i + ".txt");
      Files.writeString(p, "Secret\n\n" + sentence());
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
      add("unreadable", p);
      unreadableWereRead |= Files.isReadable(p);
    }
    if (!unreadableWereRead) {
      expected.put("unreadable", EnumSet.of(FileOutcome.FAILED));
    }
    @SuppressWarnings("StringConcatToTextBlock") // one escaped line per YAML line reads better here
    String laughs =
        "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
            + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
            + "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
            + "party: *i\n---\nbody\n";
    String[] yaml = {
      laughs,
      "---\nx: !!java.io.File [\"/etc/passwd\"]\n---\nbody",
      "---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n---\nbody",
      "---\nx: !!dev.newsfacet.reliability.Canary {}\n---\nbody",
      "---\ntitle: !!binary aGVsbG8=\n---\nbody",
      "---\ndate: !!timestamp 2001-12-14t21:59:43.10-05:00\n---\nbody",
      "---\nparty: !!set {Armenia, Azerbaijan}\n---\nbody",
      "---\ntitle: !custom thing\n---\nbody",
      "---\n- a\n- b\n---\nbody",
      "---\njust a string\n---\nbody",
      "---\nkey: [unclosed\n---\nbody",
      "---\nid: x\nid: y\n---\nbody",
      "---\n" + "a:\n  ".repeat(2000) + "b: 1\n---\nbody",
      "---\n" + "[".repeat(5000) + "\n---\nbody",
      "---\ntitle: " + "x".repeat(1_100_000) + "\n---\nbody",
      "---\ntitle: no closing fence\nbody",
      "---\ndate: 2023-02-30\n---\nbody",
      "---\n&anchor title: *anchor\n---\nbody",
    };
    for (int s = 0; s < 5 * scale; s++) {
      for (String y : yaml) {
        file("yaml", "md", y.getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.createDirectories(root.resolve(".hidden"));
    Files.writeString(root.resolve(".hidden/secret.txt"), "never read");
    Files.writeString(root.resolve(".dotfile.txt"), "never read");
    for (int i = 0; i < 20 * scale; i++) {
      file(
          "not-an-article",
          List.of("png", "pdf", "exe", "", "docx").get(i % 5),
          sentence().getBytes(StandardCharsets.UTF_8));
    }
    expected.put("not-an-article", EnumSet.of(FileOutcome.SKIPPED));
    for (int i = 0; i < 10 * scale; i++) {
      String name =
          List.of("spa ce", "ünïcödé", "日本語", "semi;colon", "quote'd", "dash-", "emoji\uD83D\uDE00")
                  .get(i % 7)
              + "-"
              + i
              + ".txt";
      Path p = root.resolve("names").resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "Odd name\n\n" + sentence());
      add("odd-names", p);
      goodIds.add(root.relativize(p).toString());
    }
    expected.put("odd-names", EnumSet.of(FileOutcome.ADDED));
    expected.put("good", EnumSet.of(FileOutcome.ADDED));
  }

  private void good() throws IOException {
    String id = "good-" + counter;
    String ext = List.of("json", "jsonl", "md", "txt", "html").get(random.nextInt(5));
    String text =
        switch (ext) {
          case "json" ->
              JSON.writeValueAsString(
                  Map.of(
                      "id",
                      id,
                      "title",
                      "Good " + counter,
                      "text",
                      sentence(),
                      "party",
                      List.of("Armenia")));
          case "jsonl" ->
              JSON.writeValueAsString(
                      Map.of("id", id, "title", "Good " + counter, "text", sentence()))
                  + "\n";
          case "md" ->
              "---\nid: "
                  + id
                  + "\ntitle: Good\ndate: 2020-01-0"
                  + (1 + random.nextInt(9))
                  + "\n---\n\n"
                  + sentence();
          case "html" ->
              "<html><head><meta property=\"og:title\" content=\"Good\"></head><body><article><p>"
                  + sentence()
                  + "</p></article></body></html>";
          default -> "Good news today\n\n" + sentence() + "\n";
        };
    Path p = file("good", ext, text.getBytes(StandardCharsets.UTF_8));
    goodIdOf(ext.equals("txt") || ext.equals("html") ? root.relativize(p).toString() : id);
  }

  private void goodIdOf(String id) {
    goodIds.add(id);
  }

  private String ext() {
    return List.of("txt", "json", "jsonl", "md", "html").get(random.nextInt(5));
  }

  private String sentence() {
    return Corpus.sentence(random, "n" + counter);
  }

  private Path file(String category, String ext, byte[] bytes) throws IOException {
    Path dir = Files.createDirectories(root.resolve(category));
    Path p = dir.resolve(f("%s-%04d%s", category, counter++, ext.isEmpty() ? "" : "." + ext));
    Files.write(p, bytes);
    add(category, p);
    return p;
  }

  private void add(String category, Path p) {
    categories.computeIfAbsent(category, k -> new ArrayList<>()).add(p);
  }
}
