package dev.newsfacet.internal.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.Article;
import dev.newsfacet.DateSource;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a web page: the article's text without scripts, navigation, asides and footers; the title
 * from {@code og:title}, {@code <h1>} or {@code <title>}; date, author and source from meta tags,
 * JSON-LD and {@code <time datetime>}. Nothing is fetched: links and scripts are never followed.
 */
final class HtmlArticle {
  private HtmlArticle() {}

  /** Page furniture that class and id names give away. */
  private static final String CHROME =
      "[class~=(?i)(cookie|consent|sidebar|related|share|social|newsletter|comment|advert|promo|"
          + "subscribe|paywall|breadcrumb|menu|popup|modal)], "
          + "[id~=(?i)(cookie|consent|sidebar|related|share|social|newsletter|comment|advert|promo|"
          + "subscribe|paywall|breadcrumb|menu|popup|modal)]";

  static Article.Builder parse(String html, String id) {
    Document doc = Jsoup.parse(html);
    doc.select(
            "script:not([type=application/ld+json]), style, noscript, nav, footer, aside, form, iframe, svg, button")
        .remove();
    // A site header is chrome; an article's own header holds its headline and date.
    for (Element header : doc.select("header")) {
      if (header.closest("article") == null) {
        header.remove();
      }
    }
    JsonNode ld = JsonLd.find(doc);

    String title = meta(doc, "og:title");
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (title == null && h1 != null) {
      title = h1.text();
    }
    if (title == null && !doc.title().isBlank()) {
      title = withoutSiteName(doc.title());
    }
    if (title == null && ld != null) {
      title = JsonLd.text(ld, "headline");
    }
    String date =
        firstNonNull(
            meta(doc, "article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            meta(doc, "dc.date"),
            ld == null ? null : JsonLd.text(ld, "datePublished"),
            attr(doc.selectFirst("article time[datetime], time[datetime]"), "datetime"));

    for (Element e : doc.select(CHROME)) {
      if (e.closest("article") == null || e.select("p").size() < 2) {
        e.remove();
      }
    }
    Element main = doc.selectFirst("article");
    if (main == null) {
      main = doc.selectFirst("main, [role=main], [itemprop=articleBody]");
    }
    if (main == null) {
      main = densest(doc.body());
    }
    List<String> captions = new ArrayList<>();
    for (Element fc : main.select("figcaption")) {
      String c = Captions.withoutCredit(fc.text());
      if (!c.isEmpty()) {
        captions.add(c);
      }
      fc.remove();
    }
    StringBuilder body = new StringBuilder();
    Elements blocks = main.select("p, li, blockquote, h2, h3, pre");
    if (blocks.isEmpty()) {
      body.append(main.text());
    }
    for (Element e : blocks) {
      if (e.parents().stream().anyMatch(p -> blocks.contains(p))) {
        continue; // nested block: its text is already in its parent's
      }
      String text = e.text().strip();
      if (text.isEmpty() || (h1 != null && text.equals(h1.text()))) {
        continue;
      }
      if (Captions.isCreditOnly(text)) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(text);
    }

    Article.Builder b = Article.builder(id).title(title).body(body.toString()).captions(captions);
    if (date != null) {
      try {
        PublishedDate.of(Metadata.parseDate(date)).applyTo(b, DateSource.HTML);
      } catch (IllegalArgumentException e) {
        // An unparseable date in a page is not a reason to lose the article.
      }
    }
    b.author(
        firstNonNull(
            meta(doc, "author"),
            meta(doc, "article:author"),
            ld == null ? null : JsonLd.author(ld)));
    b.source(firstNonNull(meta(doc, "og:site_name"), ld == null ? null : JsonLd.publisher(ld)));
    b.url(firstNonNull(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href")));
    return b;
  }

  /**
   * The element whose own paragraphs hold the most text that is not links: the story on a page
   * without {@code <article>} or {@code <main>}.
   */
  private static Element densest(Element body) {
    Element best = body;
    int bestScore = 0;
    int total = 0;
    for (Element p : body.select("p")) {
      total += prose(p);
    }
    for (Element e : body.select("div, section, td")) {
      int score = 0;
      for (Element p : e.children()) {
        if (p.nameIs("p")) {
          score += prose(p);
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    // A container that holds little of the page's prose is a fragment: keep the whole body.
    return bestScore * 10 >= total * 6 ? best : body;
  }

  /** A paragraph's text that is not links, links counted against it twice. */
  private static int prose(Element p) {
    int links = 0;
    for (Element a : p.select("a")) {
      links += a.text().length();
    }
    return Math.max(0, p.text().length() - 2 * links);
  }

  /** "Truce holds | Example Daily" without " | Example Daily". */
  private static String withoutSiteName(String title) {
    String t = title.strip();
    int cut =
        Math.max(t.lastIndexOf(" | "), Math.max(t.lastIndexOf(" - "), t.lastIndexOf(" \u2014 ")));
    return cut > 10 ? t.substring(0, cut).strip() : t;
  }

  private static String meta(Document doc, String name) {
    Element e =
        doc.selectFirst(
            "meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
