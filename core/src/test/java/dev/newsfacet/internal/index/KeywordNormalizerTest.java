package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class KeywordNormalizerTest {
  private static final KeywordNormalizer ANALYZER = new KeywordNormalizer();

  /** The one term the analyzer makes of a value at index time. */
  private static BytesRef analysed(String value) throws Exception {
    try (TokenStream ts = ANALYZER.tokenStream("party", value)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      ts.reset();
      assertThat(ts.incrementToken()).as("a token for %s", value).isTrue();
      BytesRef out = BytesRef.deepCopyOf(term.getBytesRef());
      assertThat(ts.incrementToken()).as("one token for %s", value).isFalse();
      ts.end();
      return out;
    }
  }

  @Test
  void foldsKnownValues() throws Exception {
    assertThat(KeywordNormalizer.fold("Mevlüt Çavuşoğlu").utf8ToString())
        .isEqualTo("mevlut cavusoglu");
    assertThat(KeywordNormalizer.fold("Labour").utf8ToString()).isEqualTo("labour");
    assertThat(KeywordNormalizer.fold("Æsir ﬀ").utf8ToString()).isEqualTo("aesir ff");
  }

  /** Folding directly gives the analyzer's term, for any chars (surrogates, expansions, cases). */
  @Test
  void foldEqualsTheAnalyzersTerm() throws Exception {
    String[] samples = {
      "İstanbul", "ΣΊΣΥΦΟΣ", "ǅemal", "Straße", "ŒUVRE", "\uD801\uDC00bc", "Ⅻ", "x\u0301", "  a b  "
    };
    for (String s : samples) {
      assertThat(KeywordNormalizer.fold(s)).as(s).isEqualTo(analysed(s));
    }
    Random r = new Random(20261122L);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(12); n > 0; n--) {
        int cp =
            switch (r.nextInt(4)) {
              case 0 -> 0x20 + r.nextInt(0x60);
              case 1 -> 0x80 + r.nextInt(0x500);
              case 2 -> r.nextInt(0x10000);
              default -> 0x10000 + r.nextInt(0x20000);
            };
        if (cp >= 0xD800 && cp <= 0xDFFF) {
          cp = 'q';
        }
        b.appendCodePoint(cp);
      }
      String s = b.toString();
      assertThat(KeywordNormalizer.fold(s)).as("%s", s).isEqualTo(analysed(s));
    }
  }
}
