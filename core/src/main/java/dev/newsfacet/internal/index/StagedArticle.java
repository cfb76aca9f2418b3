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
  String sourceStamp;
  int sourceCount;

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

  /**
   * Records the file the article came from: a stamp of its path, size and modification time, and
   * how many articles the file holds, so a later run can tell it is indexed completely.
   */
  public void source(String stamp, int articlesInFile) {
    this.sourceStamp = stamp;
    this.sourceCount = articlesInFile;
  }

  /** Records whether the id existed and which story the article joins. */
  public void place(boolean existed, StoryMatcher.Match match) {
    this.existed = existed;
    this.match = match;
  }

  /** The source file's stamp, or null. */
  public String sourceStamp() {
    return sourceStamp;
  }

  /** How many articles the source file holds. */
  public int sourceCount() {
    return sourceCount;
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
