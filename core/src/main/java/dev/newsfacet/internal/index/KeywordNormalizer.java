package dev.newsfacet.internal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

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

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
