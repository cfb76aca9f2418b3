package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractorTest {
  private static final Extractor EXTRACTOR = Extractor.create(List.of());

  private static Article enrich(String body) {
    return EXTRACTOR.enrich(Article.builder("x").body(body).build());
  }

  private static Article enrich(String title, String body) {
    return EXTRACTOR.enrich(Article.builder("x").title(title).body(body).build());
  }

  @Test
  void builtInExtractorIsShared() {
    assertThat(Extractor.create(List.of())).isSameAs(EXTRACTOR);
  }

  // ---- parties ----

  @Test
  void partiesByNameInOrderOfFirstMention() {
    Article a = enrich("Azerbaijan accused Armenia of shelling, and Armenia denied it.");
    assertThat(a.parties()).containsExactly("Azerbaijan", "Armenia");
  }

  @Test
  void partiesFromDemonyms() {
    assertThat(enrich("Armenian troops pulled back from two hilltops.").parties())
        .containsExactly("Armenia");
    assertThat(enrich("Azeri gunners and Russian peacekeepers traded accusations.").parties())
        .containsExactly("Azerbaijan", "Russia");
  }

  @Test
  void partiesFromDottedAndUndottedAbbreviations() {
    assertThat(enrich("The U.S. envoy arrived a day late.").parties())
        .containsExactly("United States");
    assertThat(enrich("The US envoy arrived a day late.").parties())
        .containsExactly("United States");
    assertThat(enrich("A UN team reached the border.").parties()).containsExactly("United Nations");
  }

  @Test
  void partiesFromSeatOfPowerMetonyms() {
    assertThat(enrich("The Kremlin said the talks would resume.").parties())
        .containsExactly("Russia");
    Article baku = enrich("Baku said the road would stay closed.");
    assertThat(baku.parties()).containsExactly("Azerbaijan");
    assertThat(baku.places()).isEmpty();
  }

  @Test
  void possessiveOfParty() {
    assertThat(enrich("Azerbaijan’s foreign ministry and Armenia's parliament replied.").parties())
        .containsExactly("Azerbaijan", "Armenia");
  }

  @Test
  void hyphenatedPartySplitOverALine() {
    assertThat(enrich("Fighting flared again in Nagorno-\nKarabakh overnight.").parties())
        .containsExactly("Nagorno-Karabakh");
  }

  @Test
  void allCapsHeadline() {
    Article a = enrich("ARMENIA AND AZERBAIJAN TRADE FIRE", "The border was quiet by noon.");
    assertThat(a.parties()).containsExactly("Armenia", "Azerbaijan");
    assertThat(a.persons()).isEmpty();
  }

  @Test
  void longestNameWinsOverItsParts() {
    Article a = enrich("Envoys of the OSCE Minsk Group flew in for a day.");
    assertThat(a.parties()).containsExactly("OSCE Minsk Group");
    assertThat(a.places()).isEmpty();
  }

  @Test
  void twoNamesSharingTheirEndingAreBothFound() {
    assertThat(enrich("Envoys of North and South Korea met at the border.").parties())
        .containsExactly("North Korea", "South Korea");
    assertThat(enrich("Before 1990, East and West Germany held talks.").parties())
        .containsExactly("East Germany", "West Germany");
    // A plural ending stands for each name's singular one; "Donetsk" is no city here.
    Article a = enrich("Envoys of the Donetsk and Luhansk People's Republics walked out.");
    assertThat(a.parties())
        .containsExactly("Donetsk People's Republic", "Luhansk People's Republic");
    assertThat(a.places()).isEmpty();
  }

  @Test
  void namesJoinedByAndWithoutASharedEndingStayAsWritten() {
    assertThat(enrich("Japan and South Korea signed the accord.").parties())
        .containsExactly("Japan", "South Korea");
    assertThat(enrich("Bosnia and Herzegovina Football Federation officials met.").parties())
        .containsExactly("Bosnia and Herzegovina");
    // A comma parts a list: "Donetsk, and Luhansk People's Republic" is a city and a republic.
    Article a = enrich("They drove to Donetsk, and Luhansk People's Republic envoys waited.");
    assertThat(a.parties()).containsExactly("Luhansk People's Republic");
    assertThat(a.places()).containsExactly("Donetsk");
  }

  @Test
  void titleComesBeforeBodyInOrderOfMention() {
    Article a =
        enrich("Russia brokers a truce", "Armenia and Azerbaijan agreed, Russia said on Monday.");
    assertThat(a.parties()).containsExactly("Russia", "Armenia", "Azerbaijan");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We roasted a turkey for the holiday dinner.",
        "A hanging chad spoiled the ballot.",
        "Tell us what happened next, she asked.",
        "Us? Nobody asked us.",
        "french fries and china cups",
        "a guinea pig in a georgian house"
      })
  void lowerCaseCommonWordsAreNotParties(String body) {
    assertThat(enrich(body).parties()).isEmpty();
  }

  // ---- places ----

  @Test
  void gazetteerPlaceAndItsAliasesGiveOneCanonicalName() {
    Article a = enrich("Shelling hit Stepanakert, which Azerbaijan calls Khankendi, and Shushi.");
    assertThat(a.places()).containsExactly("Stepanakert", "Shusha");
    // Stepanakert is shelled here, a place: it names Nagorno-Karabakh only as an actor.
    assertThat(a.parties()).containsExactly("Azerbaijan");
  }

  @Test
  void placeAliasAlone() {
    assertThat(enrich("Residents returned to Khankendi.").places()).containsExactly("Stepanakert");
    assertThat(enrich("Residents returned to Xankəndi.").places()).containsExactly("Stepanakert");
    assertThat(enrich("The old fortress of Shushi stands empty.").places())
        .containsExactly("Shusha");
  }

  @Test
  void placeIntroducedByPlaceNounThatIsInTheGazetteer() {
    assertThat(enrich("Shells fell on the village of Sotk and in the town of Vardenis.").places())
        .containsExactly("Sotk", "Vardenis");
  }

  @Test
  void placeIntroducedByPlaceNounThatIsNotInTheGazetteer() {
    assertThat(enrich("Residents fled the village of Karmir Shuka overnight.").places())
        .containsExactly("Karmir Shuka");
  }

  @Test
  void patternPlaceStopsAtComma() {
    Article a = enrich("Troops entered the village of Karmir Shuka, Azerbaijani forces said.");
    assertThat(a.places()).containsExactly("Karmir Shuka");
    assertThat(a.parties()).containsExactly("Azerbaijan");
    assertThat(a.persons()).isEmpty();
  }

  @Test
  void placeBeforeProvinceOrDistrict() {
    assertThat(enrich("Fighting spread across Martakert province on Monday.").places())
        .containsExactly("Martakert");
    assertThat(enrich("Kashatagh district was shelled overnight.").places())
        .containsExactly("Kashatagh");
  }

  @Test
  void placeNounAfterTheIsNotAPlace() {
    assertThat(enrich("The province was shelled. The District said nothing.").places()).isEmpty();
  }

  // ---- persons (more in PersonFinderTest) ----

  @Test
  void personsFromTitleSpeechAndAppositive() {
    Article a =
        enrich(
            "Prime Minister Nikol Pashinyan met Ilham Aliyev. Later President Aliyev said the"
                + " border was calm.");
    assertThat(a.persons()).containsExactly("Nikol Pashinyan", "Ilham Aliyev");
  }

  @Test
  void photoCreditsAreNotPersons() {
    Article a =
        enrich(
            "Families queue for fuel in Goris",
            "Refugees from Stepanakert waited for hours. (Anna Petrosyan/AP) More arrived"
                + " later. Gor Hakobyan / AFP - Getty Images");
    assertThat(a.persons()).isEmpty();
    assertThat(a.places()).containsExactly("Goris", "Stepanakert");
  }

  // ---- years ----

  @Test
  void mentionedYearsFromTitleAndBody() {
    Article a =
        enrich(
            "Thirty years after 1994",
            "The 1992–94 war left 2,000 homes empty; about 1990 people never returned.");
    assertThat(a.mentionedYears()).containsExactly(1994, 1992, 1993);
  }

  // ---- metadata wins ----

  @Test
  void partiesAlreadySetAreKeptWhileOtherDimensionsAreFilled() {
    Article given =
        Article.builder("m")
            .title("Aliyev visits Shusha")
            .body("Ilham Aliyev, whom Russia backed in 2020, toured Shusha with Turkish guests.")
            .date(LocalDate.of(2021, 6, 15))
            .parties(List.of("Azerbaijan"))
            .build();
    Article a = EXTRACTOR.enrich(given);
    assertThat(a.parties()).containsExactly("Azerbaijan");
    assertThat(a.persons()).containsExactly("Ilham Aliyev");
    assertThat(a.places()).containsExactly("Shusha");
    assertThat(a.mentionedYears()).containsExactly(2020);
    assertThat(a.id()).isEqualTo("m");
    assertThat(a.title()).isEqualTo("Aliyev visits Shusha");
    assertThat(a.body()).isEqualTo(given.body());
    assertThat(a.date()).isEqualTo(LocalDate.of(2021, 6, 15));
    assertThat(a.year()).isEqualTo(2021);
  }

  @Test
  void yearsAlreadySetAreKept() {
    Article given =
        Article.builder("m")
            .body("Armenia voted in 2018 and again in 2021.")
            .mentionedYears(List.of(1991))
            .build();
    Article a = EXTRACTOR.enrich(given);
    assertThat(a.mentionedYears()).containsExactly(1991);
    assertThat(a.parties()).containsExactly("Armenia");
  }

  @Test
  void articleWithEveryDimensionSetIsReturnedUnchanged() {
    Article given =
        Article.builder("m")
            .body("Russia and Turkey met in Moscow with Vladimir Putin in 2019.")
            .parties(List.of("Somebody"))
            .persons(List.of("Someone"))
            .places(List.of("Somewhere"))
            .mentionedYears(List.of(1900))
            .build();
    Article a = EXTRACTOR.enrich(given);
    assertThat(a).isSameAs(given);
    assertThat(a.parties()).containsExactly("Somebody");
  }

  @Test
  void emptyArticleStaysEmpty() {
    Article a = EXTRACTOR.enrich(Article.builder("e").build());
    assertThat(a.parties()).isEmpty();
    assertThat(a.persons()).isEmpty();
    assertThat(a.places()).isEmpty();
    assertThat(a.mentionedYears()).isEmpty();
  }
}
