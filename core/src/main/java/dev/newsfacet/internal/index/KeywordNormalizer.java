package dev.newsfacet.internal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRef;

/**
 * Exact-value matching for dimension fields: {@code party:russia} finds {@code Russia}, and {@code
 * person:"Mevlut Cavusoglu"} finds {@code Mevlüt Çavuşoğlu}. The whole value is one term, case and
 * diacritics folded; the same analyzer runs at index and query time, so both fold alike.
 */
public final class KeywordNormalizer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new KeywordTokenizer();
    TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
    return new TokenStreamComponents(source, ts);
  }

  /**
   * The term this analyzer makes of a whole value (lower case, then folded to ASCII), computed
   * directly: the indexer calls it once per dimension value instead of running a token stream.
   * {@code KeywordNormalizerTest} compares it with the analyzer's term.
   */
  static BytesRef fold(String value) {
    int n = value.length();
    // Nearly every value is ASCII: lower-casing maps A-Z only and folding nothing, so its UTF-8
    // bytes are written directly.
    byte[] ascii = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        return foldChars(value);
      }
      ascii[i] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return new BytesRef(ascii);
  }

  private static BytesRef foldChars(String value) {
    int n = value.length();
    char[] chars = new char[n];
    value.getChars(0, n, chars, 0);
    CharacterUtils.toLowerCase(chars, 0, n);
    for (int i = 0; i < n; i++) {
      if (chars[i] >= 0x80) {
        // As ASCIIFoldingFilter: one char may fold to up to four.
        char[] folded = new char[4 * n];
        int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, n);
        return new BytesRef(new CharsRef(folded, 0, length));
      }
    }
    return new BytesRef(new CharsRef(chars, 0, n));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
