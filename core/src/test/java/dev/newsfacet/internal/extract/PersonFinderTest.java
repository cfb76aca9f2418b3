package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People found through {@link Extractor#enrich}: dictionary names, titles, speech verbs. */
class PersonFinderTest {
  private static final Extractor EXTRACTOR = Extractor.create(List.of());

  private static List<String> persons(String body) {
    return EXTRACTOR.enrich(Article.builder("p").body(body).build()).persons();
  }

  @Test
  void titleBeforeKnownName() {
    assertThat(persons("Prime Minister Nikol Pashinyan spoke to parliament on Wednesday."))
        .containsExactly("Nikol Pashinyan");
  }

  @Test
  void knownAliasAfterLowerCaseTitle() {
    assertThat(persons("Lawmakers questioned prime minister Nikol Pashinian for three hours."))
        .containsExactly("Nikol Pashinyan");
  }

  @Test
  void misspeltSurnameAfterTitleResolvesToKnownPerson() {
    assertThat(persons("Reporters waited for prime minister Nikol Pashiyan outside the hall."))
        .containsExactly("Nikol Pashinyan");
  }

  @Test
  void misspeltSurnameBeforeSpeechVerbResolvesToKnownPerson() {
    assertThat(persons("After the vote Nikol Pashiyan said the reform would go on."))
        .containsExactly("Nikol Pashinyan");
  }

  @Test
  void misspeltSurnameWithSharedFirstNamePicksTheOneThatFits() {
    // Two known people are called Armen; only Sarkissian is a near spelling.
    assertThat(persons("Armen Sarkisjan said he would not run again."))
        .containsExactly("Armen Sarkissian");
  }

  @Test
  void bareSurnameAfterTitleIsThePersonAlreadyNamed() {
    assertThat(
            persons(
                "Ilham Aliyev toured the rebuilt district. Later President Aliyev said the"
                    + " operation was over."))
        .containsExactly("Ilham Aliyev");
  }

  @Test
  void bareSurnameSharedByTwoNamedPeopleResolvesToNeither() {
    assertThat(
            persons(
                "Heydar Aliyev founded the party and Ilham Aliyev leads it. President Aliyev"
                    + " spoke briefly."))
        .containsExactly("Heydar Aliyev", "Ilham Aliyev");
  }

  @Test
  void bareSurnameUniqueInGazetteerResolvesWithoutEarlierMention() {
    assertThat(persons("President Erdogan said the crossing would stay shut."))
        .containsExactly("Recep Tayyip Erdogan");
    assertThat(persons("President Putin said so on television.")).containsExactly("Vladimir Putin");
  }

  @Test
  void bareSurnameAmbiguousInGazetteerGivesNobody() {
    assertThat(persons("President Aliyev said the operation was over.")).isEmpty();
  }

  @Test
  void unknownBareSurnameGivesNobody() {
    assertThat(persons("The colonel Petrosov told reporters nothing.")).isEmpty();
  }

  @Test
  void knownAliasResolvesToCanonicalName() {
    assertThat(persons("The ombudsman Geghan Stepanyan counted the damage."))
        .containsExactly("Gegham Stepanyan");
  }

  @Test
  void possessiveKnownName() {
    assertThat(persons("Nikol Pashinyan’s government survived the vote."))
        .containsExactly("Nikol Pashinyan");
  }

  @Test
  void unknownPersonAfterSpeechVerb() {
    assertThat(persons("The bakery will reopen next week, said Lusine Avagyan, its owner."))
        .containsExactly("Lusine Avagyan");
  }

  @Test
  void unknownPersonBeforeSpeechVerb() {
    assertThat(persons("Lusine Avagyan said the bakery would reopen next week."))
        .containsExactly("Lusine Avagyan");
  }

  @Test
  void unknownPersonAfterTitle() {
    assertThat(persons("Mayor Hrach Melkonyan of Goris opened the new school."))
        .containsExactly("Hrach Melkonyan");
  }

  @Test
  void unknownPersonWithLowerCaseParticle() {
    assertThat(persons("The convoy was delayed, said Youssef bin Tariq, a driver."))
        .containsExactly("Youssef bin Tariq");
  }

  @Test
  void unknownPersonBeforeAppositiveRole() {
    assertThat(
            persons(
                "Lena Varga, a researcher at a think tank in Vienna, expects no deal this year."))
        .containsExactly("Lena Varga");
  }

  @Test
  void appositiveWithoutRoleIsNotAPerson() {
    assertThat(persons("Karmir Bazaar, which sits by the road, was quiet on Sunday.")).isEmpty();
  }

  @Test
  void speechVerbAfterOrganisationIsNotAPerson() {
    assertThat(persons("The Kremlin said talks would continue, and Baku said nothing.")).isEmpty();
  }

  @Test
  void photoCreditInParenthesesIsNotAPerson() {
    assertThat(
            persons(
                "Armenian Prime Minister Nikol Pashinyan speaks to supporters in Yerevan on"
                    + " Tuesday. (Anna Petrosyan/AP)"))
        .containsExactly("Nikol Pashinyan");
  }

  @Test
  void photoCreditWithAgencyAfterSlashIsNotAPerson() {
    assertThat(
            persons("Families wait for fuel in Goris on Sunday. Gor Hakobyan / AFP - Getty Images"))
        .isEmpty();
  }

  @Test
  void photoCreditAfterTitleWordIsNotAPerson() {
    assertThat(
            persons(
                "Families wait in Goris (photographer Anna Petrosyan/AP). Picture by staff"
                    + " photographer Gor Hakobyan / AFP - Getty Images"))
        .isEmpty();
  }

  @Test
  void creditBeforeNameIsNotAPerson() {
    assertThat(persons("Families wait in Goris. AP Photo/Anna Petrosyan said nothing.")).isEmpty();
  }

  @Test
  void nameIsNotTakenAcrossSentenceEnd() {
    assertThat(persons("He met the president. Lusine Avagyan was not there.")).isEmpty();
  }
}
