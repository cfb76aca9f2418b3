package dev.newsfacet;

/** Where an article's publication date came from, most trusted first. */
public enum DateSource {
  /** A metadata field: front matter, a JSON field, or set through the API. */
  METADATA,
  /** An HTML page's meta tags, JSON-LD or {@code <time>} element. */
  HTML,
  /** A date line in the text, such as "Published 5 April 2016". */
  TEXT,
  /** A date in the file's name or path, such as {@code 2016-04-05-truce.txt}. */
  FILE_NAME
}
