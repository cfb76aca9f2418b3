package dev.newsfacet.internal.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

/**
 * Full-text analysis for titles and bodies.
 *
 * <p>News spells the same word several ways ("ceasefire", "cease-fire"; "U.S."; "Azerbaijan’s"), so
 * words are split on punctuation and hyphenated parts are also indexed joined: {@code cease-fire}
 * indexes {@code cease}, {@code fire} and {@code ceasefire}, and both spellings find each other.
 * Possessives are dropped, case and diacritics folded. No stemming and no stop words, so phrase
 * queries stay exact.
 */
public final class NewsAnalyzer extends Analyzer {
  private static final int FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.CATENATE_WORDS
          | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

  private final boolean forIndexing;

  /**
   * Creates the analyzer.
   *
   * @param forIndexing true for the index, false for queries, where the graph lets the parser build
   *     exact alternatives
   */
  public NewsAnalyzer(boolean forIndexing) {
    this.forIndexing = forIndexing;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // The index-time tokenizer folds the quotes itself, as it reads.
    return forIndexing ? reader : new QuoteFolding(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    if (forIndexing) {
      // The chain below, its graph flattened, in one pass: indexing analyses every word of every
      // article, queries only a few (NewsAnalyzerEquivalenceTest compares it with the chain).
      return new TokenStreamComponents(new IndexTokenizer());
    }
    Tokenizer source = new WhitespaceTokenizer();
    TokenStream ts =
        new WordDelimiterGraphFilter(
            source, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, FLAGS, null);
    ts = new LowerCaseFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
