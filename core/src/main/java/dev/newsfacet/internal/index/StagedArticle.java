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
  SourceFile source;

  private static final int UPDATE = 0;
  private static final int FRESH = 1;
  private static final int ADDING = 2;
  private static final int ADDED = 3;

  /**
   * Whether the article may be added without deleting an older copy of its id: {@link #FRESH} when
   * placed as the first article with its id the index ever had, until it is written or a later
   * placement of the same id turns it back into an update.
   */
  private final java.util.concurrent.atomic.AtomicInteger addState =
      new java.util.concurrent.atomic.AtomicInteger(UPDATE);

  /** An earlier article with the same id whose add may be under way when this one is written. */
  private volatile StagedArticle after;

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
   * Records the file the article came from, so a later run can tell the file is indexed completely
   * and which file owns its id.
   */
  public void source(SourceFile file) {
    this.source = file;
  }

  /** Records whether the id existed and which story the article joins. */
  public void place(boolean existed, StoryMatcher.Match match) {
    this.existed = existed;
    this.match = match;
  }

  /**
   * Marks the article as the first with its id that the index ever had: no document has its id,
   * none is buffered in the writer, and no other placement of it is pending.
   */
  public void fresh() {
    addState.set(FRESH);
  }

  /**
   * Called when a later article with the same id is placed: this one is then written as an update
   * (if it was fresh and not being added yet), or the later one waits until its add is done, so
   * that the later one's update always deletes it.
   */
  public void placedAgainAs(StagedArticle later) {
    if (!addState.compareAndSet(FRESH, UPDATE) && addState.get() != UPDATE) {
      later.after = this;
    }
  }

  /**
   * Before writing: whether to add the article without a delete of its id. A true answer must be
   * followed by {@link #written()} once the add returned or failed.
   */
  public boolean startAdd() throws java.io.InterruptedIOException {
    StagedArticle earlier = after;
    if (earlier != null) {
      earlier.awaitAdded();
      after = null;
    }
    return addState.compareAndSet(FRESH, ADDING);
  }

  /** Ends an add begun with {@link #startAdd()}. */
  public void written() {
    if (addState.compareAndSet(ADDING, ADDED)) {
      synchronized (this) {
        notifyAll();
      }
    }
  }

  private void awaitAdded() throws java.io.InterruptedIOException {
    // An add of one document: rarely waited for at all (two placements of a new id), and briefly.
    synchronized (this) {
      while (addState.get() == ADDING) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while waiting for an earlier add");
        }
      }
    }
  }

  /** The file the article came from, or null. */
  public SourceFile source() {
    return source;
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
