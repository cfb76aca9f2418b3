package dev.newsfacet.internal.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.Article;
import java.time.LocalDate;
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
    Element h1 = doc.selectFirst("article h1, h1");
    if (title == null && h1 != null) {
      title = h1.text();
    }
    if (title == null && !doc.title().isBlank()) {
      title = doc.title();
    }
    if (title == null && ld != null) {
      title = JsonLd.text(ld, "headline");
    }

    Element main = doc.selectFirst("article");
    if (main == null) {
      main = doc.selectFirst("main, [role=main], .article-body, .story-body, #content");
    }
    if (main == null) {
      main = doc.body();
    }
    StringBuilder body = new StringBuilder();
    Elements blocks = main.select("p, li, blockquote, figcaption, h2, h3, pre");
    if (blocks.isEmpty()) {
      body.append(main.text());
    }
    for (Element e : blocks) {
      if (e.parents().stream().anyMatch(p -> blocks.contains(p))) {
        continue; // nested block: its text is already in its parent's
      }
      String text = e.text().strip();
      if (!text.isEmpty()) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(text);
      }
    }

    Article.Builder b = Article.builder(id).title(title).body(body.toString());
    String date =
        firstNonNull(
            meta(doc, "article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            ld == null ? null : JsonLd.text(ld, "datePublished"),
            attr(doc.selectFirst("time[datetime]"), "datetime"));
    if (date != null) {
      try {
        LocalDate d = Metadata.parseDate(date);
        b.date(d);
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
