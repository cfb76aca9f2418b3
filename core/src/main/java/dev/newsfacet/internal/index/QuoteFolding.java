package dev.newsfacet.internal.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Replaces typographic apostrophes with {@code '}, the no-break space with a space and the
 * non-breaking hyphen with {@code -}, one character for one, so offsets need no correction. Does
 * what a {@code MappingCharFilter} with those five single-character rules does, without its
 * per-character lookups.
 */
final class QuoteFolding extends CharFilter {
  QuoteFolding(Reader in) {
    super(in);
  }

  /** The character that replaces {@code c}, or {@code c}. */
  static char fold(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC' -> '\'';
      case '\u00A0' -> ' ';
      case '\u2011' -> '-';
      default -> c;
    };
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = input.read(buf, off, len);
    for (int i = off; i < off + n; i++) {
      char c = buf[i];
      // Every replaced character lies above ASCII: most text never reaches the switch.
      if (c >= 0x80) {
        buf[i] = fold(c);
      }
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    int c = input.read();
    return c < 0 ? c : fold((char) c);
  }
}
