package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  @Test
  void headlineIsFoundAfterABrowserWarning() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            IE 11 is not supported. For an optimal experience visit our site on another browser.

            Talks stall as shelling resumes near the river

            Negotiators left the capital without a deal on Monday, officials said.
            """);

    assertThat(p.title()).isEqualTo("Talks stall as shelling resumes near the river");
    assertThat(p.body())
        .isEqualTo("Negotiators left the capital without a deal on Monday, officials said.");
    assertThat(p.source()).isNull();
    assertThat(p.date()).isNull();
  }

  @Test
  void noTitleWhenTheFirstLineIsACaptionWithACredit() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Rescue teams dig through the rubble of the old market hall (Jane Doe/AP)

            The mayor said the market would reopen within a month.
            """);

    assertThat(p.title()).isNull();
    assertThat(p.captions())
        .containsExactly("Rescue teams dig through the rubble of the old market hall");
    assertThat(p.body()).isEqualTo("The mayor said the market would reopen within a month.");
  }

  @Test
  void noTitleWhenTheFirstLineIsABodySentenceEndingWithAFullStop() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            The bridge reopened to traffic on Sunday after repairs.
            Drivers queued for an hour at the eastern approach.
            """);

    assertThat(p.title()).isNull();
    assertThat(p.body())
        .isEqualTo(
            "The bridge reopened to traffic on Sunday after repairs.\n"
                + "Drivers queued for an hour at the eastern approach.");
  }

  @Test
  void sourceLineBecomesTheSourceAndLeavesTheBody() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Harvest delayed by early frost in the hill farms
            / Source: The Associated Press

            Farmers in the upper valley lost about a third of their apples.
            """);

    assertThat(p.source()).isEqualTo("The Associated Press");
    assertThat(p.title()).isEqualTo("Harvest delayed by early frost in the hill farms");
    assertThat(p.body())
        .isEqualTo("Farmers in the upper valley lost about a third of their apples.");
  }

  @Test
  void boilerplateLinesDoNotReachTheBody() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Skip to main content
            This website uses cookies to improve your experience.
            Accept all cookies
            JavaScript is disabled in your browser.
            Your browser is not supported for this experience
            This browser is too old for some features of this page; an update is recommended.
            Dam repairs finish ahead of the spring floods
            Subscribe to our newsletter
            Engineers closed the last breach in the wall on Thursday.
            Sign up for breaking news alerts
            Advertisement
            Crews will inspect the spillway again next month.
            Share this article
            """);

    assertThat(p.title()).isEqualTo("Dam repairs finish ahead of the spring floods");
    assertThat(p.body())
        .isEqualTo(
            "Engineers closed the last breach in the wall on Thursday.\n"
                + "Crews will inspect the spillway again next month.");
  }

  @Test
  void readMoreAndEverythingAfterItIsDropped() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Ferry service resumes across the strait

            The first boat in a week left the harbour at dawn.

            Read more:

            Orchestra tours the northern provinces

            Tax office extends the filing deadline
            """);

    assertThat(p.title()).isEqualTo("Ferry service resumes across the strait");
    assertThat(p.body()).isEqualTo("The first boat in a week left the harbour at dawn.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"More stories", "Most popular", "Read next", "Related Topics", "Topics", "Tags"})
  void otherHeadsOfLinkListsDropWhatFollows(String head) {
    PlainText.Parsed p =
        PlainText.parse(
            "Ferry service resumes across the strait\n\nThe first boat in a week left the"
                + " harbour at dawn.\n\n"
                + head
                + "\n\nOrchestra tours the northern provinces\n");
    assertThat(p.body()).isEqualTo("The first boat in a week left the harbour at dawn.");
  }

  @Test
  void captionsLeaveTheBodyWithoutTheirCredits() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Rescue teams dig through the rubble of the market hall (Jane Doe/AP)

            Volunteers hand out bread outside the station in the evening. John Roe / AFP - Getty Images

            The mayor said the market would reopen within a month.
            """);

    assertThat(p.captions())
        .containsExactly(
            "Rescue teams dig through the rubble of the market hall",
            "Volunteers hand out bread outside the station in the evening.");
    assertThat(p.body()).isEqualTo("The mayor said the market would reopen within a month.");
  }

  @Test
  void creditsOfPoolPhotosAndNamedPictureAgencies() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            The envoy speaks to reporters in the capital on Tuesday. Pool photo / Danube Photo Agency

            Crowds gather in the square. Mira Sava / Balkan Images

            Pool photo / Danube Photo Agency

            The envoy said talks would resume.
            """);

    assertThat(p.captions())
        .containsExactly(
            "The envoy speaks to reporters in the capital on Tuesday.",
            "Crowds gather in the square.");
    assertThat(p.body()).isEqualTo("The envoy said talks would resume.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Skip to main content   |   Asia   Korea   China   Japan   Business   Sport",
        "NEWS   ›   EUROPE   ›   CAUCASUS",
        "Home | News | Europe | Ukraine crisis | Opinion",
        "World\tAsia\tChina\tTaiwan"
      })
  void menuAndBreadcrumbLinesAreNotTheStory(String menu) {
    PlainText.Parsed p =
        PlainText.parse(
            menu + "\n\nFerry service resumes across the strait\n\nThe first boat left at dawn.\n");
    assertThat(p.title()).isEqualTo("Ferry service resumes across the strait");
    assertThat(p.body()).isEqualTo("The first boat left at dawn.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Armenia and Azerbaijan   agreed to a ceasefire on Tuesday.",
        "Russia and Ukraine swap prisoners | Reuters",
        "The talks, he said, were over."
      })
  void linesWithGapsThatAreNoMenusStay(String line) {
    assertThat(PlainText.isNavigation(line)).isFalse();
  }

  static Stream<Arguments> dateLines() {
    return Stream.of(
        Arguments.of("Published 5 April 2016", LocalDate.of(2016, 4, 5)),
        Arguments.of("Sept. 20, 2023", LocalDate.of(2023, 9, 20)),
        Arguments.of("2023-09-20", LocalDate.of(2023, 9, 20)),
        Arguments.of("Saturday, 10 October 2020", LocalDate.of(2020, 10, 10)),
        Arguments.of("Updated: March 3rd, 2021 at 14:05", LocalDate.of(2021, 3, 3)));
  }

  @ParameterizedTest
  @MethodSource("dateLines")
  void dateLineNearTheTopBecomesTheDateAndLeavesTheBody(String line, LocalDate expected) {
    PlainText.Parsed p =
        PlainText.parse(
            "Minister resigns after the budget vote fails\n"
                + line
                + "\n\nThe vote failed by two ballots late on Tuesday.\n");

    assertThat(p.date()).isEqualTo(PublishedDate.of(expected));
    assertThat(p.title()).isEqualTo("Minister resigns after the budget vote fails");
    assertThat(p.body()).isEqualTo("The vote failed by two ballots late on Tuesday.");
  }

  static Stream<Arguments> datelines() {
    return Stream.of(
        Arguments.of("WASHINGTON, June 1, 1990 - ", "WASHINGTON", null, "1990-06-01"),
        Arguments.of("WASHINGTON, June 1, 1990 (UPI) -- ", "WASHINGTON", "UPI", "1990-06-01"),
        Arguments.of("BAKU, Azerbaijan, 1 June 1990 — ", "BAKU, Azerbaijan", null, "1990-06-01"),
        Arguments.of("GENEVA, Sept. 3, 2021 (AFP) - ", "GENEVA", "AFP", "2021-09-03"),
        Arguments.of("GENEVA, March 3 (Reuters) - ", "GENEVA", "Reuters", null),
        Arguments.of("BAKU, Azerbaijan (AP) — ", "BAKU, Azerbaijan", "The Associated Press", null),
        // No such day: the dateline stays a place, undated.
        Arguments.of("WASHINGTON, February 30, 1990 - ", "WASHINGTON", null, null));
  }

  @ParameterizedTest
  @MethodSource("datelines")
  void datelineGivesPlaceAgencyAndDate(String dateline, String place, String agency, String date) {
    PlainText.Parsed p =
        PlainText.parse(
            "Ministers agree on a ceasefire\n\n"
                + dateline
                + "The ministers signed the accord late on Friday.\n");

    assertThat(p.dateline()).isEqualTo(place);
    assertThat(p.source()).isEqualTo(agency);
    assertThat(p.date()).isEqualTo(date == null ? null : PublishedDate.of(LocalDate.parse(date)));
    assertThat(p.body()).isEqualTo("The ministers signed the accord late on Friday.");
  }

  @Test
  void dateLineAboveTheDatelineIsTheDate() {
    PlainText.Parsed p =
        PlainText.parse(
            "Ministers agree on a ceasefire\nPublished 5 April 2016\n\n"
                + "WASHINGTON, June 1, 1990 - The ministers signed the accord.\n");

    assertThat(p.date()).isEqualTo(PublishedDate.of(LocalDate.of(2016, 4, 5)));
    assertThat(p.dateline()).isEqualTo("WASHINGTON");
  }

  @Test
  void dateLineFarDownStaysInTheBody() {
    StringBuilder text = new StringBuilder("Villagers rebuild the school before winter\n");
    for (int i = 1; i <= 9; i++) {
      text.append("Paragraph ").append(i).append(" describes the work in detail.\n");
    }
    text.append("2023-09-20\n");

    PlainText.Parsed p = PlainText.parse(text.toString());

    assertThat(p.date()).isNull();
    assertThat(p.body()).endsWith("Paragraph 9 describes the work in detail.\n2023-09-20");
  }

  @Test
  void hyphenationAcrossALineBreakIsMended() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            Envoys meet for a second round of talks

            Officials from both sides and the Nagorno-
            Karabakh administration met on Friday.
            """);

    assertThat(p.title()).isEqualTo("Envoys meet for a second round of talks");
    assertThat(p.body())
        .isEqualTo(
            "Officials from both sides and the Nagorno-Karabakh\nadministration met on Friday.");
  }

  @Test
  void hyphenatedLineFollowedByASingleWordMergesBothLines() {
    PlainText.Parsed p =
        PlainText.parse("The convoy crossed into Nagorno-\nKarabakh.\nIt returned the next day.");

    assertThat(p.body())
        .isEqualTo("The convoy crossed into Nagorno-Karabakh.\nIt returned the next day.");
  }

  @Test
  void nonBreakingSpacesBecomeSpaces() {
    PlainText.Parsed p =
        PlainText.parse(
            "Border posts reopen after\u00A0talks\n\nTraffic\u00A0resumed at\u00A0noon on\u00A0Friday.\u00A0\n");

    assertThat(p.title()).isEqualTo("Border posts reopen after talks");
    assertThat(p.body()).isEqualTo("Traffic resumed at noon on Friday.");
  }

  @Test
  void windowsLineEndingsAreNormalised() {
    PlainText.Parsed p =
        PlainText.parse(
            "Storm closes the coastal road\r\n\r\nWaves broke over the wall.\r\nNobody was hurt.\r\n");

    assertThat(p.title()).isEqualTo("Storm closes the coastal road");
    assertThat(p.body()).isEqualTo("Waves broke over the wall.\nNobody was hurt.");
  }

  @Test
  void messyScrapedArticleIsCleanedAsAWhole() {
    PlainText.Parsed p =
        PlainText.parse(
            """
            IE 11 is not supported. For an optimal experience visit our site on another browser.

            Shelling halts grain convoy on the northern road

            Aid groups say the mountain route has been closed to trucks for a third day.
            Drivers wait beside a fuel depot outside the town of Valetsk on Monday. Lena Marsh / AFP - Getty Images
            / Source: The Associated Press

            Officials in the Nagorno-
            Karabakh capital said the convoy would \u201Ctry again at dawn\u201D.

            Read more:

            Fishermen return to the lake after a long winter

            Markets rally on hopes of a trade deal
            """);

    assertThat(p.title()).isEqualTo("Shelling halts grain convoy on the northern road");
    assertThat(p.source()).isEqualTo("The Associated Press");
    assertThat(p.date()).isNull();
    assertThat(p.captions())
        .containsExactly("Drivers wait beside a fuel depot outside the town of Valetsk on Monday.");
    assertThat(p.body())
        .isEqualTo(
            "Aid groups say the mountain route has been closed to trucks for a third day.\n\n"
                + "Officials in the Nagorno-Karabakh\n"
                + "capital said the convoy would \u201Ctry again at dawn\u201D.");
  }

  @Test
  void looksLikeHeadlineRules() {
    assertThat(PlainText.looksLikeHeadline("Markets rally on hopes of a trade deal")).isTrue();
    assertThat(PlainText.looksLikeHeadline("Markets rally on hopes of a trade deal.")).isFalse();
    assertThat(PlainText.looksLikeHeadline("By staff:")).isFalse();
    assertThat(PlainText.looksLikeHeadline("Short")).isFalse();
    assertThat(PlainText.looksLikeHeadline("word ".repeat(23).strip())).isFalse();
  }

  @Test
  void parseDateLineRejectsOrdinarySentences() {
    assertThat(PublishedDate.parseLine("The talks ended in April")).isNull();
    assertThat(PublishedDate.parseLine("Posted on 1 May 2019"))
        .isEqualTo(PublishedDate.of(LocalDate.of(2019, 5, 1)));
  }
}
