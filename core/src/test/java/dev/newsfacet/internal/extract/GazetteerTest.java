package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfacet.Article;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
  @TempDir Path dir;

  private static GazetteerEntry find(Gazetteer g, Dimension d, String name) {
    return g.entries().stream()
        .filter(e -> e.dimension() == d && e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + d + " " + name));
  }

  private Path write(String fileName, String... lines) throws IOException {
    Path p = dir.resolve(fileName);
    Files.write(p, List.of(lines), StandardCharsets.UTF_8);
    return p;
  }

  private static Article enrich(Extractor x, String body) {
    return x.enrich(Article.builder("g").body(body).build());
  }

  // ---- built-in lists ----

  @Test
  void builtInLoadsAllThreeDimensions() {
    Gazetteer g = Gazetteer.builtIn();
    assertThat(g.entries())
        .extracting(GazetteerEntry::dimension)
        .containsOnly(Dimension.PARTY, Dimension.PERSON, Dimension.PLACE)
        .contains(Dimension.PARTY, Dimension.PERSON, Dimension.PLACE);
  }

  @Test
  void builtInHasAtLeast193States() {
    Gazetteer g = Gazetteer.builtIn();
    long states =
        g.entries().stream()
            .filter(e -> e.dimension() == Dimension.PARTY && "state".equals(e.type()))
            .count();
    assertThat(states).isGreaterThanOrEqualTo(193);
    assertThat(find(g, Dimension.PARTY, "Armenia").type()).isEqualTo("state");
    assertThat(find(g, Dimension.PARTY, "Azerbaijan").type()).isEqualTo("state");
    assertThat(find(g, Dimension.PARTY, "United States").aliases()).contains("US", "U.S.");
  }

  @Test
  void builtInHasNoBlankNamesOrAliases() {
    for (GazetteerEntry e : Gazetteer.builtIn().entries()) {
      assertThat(e.name()).as("name").isNotBlank();
      assertThat(e.name()).as("name of %s", e.name()).isEqualTo(e.name().strip());
      assertThat(e.aliases())
          .as("aliases of %s", e.name())
          .allSatisfy(a -> assertThat(a).isNotBlank());
    }
  }

  @Test
  void builtInEntriesAreNotSilentlyReplacedByLaterOnes() throws IOException {
    int lines = 0;
    for (String resource : List.of("parties.jsonl", "persons.jsonl", "places.jsonl")) {
      try (InputStream in = Gazetteer.class.getResourceAsStream(resource);
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        lines += (int) r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
      }
    }
    assertThat(Gazetteer.builtIn().entries()).hasSize(lines);
  }

  /**
   * Every name and alias names its entry in some context: alone, or where a capital acts for its
   * state ("Baku said ..."), a people for its government ("The Soviets said ..."), or a name shared
   * by entities of different times is read in a year of its entity ("Moscow said so in 1991."), a
   * historical state's adjective before its forces ("Soviet troops said ...").
   */
  @Test
  void everyNameAndAliasMapsBackToItsEntry() {
    Extractor x = Extractor.create(List.of());
    List<String> misses = new ArrayList<>();
    for (GazetteerEntry e : Gazetteer.builtIn().entries()) {
      List<String> surfaces = new ArrayList<>(e.aliases());
      surfaces.add(e.name());
      Integer year = e.until() != null ? e.until() : e.from();
      for (String s : surfaces) {
        List<String> frames =
            new ArrayList<>(
                List.of(
                    s,
                    s + " said on Monday.",
                    "The " + s + " said on Monday.",
                    // a historical state's adjective names it before its government or forces
                    s + " troops said on Monday."));
        if (year != null) {
          frames.add(s + " said so in " + year + ".");
        }
        boolean hit = false;
        Set<String> values = Set.of();
        for (String frame : frames) {
          Extractor.Entities found = x.extract(frame, year);
          values =
              switch (e.dimension()) {
                case PARTY -> found.parties;
                case PERSON -> found.persons;
                case PLACE -> found.places;
                default -> Set.of();
              };
          if (values.contains(e.name())) {
            hit = true;
            break;
          }
        }
        if (!hit) {
          misses.add(e.dimension() + " '" + s + "' -> " + values + ", expected " + e.name());
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  // ---- user files ----

  @Test
  void userFileAddsNewPartyAndOverridesExistingEntry() throws IOException {
    Path file =
        write(
            "user.jsonl",
            "# a comment line",
            "",
            "{\"dimension\":\"party\",\"name\":\"Free Highlands Movement\",\"type\":\"armed_group\","
                + "\"aliases\":[\"FHM\",\"Highlands Movement\"]}",
            "{\"dimension\":\"party\",\"name\":\"Nagorno-Karabakh\",\"type\":\"de_facto_state\","
                + "\"aliases\":[\"Republic of Artsakh\",\"Artsakh\",\"Arcax\"]}");
    Gazetteer g = Gazetteer.builtIn();
    int before = g.entries().size();
    g.load(file);

    assertThat(g.entries()).hasSize(before + 1);
    GazetteerEntry added = find(g, Dimension.PARTY, "Free Highlands Movement");
    assertThat(added.type()).isEqualTo("armed_group");
    assertThat(added.aliases()).containsExactly("FHM", "Highlands Movement");
    assertThat(added.affiliation()).isNull();
    assertThat(find(g, Dimension.PARTY, "Nagorno-Karabakh").aliases())
        .containsExactly("Republic of Artsakh", "Artsakh", "Arcax");
  }

  @Test
  void extractorWithUserFileFindsNewPartyAndUsesOverride() throws IOException {
    Path file =
        write(
            "user.jsonl",
            "{\"dimension\":\"party\",\"name\":\"Free Highlands Movement\",\"type\":\"armed_group\","
                + "\"aliases\":[\"FHM\",\"Highlands Movement\"]}",
            "{\"dimension\":\"party\",\"name\":\"Nagorno-Karabakh\",\"type\":\"de_facto_state\","
                + "\"aliases\":[\"Republic of Artsakh\",\"Artsakh\",\"Arcax\"]}");
    Extractor x = Extractor.create(List.of(file));
    assertThat(x).isNotSameAs(Extractor.create(List.of()));

    assertThat(
            enrich(x, "Fighters of the FHM and the Highlands Movement met Armenian police.")
                .parties())
        .containsExactly("Free Highlands Movement", "Armenia");
    assertThat(enrich(x, "The Free Highlands Movement denied it.").parties())
        .containsExactly("Free Highlands Movement");
    assertThat(enrich(x, "Baku calls it Arcax on its maps.").parties())
        .containsExactly("Azerbaijan", "Nagorno-Karabakh");
    assertThat(enrich(x, "The Republic of Artsakh dissolved itself.").parties())
        .containsExactly("Nagorno-Karabakh");
    // The override replaces the whole entry: aliases it leaves out no longer name the party.
    assertThat(enrich(x, "Officials of the NKR fled.").parties()).isEmpty();
    Article stepanakert = enrich(x, "Shelling hit Stepanakert.");
    assertThat(stepanakert.parties()).isEmpty();
    assertThat(stepanakert.places()).containsExactly("Stepanakert");

    // The built-in extractor is unaffected.
    Extractor builtIn = Extractor.create(List.of());
    assertThat(enrich(builtIn, "Fighters of the FHM met.").parties()).isEmpty();
    assertThat(enrich(builtIn, "Officials of the NKR fled.").parties())
        .containsExactly("Nagorno-Karabakh");
  }

  @Test
  void userPersonAndPlaceAreFound() throws IOException {
    Path file =
        write(
            "people.jsonl",
            "{\"dimension\":\"person\",\"name\":\"Lena Varga\",\"type\":\"person\","
                + "\"aliases\":[\"Lenka Varga\"],\"affiliation\":\"Hungary\"}",
            "{\"dimension\":\"place\",\"name\":\"Karmir Shuka\",\"type\":\"village\","
                + "\"aliases\":\"Krasny Bazar\",\"affiliation\":\"Azerbaijan\"}");
    Extractor x = Extractor.create(List.of(file));
    Article a = enrich(x, "Lenka Varga drove through Krasny Bazar at dawn.");
    assertThat(a.persons()).containsExactly("Lena Varga");
    assertThat(a.places()).containsExactly("Karmir Shuka");
  }

  @Test
  void userCommunitiesMakeADemonymThePeopleWhereTheyLive() throws IOException {
    Path file =
        write(
            "kin.jsonl",
            "{\"dimension\":\"party\",\"name\":\"Armenia\",\"type\":\"state\","
                + "\"aliases\":[\"Armenian\",\"Armenians\",\"Yerevan\"],"
                + "\"communities\":[\"Georgia\"]}");
    String body = "Georgia held a census, and Armenian officials in Javakheti said it was fair.";
    assertThat(enrich(Extractor.create(List.of()), body).parties())
        .containsExactlyInAnyOrder("Georgia", "Armenia");
    assertThat(enrich(Extractor.create(List.of(file)), body).parties()).containsExactly("Georgia");
    Gazetteer g = Gazetteer.builtIn();
    g.load(file);
    assertThat(find(g, Dimension.PARTY, "Armenia").communities()).containsExactly("Georgia");
    assertThat(find(g, Dimension.PARTY, "Albania").communities()).contains("Kosovo");
  }

  @Test
  void laterUserFileWins() throws IOException {
    Path first =
        write(
            "first.jsonl",
            "{\"dimension\":\"party\",\"name\":\"Free Highlands Movement\",\"aliases\":[\"FHM\"]}");
    Path second =
        write(
            "second.jsonl",
            "{\"dimension\":\"party\",\"name\":\"Free Highlands Movement\",\"aliases\":[\"Highlanders\"]}");
    Extractor x = Extractor.create(List.of(first, second));
    assertThat(enrich(x, "The FHM was quiet.").parties()).isEmpty();
    assertThat(enrich(x, "The Highlanders were quiet.").parties())
        .containsExactly("Free Highlands Movement");
  }

  @Test
  void malformedLineNamesFileAndLineNumber() throws IOException {
    Path file =
        write(
            "broken.jsonl",
            "{\"dimension\":\"party\",\"name\":\"Free Highlands Movement\"}",
            "# comments and blank lines still count",
            "",
            "{\"dimension\":\"party\",\"name\":");
    assertThatThrownBy(() -> Extractor.create(List.of(file)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 4")
        .hasCauseInstanceOf(IOException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":\"No Dimension\"}",
        "{\"dimension\":\"year\",\"name\":\"Wrong Dimension\"}",
        "{\"dimension\":\"colour\",\"name\":\"Unknown Dimension\"}",
        "{\"dimension\":\"party\"}",
        "{\"dimension\":\"party\",\"name\":\"  \"}",
        "[\"dimension\",\"party\"]",
        "\"just a string\"",
        "not json at all"
      })
  void invalidEntryNamesFileAndLineNumber(String badLine) throws IOException {
    Path file =
        write(
            "bad.jsonl",
            "{\"dimension\":\"place\",\"name\":\"Karmir Shuka\"}",
            badLine,
            "{\"dimension\":\"place\",\"name\":\"Sotk\"}");
    assertThatThrownBy(() -> Extractor.create(List.of(file)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("gazetteer " + file + " line 2: ");
  }

  @Test
  void missingUserFileIsAnIoError() {
    Path missing = dir.resolve("absent.jsonl");
    assertThatThrownBy(() -> Extractor.create(List.of(missing)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }
}
