package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {
  @ParameterizedTest
  @CsvSource({
    "Çavuşoğlu, cavusoglu",
    "Lech Wałęsa, lech walesa",
    "Jonas Gahr Støre, jonas gahr store",
    "  Zoran   Đinđić , zoran dindic",
    "Straße, strasse",
    "Məmmədyarov, mammadyarov",
    "Hafnarfjörður, hafnarfjordur"
  })
  void foldsCaseDiacriticsAndSpacing(String name, String folded) {
    assertThat(Folding.fold(name)).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource({"Wałęsa", "Støre", "Đinđić", "Çavuşoğlu", "Hafnarfjörður"})
  void foldsNamesAsTheExtractorFoldsWords(String name) {
    assertThat(Folding.fold(name)).isEqualTo(TextTokens.foldAll(name));
  }
}
