package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index-time {@link NewsAnalyzer} must index exactly what the original chain (whitespace, word
 * delimiter graph, graph flattening, lower case, ASCII folding) indexes: the same terms at the same
 * positions with the same offsets. The original chain is kept here as the reference.
 */
class NewsAnalyzerEquivalenceTest {
  /** The chain as it was, with {@link FlattenGraphFilter}: the reference. */
  private static final class ReferenceAnalyzer extends Analyzer {
    private static final NormalizeCharMap QUOTES;

    static {
      NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
      b.add("\u2019", "'");
      b.add("\u2018", "'");
      b.add("\u02BC", "'");
      b.add("\u00A0", " ");
      b.add("\u2011", "-");
      QUOTES = b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(QUOTES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new WhitespaceTokenizer();
      TokenStream ts =
          new WordDelimiterGraphFilter(
              source,
              true,
              WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
              WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                  | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                  | WordDelimiterGraphFilter.CATENATE_WORDS
                  | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE,
              null);
      ts = new FlattenGraphFilter(ts);
      ts = new LowerCaseFilter(ts);
      ts = new ASCIIFoldingFilter(ts);
      return new TokenStreamComponents(source, ts);
    }
  }

  /**
   * What the indexer takes from a token: its text (as chars, and as the bytes the indexer reads,
   * which the index-time tokenizer writes itself for ASCII terms), position and offsets.
   */
  private static List<String> indexed(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TermToBytesRefAttribute bytes = ts.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(
            term
                + "/"
                + bytes.getBytesRef().utf8ToString()
                + "@"
                + pos
                + ":"
                + off.startOffset()
                + "-"
                + off.endOffset());
      }
      ts.end();
      out.add("end@" + off.endOffset() + "+" + inc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private final Analyzer reference = new ReferenceAnalyzer();
  private final Analyzer analyzer = new NewsAnalyzer(true);

  private void assertSame(String text) {
    List<String> expected = indexed(reference, text);
    List<String> actual = indexed(analyzer, text);
    int first = 0;
    while (first < Math.min(expected.size(), actual.size())
        && expected.get(first).equals(actual.get(first))) {
      first++;
    }
    int from = Math.max(0, first - 3);
    assertThat(actual)
        .as(
            "tokens of %s, from token %d: expected %s but got %s",
            text.length() > 200 ? text.substring(0, 200) + "..." : text,
            first,
            expected.subList(from, Math.min(expected.size(), first + 4)),
            actual.subList(from, Math.min(actual.size(), first + 4)))
        .isEqualTo(expected);
  }

  @Test
  void sameTokensOnTrickySpellings() {
    for (String text :
        List.of(
            "cease-fire ceasefire U.S. Azerbaijan\u2019s wi-fi's O'Neill's 1,485 3.5% a-1-b",
            "--- -a- 'quoted' \"double\" x-y-z-w 2020-21 mid-1990s F-16s co-op's",
            "can't won't rock'n'roll  Nagorno-Karabakh's\u00A0front\u2011line  ,  . ' -",
            "\u00C9lys\u00E9e Stra\u00DFe \uFB01nance na\u00EFve-caf\u00E9 \u0130stanbul \u00DF-\u00DF",
            "",
            "   ",
            "x's's ''s s' -'s- 'S A.B.C. a.b-c_d/e\\f+g",
            "$ % & a $ b $ $ c $ $ $ $ d --- -- - e",
            "$ $ $",
            "ABC-def-GHI jkl-MNO 12-ab-34-cd 1-2-3 a1-b2 A1B2-C3",
            "\uD83D\uDE00-smile \uD800lonely \u0000nul\u00ADsoft\u200Bzero")) {
      assertSame(text);
    }
  }

  @Test
  void sameTokensOnRandomText() {
    Random random = new Random(20261121L);
    String alphabet = "aBcdeZ019 -'.,_/\u2019\u00A0\u2011\u00E9\u00DF\u0130\"&()\n\t\u00AD$%";
    for (int i = 0; i < 30_000; i++) {
      int length = random.nextInt(i % 10 == 0 ? 300 : 40);
      StringBuilder sb = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSame(sb.toString());
    }
  }

  @Test
  void sameTokensOnLongTokens() {
    // The whitespace tokenizer cuts tokens at 255 characters; the parts must still agree.
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      int length = 200 + random.nextInt(400);
      for (int k = 0; k < length; k++) {
        int r = random.nextInt(20);
        sb.append(r == 0 ? '-' : r == 1 ? '\'' : r == 2 ? '1' : (char) ('a' + random.nextInt(26)));
      }
      assertSame(sb.toString());
    }
  }

  @Test
  void sameTokensOnNewsLikeText() {
    // Words and spellings news text has, joined by the separators it has; some texts run past the
    // 4,096-char read buffer of the original chain.
    List<String> pieces =
        List.of(
            "the",
            "Minister",
            "NATO",
            "U.S.",
            "cease-fire",
            "cease-\nfire",
            "mid-\r\n1990s",
            "Azerbaijan\u2019s",
            "Azerbaijan's",
            "O'Neill's",
            "JONES'S",
            "James'",
            "\u2018quoted\u2019",
            "\u201cCurly,\u201d",
            "Mevl\u00FCt",
            "\u00C7avu\u015Fo\u011Flu",
            "Stra\u00DFe",
            "\u0130stanbul",
            "na\u00EFve",
            "1,485",
            "3.5%",
            "$2.4bn",
            "2020\u201321",
            "2020-21",
            "F-16s",
            "co-op's",
            "(Reuters)",
            "\u2014",
            "--",
            "'s",
            "\u00BD",
            "\u2167",
            "\uD83D\uDE00",
            "x\uD835\uDC00y",
            "\u05E9\u05DC\u05D5\u05DD",
            "\u65E5\u672C",
            "e\u0301t\u00E9",
            "A.B.C.",
            "wi-fi's-",
            "s's's",
            "\u00AD",
            "\uFB01nal");
    List<String> separators =
        List.of(" ", " ", " ", "\n", "\n\n", "\u00A0", "\u2011", "-", "", "\t", "\u2009", "\u3000");
    Random random = new Random(20261122L);
    for (int i = 0; i < 4_000; i++) {
      int words = random.nextInt(i % 50 == 0 ? 2_000 : 60);
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < words; w++) {
        String piece = pieces.get(random.nextInt(pieces.size()));
        if (random.nextInt(30) == 0) {
          piece = piece.toUpperCase(java.util.Locale.ROOT);
        } else if (random.nextInt(200) == 0) {
          piece = piece.repeat(40 + random.nextInt(40));
        }
        sb.append(piece).append(separators.get(random.nextInt(separators.size())));
      }
      assertSame(sb.toString());
    }
  }

  @Test
  void sameTokensAcrossTheReadBufferAndTheLengthLimit() {
    // A surrogate pair across the original chain's 4,096-char read buffer, and chunks cut at
    // 255 chars with a pair, an apostrophe or a hyphen at the cut.
    for (int shift = 4_090; shift < 4_100; shift++) {
      for (String tail : List.of("\uD83D\uDE00ab", "'s cd", "-ef's", "\uD83D\uDE00", "\uD83D")) {
        assertSame("a ".repeat(shift / 2) + "b".repeat(shift % 2) + tail);
        assertSame("x".repeat(shift) + tail);
      }
    }
    for (int length = 250; length < 262; length++) {
      for (String tail : List.of("\uD83D\uDE00ab", "'s", "-ab", "'", "s")) {
        assertSame("y".repeat(length) + tail + " z");
        assertSame("q-".repeat(length / 2) + tail);
      }
    }
  }

  @Test
  void sameTokensOnTheTestCorpus() throws IOException {
    Path root = Path.of("..", "testdata");
    assertThat(root).isDirectory();
    int files = 0;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
        assertSame(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        files++;
      }
    }
    assertThat(files).isGreaterThan(50);
  }
}
