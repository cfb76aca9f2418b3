package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsfacet.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of news text: order of first mention across finders, titles glued to names, names
 * across the headline break, U+02BC apostrophes, trailing garbage in gazetteer lines.
 */
class ExtractionEdgeCasesTest {
  private static final Extractor EXTRACTOR = Extractor.create(List.of());

  @TempDir Path dir;

  private static Article enrich(String body) {
    return EXTRACTOR.enrich(Article.builder("k").body(body).build());
  }

  private static Article enrich(String title, String body) {
    return EXTRACTOR.enrich(Article.builder("k").title(title).body(body).build());
  }

  // ---- order of first mention (Extractor.extract adds dictionary hits before pattern hits) ----

  @Test
  void personFoundByPatternKeepsOrderOfFirstMention() {
    Article a =
        enrich(
            "The road is open again, said Lusine Avagyan, a day before Nikol Pashinyan drove"
                + " along it.");
    assertThat(a.persons()).containsExactly("Lusine Avagyan", "Nikol Pashinyan");
  }

  @Test
  void misspeltKnownPersonKeepsOrderOfFirstMention() {
    Article a =
        enrich("Prime minister Nikol Pashiyan arrived first; Ilham Aliyev came an hour later.");
    assertThat(a.persons()).containsExactly("Nikol Pashinyan", "Ilham Aliyev");
  }

  @Test
  void placeFoundByPatternKeepsOrderOfFirstMention() {
    Article a = enrich("Residents fled the village of Karmir Shuka before shells hit Stepanakert.");
    assertThat(a.places()).containsExactly("Karmir Shuka", "Stepanakert");
  }

  // ---- "X province" / "X district" as the last words of the text ----

  @Test
  void placeBeforeDistrictAtEndOfText() {
    assertThat(enrich("Overnight shelling was reported in Kashatagh district.").places())
        .containsExactly("Kashatagh");
  }

  // ---- title words glued to names ----

  @Test
  void capitalisedTitleBeforeSpeechVerbIsNotPartOfTheName() {
    assertThat(enrich("Ambassador Lena Varga said the embassy would stay open.").persons())
        .containsExactly("Lena Varga");
  }

  @Test
  void bareSurnameAfterCourtesyTitleResolvesToKnownPerson() {
    assertThat(enrich("Mr Putin said so on television.").persons())
        .containsExactly("Vladimir Putin");
  }

  @Test
  void multiWordTitleIsNotPartOfTheName() {
    assertThat(enrich("Deputy Mayor Hrach Melkonyan opened the new school.").persons())
        .containsExactly("Hrach Melkonyan");
  }

  // ---- names running across the title/body break ----

  @Test
  void nameDoesNotRunBackAcrossTheHeadline() {
    Article a = enrich("Ceasefire Holds Again", "Lena Varga said the line was calm on Sunday.");
    assertThat(a.persons()).containsExactly("Lena Varga");
  }

  // ---- possessive with U+02BC, which TextTokens.isApostrophe lists as an apostrophe ----

  @Test
  void possessiveWithModifierLetterApostropheIsDropped() {
    TextTokens t = TextTokens.of("Azerbaijan\u02BCs army");
    assertThat(java.util.stream.IntStream.range(0, t.size).mapToObj(t::folded).toList())
        .containsExactly("azerbaijan", "army");
    assertThat(enrich("Azerbaijan\u02BCs army moved.").parties()).containsExactly("Azerbaijan");
  }

  // ---- gazetteer lines with trailing garbage ----

  @Test
  void gazetteerLineWithTrailingGarbageIsRejected() throws IOException {
    Path file = dir.resolve("trailing.jsonl");
    Files.write(
        file,
        List.of(
            "{\"dimension\":\"party\",\"name\":\"Free Highlands Movement\"} and then some",
            "{\"dimension\":\"place\",\"name\":\"Karmir Shuka\"}}"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Extractor.create(List.of(file)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 1");
  }
}
