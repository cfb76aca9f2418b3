package dev.newsfacet.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated corpus of good article files in every format the ingester reads, with the ids each
 * file must give: JSON Lines and JSON arrays of 1 to {@code maxPerFile} records, plain text and
 * Markdown with front matter (one article each), in a few subdirectories.
 *
 * @param dir the directory given to ingest
 * @param ids the ids of each file, by the file's path as the ingest report shows it
 */
public record Corpus(Path dir, Map<String, List<String>> ids) {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] WORDS = {
    "ceasefire",
    "talks",
    "border",
    "troops",
    "withdrawal",
    "monitors",
    "shelling",
    "village",
    "corridor",
    "refugees",
    "treaty",
    "envoy",
    "summit",
    "sanctions",
    "convoy",
    "harvest",
    "bridge",
    "election",
    "parliament",
    "protest",
    "pipeline",
    "drought",
    "ferry",
    "archive",
    "museum"
  };
  private static final String[] PARTIES = {
    "Armenia", "Azerbaijan", "Russia", "Turkey", "France", "Georgia", "Iran", "United Nations"
  };

  /** How many articles the corpus holds. */
  public int articles() {
    return ids.values().stream().mapToInt(List::size).sum();
  }

  /** Every id of the corpus. */
  public List<String> allIds() {
    List<String> out = new ArrayList<>();
    ids.values().forEach(out::addAll);
    return out;
  }

  /** Writes {@code files} files into {@code dir}. */
  public static Corpus generate(Path dir, int files, int maxPerFile, Random random)
      throws IOException {
    Files.createDirectories(dir);
    Map<String, List<String>> ids = new LinkedHashMap<>();
    for (int i = 0; i < files; i++) {
      int kind = random.nextInt(100);
      String sub = "d" + (i % 7);
      String stem = String.format(java.util.Locale.ROOT, "f%04d", i);
      String ext = kind < 45 ? "jsonl" : kind < 65 ? "json" : kind < 90 ? "txt" : "md";
      String rel = sub + "/" + stem + "." + ext;
      Path file = dir.resolve(rel);
      Files.createDirectories(file.getParent());
      List<String> fileIds = new ArrayList<>();
      switch (ext) {
        case "jsonl" -> {
          StringBuilder sb = new StringBuilder();
          int n = 1 + random.nextInt(maxPerFile);
          for (int k = 0; k < n; k++) {
            String id = stem + "-" + k;
            sb.append(JSON.writeValueAsString(record(id, random))).append('\n');
            fileIds.add(id);
          }
          Files.writeString(file, sb, StandardCharsets.UTF_8);
        }
        case "json" -> {
          ArrayNode array = JSON.createArrayNode();
          int n = 1 + random.nextInt(maxPerFile);
          for (int k = 0; k < n; k++) {
            String id = stem + "-" + k;
            array.add(record(id, random));
            fileIds.add(id);
          }
          Files.writeString(file, JSON.writeValueAsString(array), StandardCharsets.UTF_8);
        }
        case "txt" -> {
          Files.writeString(
              file,
              title(random)
                  + "\n\n"
                  + sentence(random, stem)
                  + "\n\n"
                  + sentence(random, stem)
                  + "\n",
              StandardCharsets.UTF_8);
          fileIds.add(rel);
        }
        default -> {
          boolean ownId = random.nextBoolean();
          String id = ownId ? stem + "-md" : rel;
          Files.writeString(
              file,
              "---\n"
                  + (ownId ? "id: " + id + "\n" : "")
                  + "title: "
                  + title(random)
                  + "\ndate: "
                  + date(random)
                  + "\nparty: ["
                  + PARTIES[random.nextInt(PARTIES.length)]
                  + "]\n---\n\n"
                  + sentence(random, stem)
                  + "\n",
              StandardCharsets.UTF_8);
          fileIds.add(id);
        }
      }
      ids.put(dir.resolve(rel).toString(), List.copyOf(fileIds));
    }
    return new Corpus(dir, ids);
  }

  /** One article record as JSON. */
  public static ObjectNode record(String id, Random random) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("title", title(random));
    o.put("date", date(random).toString());
    ArrayNode parties = o.putArray("party");
    parties.add(PARTIES[random.nextInt(PARTIES.length)]);
    o.put("text", sentence(random, id) + " " + sentence(random, id));
    return o;
  }

  static String title(Random random) {
    return capitalised(WORDS[random.nextInt(WORDS.length)])
        + " "
        + WORDS[random.nextInt(WORDS.length)]
        + " "
        + WORDS[random.nextInt(WORDS.length)];
  }

  static String sentence(Random random, String marker) {
    StringBuilder sb = new StringBuilder("Report " + marker.replaceAll("[^A-Za-z0-9]", " ") + ":");
    int n = 8 + random.nextInt(25);
    for (int i = 0; i < n; i++) {
      sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }

  static LocalDate date(Random random) {
    return LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
