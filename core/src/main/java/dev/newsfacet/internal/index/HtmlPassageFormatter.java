package dev.newsfacet.internal.index;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/**
 * Snippets as HTML fragments: the body's text escaped, the query's matches between {@code <b>} and
 * {@code </b>}. A page that shows a snippet as HTML then shows the article's {@code <script>} as
 * text, and a {@code <b>} written in an article cannot pass for a match. Escapes what Lucene's
 * {@code SimpleHTMLEncoder} (OpenSearch's {@code html} encoder) escapes, so that both back ends
 * give the same snippet.
 */
final class HtmlPassageFormatter extends DefaultPassageFormatter {
  HtmlPassageFormatter() {
    super("<b>", "</b>", " … ", true);
  }

  @Override
  protected void append(StringBuilder dest, String content, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = content.charAt(i);
      switch (c) {
        case '&' -> dest.append("&amp;");
        case '<' -> dest.append("&lt;");
        case '>' -> dest.append("&gt;");
        case '"' -> dest.append("&quot;");
        default -> dest.append(c);
      }
    }
  }
}
