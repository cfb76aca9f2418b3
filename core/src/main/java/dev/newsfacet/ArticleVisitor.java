package dev.newsfacet;

import java.io.IOException;

/** Receives articles one at a time, as {@link NewsIndex#forEachArticle} streams them. */
@FunctionalInterface
public interface ArticleVisitor {
  /**
   * Takes one article.
   *
   * @throws IOException to stop the stream; it propagates to the caller
   */
  void visit(Article article) throws IOException;
}
