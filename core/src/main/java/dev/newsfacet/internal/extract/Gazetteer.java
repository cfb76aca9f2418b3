package dev.newsfacet.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsfacet.Dimension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities known by name: the built-in lists (resources beside this class) and user files in the
 * same format, one JSON object per line:
 *
 * <pre>{"dimension":"party","name":"Azerbaijan","type":"state","aliases":["Azerbaijani","Baku"]}
 * </pre>
 *
 * <p>Fields: {@code dimension} ({@code party}, {@code person} or {@code place}), {@code name} (the
 * canonical label), {@code type}, {@code aliases} (other names, abbreviations, demonyms and
 * seat-of-power metonyms; an alias that is also the name of a place, such as a capital, names the
 * party only where the text uses it as an actor: "Baku said", not "talks in Baku"), {@code
 * affiliation} (a person's party, a place's state, an organisation body's parent organisation,
 * which is then listed too) and optional {@code from}/{@code until} years, which decide between
 * entities that share a name. A user entry with the same dimension and name as an earlier one
 * replaces it.
 */
final class Gazetteer {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String[] BUILT_IN = {"parties.jsonl", "persons.jsonl", "places.jsonl"};

  private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();

  static Gazetteer builtIn() {
    Gazetteer g = new Gazetteer();
    for (String resource : BUILT_IN) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in gazetteer resource missing: " + resource);
        }
        g.load(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return g;
  }

  /** Merges a user gazetteer file over this one. */
  void load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      load(r, file.toString());
    }
  }

  private void load(java.io.Reader reader, String origin) throws IOException {
    BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      GazetteerEntry e;
      try {
        e = parse(JSON.readTree(line));
      } catch (IOException | IllegalArgumentException ex) {
        throw new IllegalArgumentException(
            "gazetteer " + origin + " line " + lineNo + ": " + ex.getMessage(), ex);
      }
      entries.put(e.dimension() + "\u0000" + e.name(), e);
    }
  }

  private static GazetteerEntry parse(JsonNode n) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    String dim = text(n, "dimension");
    if (dim == null) {
      throw new IllegalArgumentException("missing \"dimension\" (party, person or place)");
    }
    return new GazetteerEntry(
        Dimension.of(dim),
        text(n, "name"),
        text(n, "type"),
        texts(n, "aliases"),
        text(n, "affiliation"),
        year(n, "from"),
        year(n, "until"),
        texts(n, "communities"));
  }

  /** A list of strings, or one string standing for a list of one. */
  private static List<String> texts(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode a = n.get(field);
    if (a != null && a.isArray()) {
      a.forEach(x -> out.add(x.asText()));
    } else if (a != null && a.isTextual()) {
      out.add(a.asText());
    }
    return out;
  }

  private static Integer year(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    try {
      if (v.isTextual()) {
        return Integer.valueOf(v.asText().strip());
      }
      throw new IllegalArgumentException("\"" + field + "\" must be a year, got " + v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + field + "\" must be a year, got " + v, e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  Collection<GazetteerEntry> entries() {
    return entries.values();
  }
}
