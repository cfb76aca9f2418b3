package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeSource;
import org.junit.jupiter.api.Test;

/** The bytes the index-time tokenizer writes must stay the term's, also in captured states. */
class IndexTermAttributeTest {
  private final Analyzer analyzer = new NewsAnalyzer(true);

  @Test
  void aRestoredStateGivesItsOwnTermsBytes() throws IOException {
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, "Alpha Ünïcode beta")) {
      TermToBytesRefAttribute bytes = ts.addAttribute(TermToBytesRefAttribute.class);
      ts.reset();
      assertThat(ts.incrementToken()).isTrue();
      AttributeSource.State alpha = ts.captureState();
      assertThat(ts.incrementToken()).isTrue();
      assertThat(bytes.getBytesRef().utf8ToString()).isEqualTo("unicode");
      assertThat(ts.incrementToken()).isTrue();
      assertThat(bytes.getBytesRef().utf8ToString()).isEqualTo("beta");
      ts.restoreState(alpha);
      assertThat(bytes.getBytesRef().utf8ToString()).isEqualTo("alpha");
      assertThat(ts.incrementToken()).isFalse();
      ts.end();
    }
  }

  @Test
  void aCachedStreamReplaysEachTermsBytes() throws IOException {
    List<String> chars = new ArrayList<>();
    List<String> bytes = new ArrayList<>();
    try (TokenStream ts =
        new CachingTokenFilter(
            analyzer.tokenStream(Schema.BODY, "One twö-three FOUR's five,six Çay"))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TermToBytesRefAttribute bytesAtt = ts.addAttribute(TermToBytesRefAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // First pass fills the cache; read only on the replay below.
      }
      ts.end();
      ts.reset();
      while (ts.incrementToken()) {
        chars.add(term.toString());
        bytes.add(bytesAtt.getBytesRef().utf8ToString());
      }
    }
    assertThat(chars).contains("one", "two", "three", "twothree", "four", "five", "six", "cay");
    assertThat(bytes).isEqualTo(chars);
  }
}
