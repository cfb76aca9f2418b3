package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The world's towns beyond the curated gazetteer: the list itself (looked up by a binary search
 * over the resource's lines) and when an article's text makes one of its names a place.
 */
class WorldPlacesTest {
  private static final Extractor EXTRACTOR = Extractor.create(List.of());

  private static List<String> places(String body) {
    return EXTRACTOR.enrich(Article.builder("c").body(body).build()).places();
  }

  // ---- the list ----

  @Test
  void looksUpFoldedNamesAndDerivesLabels() {
    WorldPlaces w =
        WorldPlaces.of(
            """
            # a comment
            al aziziyah\t\tIraq|Libya
            kara suu\tKara-Suu\tKyrgyzstan
            port loko\t\tSierra Leone
            """);
    assertThat(w.size()).isEqualTo(3);
    int port = w.id("port loko");
    assertThat(w.name(port)).isEqualTo("Port Loko");
    assertThat(w.states(port)).containsExactly("Sierra Leone");
    int kara = w.id("kara suu");
    assertThat(w.name(kara)).isEqualTo("Kara-Suu");
    assertThat(w.states(w.id("al aziziyah"))).containsExactly("Iraq", "Libya");
    for (String missing : List.of("", "a", "port", "port lok", "port lokoo", "zzz", "kara")) {
      assertThat(w.id(missing)).as(missing).isEqualTo(-1);
    }
  }

  @Test
  void builtInListIsSortedAndFindsEveryName() {
    WorldPlaces w = WorldPlaces.builtIn();
    assertThat(w.size()).isGreaterThan(100_000);
    assertThat(w.states(w.id("port loko"))).containsExactly("Sierra Leone");
    assertThat(w.states(w.id("petrinja"))).containsExactly("Croatia");
    // names the curated gazetteer knows and lower-case English words are left to it
    assertThat(w.id("moscow")).isEqualTo(-1);
    assertThat(w.id("split")).isEqualTo(-1);
  }

  /**
   * Every line has a name, a label and states the gazetteer knows as parties: renaming a state in
   * parties.jsonl without building the list again would make its towns silently unreachable.
   */
  @Test
  void everyTownsStatesAreGazetteerParties() {
    Set<String> parties = new HashSet<>();
    for (GazetteerEntry e : Gazetteer.builtIn().entries()) {
      if (e.dimension() == Dimension.PARTY) {
        parties.add(e.name());
      }
    }
    WorldPlaces w = WorldPlaces.builtIn();
    List<String> bad = new ArrayList<>();
    for (int id = 0; id < w.size(); id++) {
      String key = w.key(id);
      if (key.isBlank()
          || !key.equals(key.strip())
          || w.name(id).isBlank()
          || !parties.containsAll(w.states(id))) {
        bad.add(key + " -> " + w.name(id) + " " + w.states(id));
      }
    }
    assertThat(bad).isEmpty();
  }

  /** Binary search against a walk over every name, for names in the list and names beside them. */
  @Test
  void binarySearchAgreesWithLinearScan() {
    WorldPlaces w = WorldPlaces.builtIn();
    List<String> keys = new ArrayList<>(w.size());
    for (int id = 0; id < w.size(); id++) {
      keys.add(w.key(id));
    }
    Random random = new Random(20261123L);
    for (int round = 0; round < 3_000; round++) {
      String key = keys.get(random.nextInt(keys.size()));
      String probe =
          switch (random.nextInt(4)) {
            case 0 -> key;
            case 1 -> key.substring(0, random.nextInt(key.length() + 1));
            case 2 -> key + (char) ('a' + random.nextInt(26));
            default -> {
              char[] c = key.toCharArray();
              c[random.nextInt(c.length)] = (char) ('a' + random.nextInt(26));
              yield new String(c);
            }
          };
      int expected = keys.indexOf(probe);
      int found = w.id(probe);
      if (expected < 0) {
        assertThat(found).as(probe).isEqualTo(-1);
      } else {
        assertThat(keys.get(found)).as(probe).isEqualTo(probe);
      }
    }
  }

  // ---- in an article ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thousands fled from villages around Port Loko, aid workers in Sierra Leone said."
            + " | Port Loko",
        "Sierra Leone's army said its troops held positions at Lunsar and Port Loko."
            + " | Lunsar, Port Loko",
        "Croatian forces shelled Serb positions near Petrinja on Monday. | Petrinja",
        "In Petrinja, shops reopened on Monday, Croatian officials said. | Petrinja",
        "Supporters of the Lebanese president gathered at Baabda on Sunday. | Baabda",
        "The refugees from Kyrgyzstan walked to the border near Kara-Suu. | Kara-Suu",
        "Hundreds were killed in Bhuj when the earthquake struck western India. | Bhuj",
        // a verb of war done to a place, and a name GeoNames gives as news writes it now
        "Russian forces retook Popasna after weeks of shelling, Ukraine said. | Popasna",
        // names with lower-case words: after a hyphen, and particles before a capitalised word
        "A teacher in Hpa-an said the army of Myanmar had withdrawn. | Hpa-an",
        "She fled her home in Croix-des-Bouquets after the earthquake in Haiti."
            + " | Croix des Bouquets"
      })
  void namesTownsWhereTheTextPlacesThem(String body, String expected) {
    assertThat(places(body)).containsAll(List.of(expected.split(", ")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // no state of the town named
        "Aid workers said they were at Lunsar and Port Loko on Monday.",
        // no locative word before it
        "Petrinja was quiet on Monday, Croatian officials said.",
        // a given name, and a person the article names
        "A United States official said the delegation turned to Henry for a reply.",
        "Senator Jack Keller of the United States spoke. The delegation turned to Keller for a reply.",
        // a building or a longer name
        "Kim Jong Il greeted the South Korean president at Sunan airport in North Korea.",
        "Work began at Brezova pod Bradlom, close to the border with the Czech Republic."
      })
  void leavesNamesTheTextDoesNotPlace(String body) {
    assertThat(places(body))
        .doesNotContain("Lunsar", "Port Loko", "Petrinja", "Henry", "Keller", "Sunan", "Brezova");
  }
}
