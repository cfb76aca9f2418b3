package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People, places and parties that news names without the usual title or pattern: by a common given
 * name, an age or a relation in an appositive, where a person comes from; and the guards that keep
 * clubs, documents, political parties and clauses out.
 */
class UnintroducedNamesTest {
  private static final Extractor EXTRACTOR = Extractor.create(List.of());

  private static Article enrich(String body) {
    return EXTRACTOR.enrich(Article.builder("u").body(body).build());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The hosts lost to Brazil and Kylian Tessaro in the final.|Kylian Tessaro",
        "Marek Dolny, 31, a former editor of the paper, was detained.|Marek Dolny",
        "Hilde Sandvik, 74, who walked from the station, said she was tired.|Hilde Sandvik",
        "Ines Varga, whose brother is missing, waited at the gate.|Ines Varga",
        "His eldest son, Tomas Vidmar Kral, ran the campaign.|Tomas Vidmar Kral",
        "A spokesman for the port authority, Rui Camacho, said the quay was closed.|Rui Camacho",
        "The court's president, Aoife O'Connell, read the ruling.|Aoife O'Connell",
        "Grain was loaded, said Teodora Lungu, a trader at the docks.|Teodora Lungu"
      })
  void personsWithoutATitle(String body, String person) {
    assertThat(enrich(body).persons()).containsExactly(person);
  }

  @Test
  void namesListedAfterAKnownPersonArePersons() {
    assertThat(
            enrich("The forum was attended by Kofi Annan, Marit Eldholm and Jonas Berg Vik.")
                .persons())
        .containsExactly("Kofi Annan", "Marit Eldholm", "Jonas Berg Vik");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Observers from the Regional Network for Free Elections said turnout was high.",
        "Boats reached the Second Thomas Shoal at dawn."
      })
  void capitalisedPhrasesAreNotPersons(String body) {
    assertThat(enrich(body).persons()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"We fish at night,\" said a fisherman from Vaitape who gave no name.|Vaitape",
        "She grows wheat near Kondinin with her brothers.|Kondinin",
        "Floods buried homes in the Mbayani and Chirimba townships overnight.|Mbayani,Chirimba",
        "The mayor of the river town of Ribeira Sul, Paulo Tavares, declared an emergency.|Ribeira Sul"
      })
  void placesByPattern(String body, String places) {
    assertThat(enrich(body).places()).containsExactlyInAnyOrder(places.split(","));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "In Caracas, Maduro accused the opposition of plotting.",
        "In Lima, Castillo told supporters to stay calm."
      })
  void aCommaAfterAnIntroductoryPlaceEndsTheList(String body) {
    assertThat(enrich(body).places()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bayern Munich beat Spartak Moscow 3-0.",
        "Manchester United signed a new striker."
      })
  void clubsAreNeitherTheirCityNorTheirState(String body) {
    Article a = enrich(body);
    assertThat(a.places()).isEmpty();
    assertThat(a.parties()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A commission set up under the Algiers peace agreement drew the border.",
        "Both sides cited the Minsk agreements."
      })
  void aCityThatNamesADocumentIsNotAPlace(String body) {
    assertThat(enrich(body).places()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "His Civic Renewal Movement party won nine seats.",
        "The Green Dawn Movement party called for a recount."
      })
  void politicalPartiesAreNotParties(String body) {
    assertThat(enrich(body).parties()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cyclone warnings were issued by the WMO on Monday.|World Meteorological Organization",
        "The ICAO opened an inquiry into the diversion.|International Civil Aviation Organization"
      })
  void unAgenciesImplyTheUnitedNations(String body, String agency) {
    assertThat(enrich(body).parties()).containsExactlyInAnyOrder(agency, "United Nations");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rescuers reached Surabaya and Medan by evening.|Surabaya,Medan",
        "Voting in Uttar Pradesh and Bihar ended on Saturday.|Uttar Pradesh,Bihar",
        "Storms hit Queensland and Western Australia.|Queensland,Western Australia",
        "Protests spread from Cordoba to Rosario.|Cordoba,Rosario"
      })
  void majorCitiesAndRegionsAreKnown(String body, String places) {
    assertThat(enrich(body).places()).containsExactlyInAnyOrder(places.split(","));
  }
}
