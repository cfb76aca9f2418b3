package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearFinderTest {

  @Test
  void yearAfterPreposition() {
    assertThat(YearFinder.find("A ceasefire was signed in 1994 and held for years."))
        .containsExactly(1994);
    assertThat(YearFinder.find("Talks have run since 1988 with little result."))
        .containsExactly(1988);
  }

  @Test
  void rangeWithHyphenIsExpanded() {
    assertThat(YearFinder.find("Veterans of the 1991-1994 war gathered in Yerevan."))
        .containsExactly(1991, 1992, 1993, 1994);
  }

  @Test
  void rangeWithEnDashAndTwoDigitEndIsExpanded() {
    assertThat(YearFinder.find("During the 1992–94 fighting the town changed hands."))
        .containsExactly(1992, 1993, 1994);
  }

  @Test
  void rangeWithSpacedDashOrEmDashIsExpanded() {
    assertThat(YearFinder.find("a mandate for 2020 – 2023"))
        .containsExactly(2020, 2021, 2022, 2023);
    assertThat(YearFinder.find("the 1988—1990 protests")).containsExactly(1988, 1989, 1990);
  }

  @Test
  void rangeLongerThanThirtyYearsGivesOnlyItsEnds() {
    assertThat(YearFinder.find("the 1988-2023 conflict")).containsExactly(1988, 2023);
  }

  @Test
  void isoDateGivesOnlyItsYear() {
    assertThat(YearFinder.find("Published 2023-09-19 at noon")).containsExactly(2023);
  }

  @Test
  void keepsOrderOfFirstMentionWithoutDuplicates() {
    assertThat(
            YearFinder.find(
                "The 2020 war echoed 1994. By 2020 few remembered 1988, and 1994 was distant."))
        .containsExactly(2020, 1994, 1988);
  }

  @Test
  void yearAtSentenceEndOrBeforeComma() {
    assertThat(YearFinder.find("It ended in May 1994, when both sides were exhausted."))
        .containsExactly(1994);
    assertThat(YearFinder.find("The border closed in 1993.")).containsExactly(1993);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Some 2,000 troops moved north.",
        "about 1990 people fled the valley",
        "nearly 2000 refugees crossed",
        "1990 people fled the valley",
        "The 1500 soldiers dug in.",
        "Shelling resumed at 2000 GMT on Friday.",
        "Shelling resumed at 2000\u00A0GMT on Friday.",
        "at 1800 local time",
        "The fund paid $2000 to each family.",
        "a fine of €2019 was set",
        "Prices rose 2015% in a decade.",
        "Ticket number 20155 was drawn.",
        "Reference 12019 is invalid.",
        "a growth of 1994.5 units",
        "a total of 1,994 votes",
        "the 2020s saw new wars",
        "more than 2000 shells fell",
        "the year 1799 is too early"
      })
  void quantitiesAndNonYearsAreNotYears(String text) {
    assertThat(YearFinder.find(text)).isEmpty();
  }

  @Test
  void quantityNearbyDoesNotHideAnotherYear() {
    assertThat(YearFinder.find("In 1994, some 2,000 troops and about 1990 people left."))
        .containsExactly(1994);
  }

  @Test
  void boundsOfTheAcceptedRange() {
    assertThat(YearFinder.find("from 1800 to 2099")).containsExactly(1800, 2099);
  }

  @Test
  void emptyText() {
    assertThat(YearFinder.find("")).isEmpty();
  }
}
