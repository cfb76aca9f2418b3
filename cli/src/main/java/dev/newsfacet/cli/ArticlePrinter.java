package dev.newsfacet.cli;

import dev.newsfacet.Article;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The human-readable view of one article. */
final class ArticlePrinter {
  private ArticlePrinter() {}

  static void print(PrintWriter out, Style style, Article a) {
    out.println(style.bold(a.title() == null ? "(untitled)" : a.title()));
    field(out, style, "id", a.id());
    field(
        out,
        style,
        "date",
        a.date() != null
            ? a.date().toString()
            : a.year() != null ? a.year() + " (year only)" : "undated");
    field(out, style, "source", a.source());
    field(out, style, "dateline", a.dateline());
    field(out, style, "url", a.url());
    field(out, style, "author", a.author());
    list(out, style, "party", a.parties());
    list(out, style, "person", a.persons());
    list(out, style, "place", a.places());
    list(out, style, "mentioned_year", a.mentionedYears());
    if (a.storyId() != null && !a.storyId().equals(a.id())) {
      field(out, style, "story", a.storyId());
    }
    out.println();
    out.println(a.body());
    for (String caption : a.captions()) {
      out.println();
      out.println(style.dim("[caption] ") + caption);
    }
  }

  private static void field(PrintWriter out, Style style, String name, String value) {
    if (value != null) {
      out.printf(
          Locale.ROOT, "%s %s%n", style.dim(String.format(Locale.ROOT, "%-15s", name)), value);
    }
  }

  private static void list(PrintWriter out, Style style, String name, List<?> values) {
    if (!values.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (Object v : values) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(v);
      }
      field(out, style, name, sb.toString());
    }
  }
}
