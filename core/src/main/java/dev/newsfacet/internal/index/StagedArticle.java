package dev.newsfacet.internal.index;

import dev.newsfacet.Article;

/**
 * An article on its way into the index: enriched and fingerprinted (work any thread can do in any
 * order), then placed (its id and story decided, in a fixed order so that story ids do not depend
 * on thread timing), then written.
 */
public final class StagedArticle {
  final Article article;
  final Fingerprint fingerprint;
  boolean existed;
  StoryMatcher.Match match;

  public StagedArticle(Article article, Fingerprint fingerprint) {
    this.article = article;
    this.fingerprint = fingerprint;
  }

  /** The enriched article. */
  public Article article() {
    return article;
  }

  /** The duplicate-detection fingerprint, or null. */
  public Fingerprint fingerprint() {
    return fingerprint;
  }

  /** Records whether the id existed and which story the article joins. */
  public void place(boolean existed, StoryMatcher.Match match) {
    this.existed = existed;
    this.match = match;
  }

  /** Whether an article with this id existed when it was placed. */
  public boolean existed() {
    return existed;
  }

  /** The story match, or null when duplicates are not detected. */
  public StoryMatcher.Match match() {
    return match;
  }
}
