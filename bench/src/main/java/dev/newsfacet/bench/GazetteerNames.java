package dev.newsfacet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names in newsfacet's built-in gazetteer, read as data files from the core jar: the generator
 * mentions these parties, persons and places, so extraction has real work to do.
 */
final class GazetteerNames {
  private static final String DIR = "dev/newsfacet/internal/extract/";

  /**
   * One gazetteer entry: its label, the other ways to write it, its type and what it belongs to (a
   * person's party, a body's organisation; null if nothing).
   */
  record Entry(String name, List<String> aliases, String type, String affiliation) {}

  final List<Entry> parties;
  final List<Entry> persons;
  final List<Entry> places;

  /**
   * Lower-case words of every party name and alias. Filler text never capitalises them, so that an
   * article without party metadata cannot make the extractor find a party by accident.
   */
  final Set<String> partyWords;

  /** Words of party aliases written entirely in lower case: these match in any case. */
  final Set<String> caseFreePartyWords;

  private final Map<String, Entry> partiesByName;

  private GazetteerNames(List<Entry> parties, List<Entry> persons, List<Entry> places) {
    this.parties = parties;
    this.persons = persons;
    this.places = places;
    Set<String> words = new HashSet<>();
    Set<String> caseFree = new HashSet<>();
    for (Entry e : parties) {
      List<String> all = new ArrayList<>(e.aliases());
      all.add(e.name());
      for (String alias : all) {
        List<String> tokens = words(alias);
        words.addAll(tokens);
        if (alias.equals(alias.toLowerCase(Locale.ROOT))) {
          caseFree.addAll(tokens);
        }
      }
    }
    this.partyWords = Set.copyOf(words);
    this.caseFreePartyWords = Set.copyOf(caseFree);
    Map<String, Entry> byName = new HashMap<>();
    for (Entry e : parties) {
      byName.put(e.name(), e);
    }
    this.partiesByName = Map.copyOf(byName);
  }

  /**
   * The parties a person acts for when named with the office of head of state or government, as the
   * extractor lists them: the person's party and the organisations above it.
   */
  List<String> actsFor(Entry person) {
    List<String> out = new ArrayList<>();
    String next = person.affiliation();
    for (int depth = 0; next != null && depth < 4; depth++) {
      Entry party = partiesByName.get(next);
      if (party == null || out.contains(party.name())) {
        break;
      }
      out.add(party.name());
      next = party.affiliation();
    }
    return out;
  }

  /**
   * A CRC-32 of the gazetteer files the generator reads, in hex. The generated text and metadata
   * follow them, so a corpus written with other files is another corpus, whatever its seed.
   */
  static String fingerprint() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    for (String file : List.of("parties.jsonl", "persons.jsonl", "places.jsonl")) {
      try (InputStream in = GazetteerNames.class.getClassLoader().getResourceAsStream(DIR + file)) {
        if (in == null) {
          throw new IllegalStateException("gazetteer " + DIR + file + " not on the class path");
        }
        crc.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer " + file, e);
      }
    }
    return Long.toHexString(crc.getValue());
  }

  static GazetteerNames load() {
    return new GazetteerNames(read("parties.jsonl"), read("persons.jsonl"), read("places.jsonl"));
  }

  /** Whether a name shares no word with any party name or alias. */
  boolean partyFree(String name) {
    for (String w : words(name)) {
      if (partyWords.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case letter-and-digit runs, the way the extractor splits words. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static List<Entry> read(String file) {
    ObjectMapper mapper = new ObjectMapper();
    List<Entry> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    try (InputStream in = GazetteerNames.class.getClassLoader().getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "gazetteer " + DIR + file + " not on the class path (is newsfacet-core there?)");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        JsonNode n = mapper.readTree(l);
        String name = n.path("name").asText("");
        if (name.isBlank() || !seen.add(name)) {
          continue;
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : n.path("aliases")) {
          aliases.add(a.asText());
        }
        String affiliation = n.path("affiliation").asText(null);
        out.add(new Entry(name, List.copyOf(aliases), n.path("type").asText(""), affiliation));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
    return List.copyOf(out);
  }
}
