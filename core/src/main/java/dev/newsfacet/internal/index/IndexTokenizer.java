package dev.newsfacet.internal.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * The index-time chain of {@link NewsAnalyzer} in one tokenizer: it gives the terms, position
 * increments and offsets that the whitespace tokenizer, the word delimiter (word and number parts,
 * joined word parts, English possessives dropped), graph flattening, lower-casing and ASCII folding
 * give together, without their attribute sets, state captures and per-filter calls for every token.
 * The body is read whole, then each whitespace-separated chunk is cut into parts in place.
 * NewsAnalyzerEquivalenceTest keeps the original chain as the reference; this class follows that
 * chain's rules only for these flags and is no general word delimiter.
 */
final class IndexTokenizer extends Tokenizer {
  /** The whitespace tokenizer's limit: longer runs are cut into chunks of this many chars. */
  private static final int MAX_CHUNK = 255;

  private static final int LOWER = 1;
  private static final int UPPER = 2;
  private static final int ALPHA = LOWER | UPPER;
  private static final int DIGIT = 4;
  private static final int DELIM = 8;
  private static final byte[] TYPES = WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE;

  /** Which ASCII chars are whitespace: most chars are ASCII and need no code point. */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  /** ASCII chars lower-cased, as the lower-case filter maps them: A to Z only. */
  private static final char[] ASCII_LOWER = new char[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c);
      ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c;
    }
  }

  /** Per buffered part: start and end position, start and end char in the chunk, joined text. */
  private static final int FIELDS = 6;

  IndexTokenizer() {
    super(IndexTermAttribute.FACTORY);
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** The same attribute as {@link #term}, through which an ASCII term's bytes are written too. */
  private final IndexTermAttribute token = (IndexTermAttribute) term;

  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);

  private char[] text = new char[4096];
  private int length;
  private int next;
  private boolean loaded;
  private int finalOffset;

  /** The current chunk: where it starts and ends in {@link #text}. */
  private int chunk;

  private int chunkEnd;

  /** The chunk is ASCII letters and digits only: one part as it stands, nothing to split. */
  private boolean plainChunk;

  /** The chunk is ASCII only, so are its parts and joined words: their terms are copies. */
  private boolean asciiChunk;

  private int[] parts = new int[16 * FIELDS];
  private int partCount;
  private int partNext;
  private char[] joined = new char[256];
  private int joinedLength;

  /** Positions owed to the next token: one per chunk, kept when a chunk gives no token. */
  private int owed;

  private int wordPos;
  private int lastStart;
  private char[] folded = new char[1024];

  @Override
  public boolean incrementToken() throws IOException {
    // No clearAttributes: every token sets its term, offsets and increment, and nothing else in
    // the attributes (type, position length, frequency) is ever changed from its default.
    if (!loaded) {
      load();
    }
    while (partNext >= partCount) {
      if (!nextChunk()) {
        finalOffset = correctOffset(length);
        return false;
      }
      owed++;
      if (plainChunk || split()) {
        setTerm(text, chunk, chunkEnd - chunk, asciiChunk);
        offset.setOffset(correctOffset(chunk), finalOffset = correctOffset(chunkEnd));
        setIncrement(owed);
        owed = 0;
        return true;
      }
    }
    int p = partNext++ * FIELDS;
    int startPos = parts[p];
    int startOffset = correctOffset(chunk);
    int endOffset = finalOffset = correctOffset(chunkEnd);
    if (endOffset - startOffset == chunkEnd - chunk) {
      endOffset = startOffset + parts[p + 3];
      startOffset += parts[p + 2];
    }
    startOffset = Math.max(startOffset, lastStart);
    endOffset = Math.max(endOffset, lastStart);
    offset.setOffset(startOffset, endOffset);
    lastStart = startOffset;
    if (parts[p + 5] < 0) {
      setTerm(text, chunk + parts[p + 2], parts[p + 3] - parts[p + 2], asciiChunk);
    } else {
      setTerm(joined, parts[p + 4], parts[p + 5], asciiChunk);
    }
    setIncrement(owed + startPos - wordPos);
    owed = 0;
    wordPos = startPos;
    return true;
  }

  /**
   * Reads the whole input, with {@link QuoteFolding}'s one-for-one replacements: bodies are a few
   * kilobytes, and offsets are then plain indexes.
   */
  private void load() throws IOException {
    length = 0;
    while (true) {
      if (length == text.length) {
        text = ArrayUtil.grow(text, length + 1);
      }
      int n = input.read(text, length, text.length - length);
      if (n < 0) {
        break;
      }
      for (int i = length; i < length + n; i++) {
        if (text[i] >= 0x80) {
          text[i] = QuoteFolding.fold(text[i]);
        }
      }
      length += n;
    }
    loaded = true;
  }

  /** Finds the next run of non-whitespace code points, at most {@link #MAX_CHUNK} chars long. */
  private boolean nextChunk() {
    int i = next;
    while (i < length) {
      char ch = text[i];
      if (ch < 0x80) {
        if (!ASCII_SPACE[ch]) {
          break;
        }
        i++;
        continue;
      }
      int c = codePointAt(i);
      if (!Character.isWhitespace(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i >= length) {
      next = length;
      return false;
    }
    chunk = i;
    int limit = Math.min(length, i + MAX_CHUNK);
    boolean plain = true;
    boolean ascii = true;
    while (i < limit) {
      char ch = text[i];
      if (ch < 0x80) {
        if (ASCII_SPACE[ch]) {
          break;
        }
        plain &= (TYPES[ch] & DELIM) == 0;
        i++;
        continue;
      }
      plain = false;
      ascii = false;
      int c = codePointAt(i);
      if (Character.isWhitespace(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    chunkEnd = i;
    next = i;
    plainChunk = plain;
    asciiChunk = ascii;
    return true;
  }

  private int codePointAt(int i) {
    char c = text[i];
    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text[i + 1])) {
      return Character.toCodePoint(c, text[i + 1]);
    }
    return c;
  }

  private static int type(char c) {
    return c < TYPES.length ? TYPES[c] : WordDelimiterIterator.getType(c);
  }

  private int typeAt(int i) {
    return type(text[chunk + i]);
  }

  /**
   * Cuts the current chunk into parts. Returns true when the chunk is one part as it stands (the
   * caller emits it); otherwise the parts to emit are buffered, none when it is all punctuation.
   */
  private boolean split() {
    partCount = 0;
    partNext = 0;
    joinedLength = 0;
    int n = chunkEnd - chunk;
    int lo = 0;
    while (lo < n && (typeAt(lo) & DELIM) != 0) {
      lo++;
    }
    int hi = n;
    while (hi > lo && (typeAt(hi - 1) & DELIM) != 0) {
      hi--;
    }
    if (lo == hi) {
      return false;
    }
    // A part is a run of non-delimiters; after one followed by 's (a possessive), the s is skipped.
    int start = lo;
    int end = runEnd(start, hi);
    if (start == 0 && end == n) {
      return true;
    }
    boolean finalPossessive = possessive(hi, hi);
    wordPos = 0;
    if (start == lo && end == (finalPossessive ? hi - 2 : hi)) {
      addPart(0, 1, start, end, -1, -1);
      return false;
    }
    int joinType = 0;
    int joinStart = 0;
    // A joined word ends where the last part it spans ends: after a surrogate-led word, digits
    // that are not joined still lie inside its positions, and the flattened graph's offsets say so.
    int lastEnd = 0;
    int joinPos = 0;
    int joinFrom = 0;
    int joinCount = 0;
    while (true) {
      int type = typeAt(start);
      if ((type & ALPHA) != 0 && (type & DIGIT) == 0) {
        type = ALPHA;
      }
      if (joinCount > 0 && (joinType & type) == 0) {
        flushJoined(joinCount, joinPos, joinStart, lastEnd, joinFrom);
        joinCount = 0;
      }
      if ((type & ALPHA) != 0) {
        if (joinCount == 0) {
          joinType = type;
          joinStart = start;
          joinPos = wordPos;
          joinFrom = joinedLength;
        }
        appendJoined(start, end);
        joinCount++;
      }
      addPart(wordPos, wordPos + 1, start, end, -1, -1);
      lastEnd = end;
      wordPos++;
      start = end;
      if (end < hi - 1 && possessive(end + 2, hi)) {
        start += 2;
      }
      while (start < hi && (typeAt(start) & DELIM) != 0) {
        start++;
      }
      if (start >= hi) {
        break;
      }
      end = runEnd(start, hi);
    }
    if (joinCount > 0) {
      flushJoined(joinCount, joinPos, joinStart, lastEnd, joinFrom);
    }
    wordPos = 0;
    return false;
  }

  private int runEnd(int start, int hi) {
    int end = start + 1;
    while (end < hi && (typeAt(end) & DELIM) == 0) {
      end++;
    }
    return end;
  }

  /** Whether the chars before {@code at} are a letter, an apostrophe and an s, ending a part. */
  private boolean possessive(int at, int hi) {
    if (at <= 2) {
      return false;
    }
    char s = text[chunk + at - 1];
    return text[chunk + at - 2] == '\''
        && (s == 's' || s == 'S')
        && (typeAt(at - 3) & ALPHA) != 0
        && (at == hi || (typeAt(at) & DELIM) != 0);
  }

  private void appendJoined(int start, int end) {
    int len = end - start;
    if (joinedLength + len > joined.length) {
      joined = ArrayUtil.grow(joined, joinedLength + len);
    }
    System.arraycopy(text, chunk + start, joined, joinedLength, len);
    joinedLength += len;
  }

  private void flushJoined(int count, int pos, int start, int end, int from) {
    // One part alone is already emitted as a part.
    if (count != 1) {
      addPart(pos, wordPos, start, end, from, joinedLength - from);
    } else {
      joinedLength = from;
    }
  }

  /**
   * Buffers a part in emission order: by start in the chunk, a longer part (a joined word) before a
   * shorter one at the same start, otherwise in the order added.
   */
  private void addPart(int startPos, int endPos, int start, int end, int from, int len) {
    if ((partCount + 1) * FIELDS > parts.length) {
      parts = ArrayUtil.grow(parts, (partCount + 1) * FIELDS);
    }
    int at = partCount;
    while (at > 0) {
      int q = (at - 1) * FIELDS;
      int s = parts[q + 2];
      if (s < start || (s == start && parts[q + 3] >= end)) {
        break;
      }
      at--;
    }
    if (at < partCount) {
      System.arraycopy(parts, at * FIELDS, parts, (at + 1) * FIELDS, (partCount - at) * FIELDS);
    }
    int p = at * FIELDS;
    parts[p] = startPos;
    parts[p + 1] = endPos;
    parts[p + 2] = start;
    parts[p + 3] = end;
    parts[p + 4] = from;
    parts[p + 5] = len;
    partCount++;
  }

  /**
   * Sets the term, lower-cased and folded to ASCII as the original chain's last two filters.
   *
   * @param ascii whether the chars are all ASCII, so already lower case as {@link #load} left them
   */
  private void setTerm(char[] src, int from, int len, boolean ascii) {
    char[] buf = term.resizeBuffer(len);
    int asciiPrefix = 0;
    if (ascii) {
      byte[] bytes = token.bytesBuffer(len);
      for (int i = 0; i < len; i++) {
        char lower = ASCII_LOWER[src[from + i]];
        buf[i] = lower;
        bytes[i] = (byte) lower;
      }
      term.setLength(len);
      token.bytesWritten(len);
      return;
    }
    while (asciiPrefix < len && src[from + asciiPrefix] < 0x80) {
      buf[asciiPrefix] = ASCII_LOWER[src[from + asciiPrefix]];
      asciiPrefix++;
    }
    token.charsOnly();
    if (asciiPrefix == len) {
      term.setLength(len);
      return;
    }
    // Past the ASCII prefix, code point by code point as the lower-case filter does.
    System.arraycopy(src, from + asciiPrefix, buf, asciiPrefix, len - asciiPrefix);
    CharacterUtils.toLowerCase(buf, asciiPrefix, len);
    for (int i = asciiPrefix; i < len; i++) {
      if (buf[i] >= '\u0080') {
        if (folded.length < 4 * len) {
          folded = new char[ArrayUtil.oversize(4 * len, Character.BYTES)];
        }
        int out = ASCIIFoldingFilter.foldToASCII(buf, 0, folded, 0, len);
        term.copyBuffer(folded, 0, out);
        return;
      }
    }
    term.setLength(len);
  }

  /** A run of removed chunks leaves a gap of one position, as the flattened graph has it. */
  private void setIncrement(int inc) {
    increment.setPositionIncrement(Math.min(inc, 2));
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    loaded = false;
    length = 0;
    next = 0;
    finalOffset = 0;
    partCount = 0;
    partNext = 0;
    owed = 0;
    wordPos = 0;
    lastStart = 0;
  }
}
