package dev.newsfacet.cli;

/**
 * Terminal colour: on only when stdout is a terminal and {@code NO_COLOR} is not set
 * (https://no-color.org).
 */
final class Style {
  static final Style PLAIN = new Style(false);

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  /** Colour for the real terminal, if there is one. */
  static Style detect() {
    String noColor = System.getenv("NO_COLOR");
    boolean terminal = Terminal.interactive();
    return new Style(terminal && (noColor == null || noColor.isEmpty()));
  }

  String bold(String s) {
    return on ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  String dim(String s) {
    return on ? "\u001b[2m" + s + "\u001b[0m" : s;
  }

  String accent(String s) {
    return on ? "\u001b[36m" + s + "\u001b[0m" : s;
  }

  /**
   * Renders a snippet's {@code <b>} marks as bold, or as [brackets] without colour, and its escaped
   * characters as themselves: the snippet is HTML, the terminal is not.
   */
  String highlight(String snippet) {
    String marked =
        on
            ? snippet.replace("<b>", "\u001b[1;33m").replace("</b>", "\u001b[0m")
            : snippet.replace("<b>", "[").replace("</b>", "]");
    return unescape(marked);
  }

  /** The text of an HTML fragment's entities {@code &lt; &gt; &quot; &amp;}. */
  static String unescape(String html) {
    if (html.indexOf('&') < 0) {
      return html;
    }
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
