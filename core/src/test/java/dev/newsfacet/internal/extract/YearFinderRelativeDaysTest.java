package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Day names in a dated article count as mentions of the years those days fall in. */
class YearFinderRelativeDaysTest {
  @Test
  void weekdaysResolveToTheLastSuchDayOnOrBeforePublication() {
    // Monday 2 January 2023: "on Friday" was 30 December 2022, "on Monday" is the same day.
    LocalDate published = LocalDate.of(2023, 1, 2);
    assertThat(YearFinder.relativeDays("Shelling resumed on Friday.", published))
        .containsExactly(2022);
    assertThat(YearFinder.relativeDays("Talks open on Monday.", published)).containsExactly(2023);
    assertThat(YearFinder.relativeDays("Officials said yesterday and today.", published))
        .containsExactly(2023);
    assertThat(YearFinder.relativeDays("No day is named here.", published)).isEmpty();
  }

  @Test
  void enrichAddsThemOnlyToDatedArticles() {
    Extractor extractor = Extractor.create(List.of());
    Article dated =
        Article.builder("a")
            .body("The truce signed in 1994 broke down on Saturday night.")
            .date(LocalDate.of(2016, 4, 4))
            .build();
    assertThat(extractor.enrich(dated).mentionedYears()).containsExactly(1994, 2016);
    Article undated =
        Article.builder("b").body("The truce signed in 1994 broke down on Saturday night.").build();
    assertThat(extractor.enrich(undated).mentionedYears()).containsExactly(1994);
  }

  @Test
  void everyWeekdayNameGivesTheYearOfItsLastDayOnOrBeforePublication() {
    int acrossYears = 0;
    for (int year = 2019; year <= 2026; year++) {
      for (int day = 1; day <= 14; day++) {
        LocalDate published = LocalDate.of(year, 1, day);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
          String name = d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
          int want =
              published.with(java.time.temporal.TemporalAdjusters.previousOrSame(d)).getYear();
          assertThat(YearFinder.relativeDays("It happened on " + name + ".", published))
              .as(name + " " + published)
              .containsExactly(want);
          if (want != year) {
            acrossYears++;
          }
        }
      }
    }
    assertThat(acrossYears).isGreaterThan(20);
  }
}
