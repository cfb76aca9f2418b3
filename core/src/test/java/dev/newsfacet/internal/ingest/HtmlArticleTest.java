package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {

  private static Article parse(String html) {
    return HtmlArticle.parse(html, "page.html").build();
  }

  @Test
  void ogTitleWinsOverTitleAndH1() {
    Article a =
        parse(
            """
            <html><head>
            <title>Convoy news | Example Daily</title>
            <meta property="og:title" content="Convoy reaches the mountain pass">
            </head><body><article><h1>Convoy at the pass</h1><p>It arrived at noon.</p></article></body></html>
            """);

    assertThat(a.id()).isEqualTo("page.html");
    assertThat(a.title()).isEqualTo("Convoy reaches the mountain pass");
    assertThat(a.body()).isEqualTo("It arrived at noon.");
  }

  @Test
  void h1IsUsedWhenThereIsNoOgTitle() {
    Article a =
        parse(
            """
            <html><head><title>Drone strikes | Example Daily</title></head>
            <body><article><h1>Drones strike a fuel depot</h1><p>Fires burned overnight.</p></article></body></html>
            """);

    assertThat(a.title()).isEqualTo("Drones strike a fuel depot");
  }

  @Test
  void titleElementIsTheLastResortBeforeJsonLd() {
    Article a =
        parse(
            """
            <html><head><title>Quiet night on the border</title></head>
            <body><p>Nothing happened.</p></body></html>
            """);

    assertThat(a.title()).isEqualTo("Quiet night on the border");
  }

  @Test
  void jsonLdHeadlineWhenNothingElseNamesThePage() {
    Article a =
        parse(
            """
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge repairs begin"}</script>
            </head><body><p>Crews arrived on Monday.</p></body></html>
            """);

    assertThat(a.title()).isEqualTo("Bridge repairs begin");
    assertThat(a.body()).isEqualTo("Crews arrived on Monday.");
  }

  @Test
  void publishedTimeMetaGivesTheDate() {
    Article a =
        parse(
            """
            <html><head>
            <meta property="article:published_time" content="2020-10-10T09:30:00+04:00">
            </head><body><article><p>Text.</p></article></body></html>
            """);

    assertThat(a.date()).isEqualTo(LocalDate.of(2020, 10, 10));
  }

  @Test
  void jsonLdDatePublishedGivesTheDate() {
    Article a =
        parse(
            """
            <html><head>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example Daily"},
              {"@type":"NewsArticle","headline":"Talks resume","datePublished":"2016-04-05T08:00:00Z",
               "author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Example Daily"}}
            ]}
            </script>
            </head><body><article><p>Text.</p></article></body></html>
            """);

    assertThat(a.date()).isEqualTo(LocalDate.of(2016, 4, 5));
    assertThat(a.author()).isEqualTo("Jane Doe");
    assertThat(a.source()).isEqualTo("Example Daily");
  }

  @Test
  void timeElementGivesTheDate() {
    Article a =
        parse(
            """
            <html><body><article>
            <p>Posted <time datetime="2023-09-20">Wednesday</time> by the desk.</p>
            </article></body></html>
            """);

    assertThat(a.date()).isEqualTo(LocalDate.of(2023, 9, 20));
  }

  @Test
  void brokenJsonLdAndUnparseableDatesDoNotLoseTheArticle() {
    Article a =
        parse(
            """
            <html><head>
            <script type="application/ld+json">{"headline": broken</script>
            <meta property="article:published_time" content="last Tuesday">
            </head><body><article><h1>Still here</h1><p>Text survives.</p></article></body></html>
            """);

    assertThat(a.title()).isEqualTo("Still here");
    assertThat(a.date()).isNull();
    assertThat(a.body()).isEqualTo("Text survives.");
  }

  @Test
  void scriptsStylesNavigationAndFootersNeverReachTheBody() {
    Article a =
        parse(
            """
            <html><head><style>p { color: red; }</style>
            <script>var tracker = "secret tracking code";</script></head>
            <body>
            <nav><ul><li>Home</li><li>World</li></ul></nav>
            <article>
              <p>Engineers closed the breach on Thursday.</p>
              <script>document.write("injected words");</script>
              <style>.ad { display: none; }</style>
              <aside><p>Related: unrelated story</p></aside>
              <p>Crews will inspect the spillway next month.</p>
              <form><p>Subscribe with your email</p><button>Go</button></form>
              <footer><p>Copyright Example Daily</p></footer>
            </article>
            <footer><p>About us</p></footer>
            </body></html>
            """);

    assertThat(a.body())
        .isEqualTo(
            "Engineers closed the breach on Thursday.\n\n"
                + "Crews will inspect the spillway next month.");
  }

  @Test
  void figcaptionTextIsKeptAsACaptionOutOfTheBody() {
    Article a =
        parse(
            """
            <html><body><article>
            <p>The market reopened.</p>
            <figure><img src="x.jpg" alt="stalls"><figcaption>Traders set out fruit at dawn.</figcaption></figure>
            <p>Prices were stable.</p>
            </article></body></html>
            """);

    assertThat(a.body()).isEqualTo("The market reopened.\n\nPrices were stable.");
    assertThat(a.captions()).containsExactly("Traders set out fruit at dawn.");
  }

  @Test
  void nestedBlocksAreNotRepeated() {
    Article a =
        parse(
            """
            <html><body><article>
            <blockquote><p>We will stay.</p></blockquote>
            <ul><li><p>First point.</p></li></ul>
            </article></body></html>
            """);

    assertThat(a.body()).isEqualTo("We will stay.\n\nFirst point.");
  }

  @Test
  void bodyFallsBackToMainWithoutAnArticle() {
    Article a =
        parse(
            """
            <html><body>
            <div class="promo"><p>Outside the main content.</p></div>
            <main><h2>Background</h2><p>The dam was built in 1962.</p></main>
            </body></html>
            """);

    assertThat(a.body()).isEqualTo("Background\n\nThe dam was built in 1962.");
  }

  @Test
  void bodyFallsBackToBodyWithoutArticleOrMain() {
    Article a =
        parse(
            """
            <html><body>
            <p>First paragraph.</p>
            <div><p>Second paragraph.</p></div>
            </body></html>
            """);

    assertThat(a.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
  }

  @Test
  void textWithoutBlocksIsTakenWhole() {
    Article a =
        parse("<html><body><article><div>Just a line of text</div></article></body></html>");

    assertThat(a.body()).isEqualTo("Just a line of text");
  }

  @Test
  void authorSourceAndUrlFromMetaTags() {
    Article a =
        parse(
            """
            <html><head>
            <meta name="author" content="Mira Example">
            <meta property="og:site_name" content="Harbour Times">
            <link rel="canonical" href="https://example.org/port-strike">
            </head><body><article><p>Dockers returned.</p></article></body></html>
            """);

    assertThat(a.author()).isEqualTo("Mira Example");
    assertThat(a.source()).isEqualTo("Harbour Times");
    assertThat(a.url()).isEqualTo("https://example.org/port-strike");
  }
}
