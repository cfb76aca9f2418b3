package dev.newsfacet.internal.index;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the ids (index-wide) of every matching document, without scores. */
final class DocCollector extends SimpleCollector {
  private int[] docs = new int[16];
  private int size;
  private int base;

  @Override
  protected void doSetNextReader(LeafReaderContext context) {
    base = context.docBase;
  }

  @Override
  public void setScorer(Scorable scorer) {
    // Scores are not needed.
  }

  @Override
  public void collect(int doc) {
    if (size == docs.length) {
      docs = Arrays.copyOf(docs, size * 2);
    }
    docs[size++] = base + doc;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** The collected ids, in collection order. */
  int[] docs() {
    return Arrays.copyOf(docs, size);
  }
}
