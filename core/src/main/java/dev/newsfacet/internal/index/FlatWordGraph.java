package dev.newsfacet.internal.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Does what {@code FlattenGraphFilter} does to the word delimiter's output in {@link NewsAnalyzer},
 * without its buffering and state copies: that graph is already flat, so only two things change.
 * Every token becomes one position long, and a run of removed tokens (lone punctuation) leaves a
 * gap of one position, not one per removed token. NewsAnalyzerEquivalenceTest checks it against the
 * real filter; it is not a general replacement.
 */
final class FlatWordGraph extends TokenFilter {
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  FlatWordGraph(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    length.setPositionLength(1);
    if (increment.getPositionIncrement() > 2) {
      increment.setPositionIncrement(2);
    }
    return true;
  }
}
