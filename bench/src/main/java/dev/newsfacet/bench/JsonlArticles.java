package dev.newsfacet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the generator's JSON Lines for the engines that have no reader of their own (plain Lucene,
 * SQLite): the same keys newsfacet reads, parsed with Jackson as newsfacet does.
 */
final class JsonlArticles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonlArticles() {}

  /** Receives records. */
  interface Sink {
    void accept(CorpusGenerator.GeneratedArticle r) throws Exception;
  }

  /** The JSON Lines files under a directory, in name order. */
  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** Parses every line of a file in order. */
  static void read(Path file, Sink sink) throws Exception {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          sink.accept(parse(line));
        }
      }
    }
  }

  static CorpusGenerator.GeneratedArticle parse(String line) throws IOException {
    JsonNode n = MAPPER.readTree(line);
    LocalDate date = n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null;
    Integer year =
        date != null
            ? Integer.valueOf(date.getYear())
            : n.hasNonNull("year") ? n.get("year").asInt() : null;
    List<String> parties = new ArrayList<>();
    JsonNode p = n.get("party");
    if (p != null && p.isArray()) {
      for (JsonNode v : p) {
        parties.add(v.asText());
      }
    } else if (p != null && p.isTextual()) {
      parties.add(p.asText());
    }
    return new CorpusGenerator.GeneratedArticle(
        n.path("id").asText(),
        n.hasNonNull("title") ? n.get("title").asText() : null,
        n.path("text").asText(""),
        date,
        year,
        n.hasNonNull("source") ? n.get("source").asText() : null,
        n.hasNonNull("url") ? n.get("url").asText() : null,
        n.hasNonNull("author") ? n.get("author").asText() : null,
        parties);
  }
}
