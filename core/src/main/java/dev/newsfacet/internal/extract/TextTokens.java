package dev.newsfacet.internal.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text in one pass: offsets, a folded form (lower case, no diacritics), the
 * capitalisation of each and what separates it from the word before. Letters and digits make words;
 * everything else separates them, so "Nagorno-\nKarabakh" and "Nagorno Karabakh" give the same two
 * words. A possessive {@code ’s} ends its word, is dropped and marked.
 */
final class TextTokens {
  private static final WordLists WORDS = WordLists.load("text-tokens");

  static final byte LOWER = 0;
  static final byte CAPITALISED = 1;
  static final byte ALL_CAPS = 2;
  static final byte NUMBER = 3;

  /** The gap holds a line break. */
  static final int NEWLINE = 1;

  /** The gap holds an empty line (a paragraph break). */
  static final int PARAGRAPH = 1 << 1;

  /** The gap holds a full stop. */
  static final int PERIOD = 1 << 2;

  /** The gap holds "!" or "?". */
  static final int BANG = 1 << 3;

  /** The gap holds a comma. */
  static final int COMMA = 1 << 4;

  /** The gap holds ";" or ":". */
  static final int COLON = 1 << 5;

  /** The gap holds "(" or "[". */
  static final int OPEN = 1 << 6;

  /** The gap holds ")" or "]". */
  static final int CLOSE = 1 << 7;

  /** The gap holds a slash. */
  static final int SLASH = 1 << 8;

  /** The gap holds a quotation mark. */
  static final int QUOTE = 1 << 9;

  /** The gap holds a dash standing alone ("–", "—", " - "). */
  static final int DASH = 1 << 10;

  /** The gap is exactly one hyphen: the two words are one compound ("pro-Russian"). */
  static final int HYPHEN = 1 << 11;

  /** The gap is only spaces (no line break): the words may belong to one name. */
  static final int SPACE = 1 << 12;

  /** The word before ended with a possessive ’s, which was dropped. */
  static final int POSSESSIVE = 1 << 13;

  /** The gap holds something else (digits never; symbols such as "&", "@", "+"). */
  static final int OTHER = 1 << 14;

  /** The marks in a gap that end a phrase: full stops, commas, colons, brackets, quotes, dashes. */
  static final int PUNCTUATION =
      PERIOD | BANG | COMMA | COLON | OPEN | CLOSE | SLASH | QUOTE | DASH;

  /** Words that a full stop follows without ending the sentence. */
  static final Set<String> ABBREVIATIONS = WORDS.set("abbreviations");

  /**
   * The text as a string, made on first use ({@link #text()}) when the text was given as parts
   * ({@link #reuseJoined}): the rules read {@link #cs}.
   */
  private String text;

  /**
   * The text's characters, the first {@link #length} of them (a scratch instance's array may be
   * longer): what the tokeniser and the rules read, rather than the string.
   */
  char[] cs;

  /** The text's length. */
  int length;

  int size;
  int[] start;
  int[] end;

  /**
   * The folded forms of words beyond ASCII, and of the other words that the lexicon lacks once
   * {@link #folded(int)} has made them (most are never read by a rule); null for the rest. A
   * scratch instance keeps the array from text to text, so few references are stored into it.
   */
  private String[] folded;

  byte[] shape;

  /** The lexicon the words were looked up in, or null. */
  Lexicon lexicon;

  /** With a {@link #lexicon}: each word's id in it, or -1. */
  int[] ids;

  /**
   * With a lexicon that carries a value per word ({@link Lexicon#info}): each word's value (0 for a
   * word the lexicon lacks), found while tokenising; else null.
   */
  int[] lexiconInfo;

  /** Every bit of {@link #lexiconInfo} that any word has. */
  int lexiconInfoUnion;

  /** The array {@link #lexiconInfo} fills, kept from text to text by a scratch instance. */
  private int[] lexiconInfoBuffer;

  /** The lexicon's values per id while tokenising, or null. */
  private int[] info;

  /** What kinds of characters each word has: the {@code SEEN_} bits. */
  byte[] chars;

  /** Every bit of {@link #chars} that any word has. */
  int charsUnion;

  /** The {@link WordClass} bits of each word, computed on first use. */
  private int[] classes;

  /** What separates word {@code i} from word {@code i - 1} (or the start): flags above. */
  int[] gap;

  /**
   * For a word of ASCII letters and digits: {@link String#hashCode} of its folded form, found while
   * tokenising, so that a rule comparing words the lexicon lacks can rule most out without their
   * strings. Meaningless for a word with other characters.
   */
  int[] hashes;

  /** Set while a {@link #reuse} of this scratch instance is being read. */
  private boolean busy;

  private TextTokens(String text) {
    this.text = text;
    this.cs = text.toCharArray();
    this.length = cs.length;
    // About one word per six characters in news text: sized so that the arrays rarely grow.
    allocate(Math.max(16, text.length() / 5));
  }

  /** The text, made from {@link #cs} if it was given as parts. */
  String text() {
    String t = text;
    if (t == null) {
      t = new String(cs, 0, length);
      text = t;
    }
    return t;
  }

  private void allocate(int cap) {
    start = new int[cap];
    end = new int[cap];
    folded = new String[cap];
    shape = new byte[cap];
    chars = new byte[cap];
    gap = new int[cap];
    hashes = new int[cap];
  }

  static TextTokens of(String text) {
    return of(text, null);
  }

  /**
   * The words of a text, each also looked up in a lexicon (when not null): {@link #ids} holds the
   * word's id there, and a known word's folded form is the lexicon's string.
   */
  static TextTokens of(String text, Lexicon lexicon) {
    TextTokens t = new TextTokens(text);
    if (lexicon != null) {
      t.lexicon = lexicon;
      t.ids = new int[t.start.length];
    }
    return t.tokenise();
  }

  /**
   * An empty instance whose arrays {@link #reuse} fills again and again: one per thread saves the
   * arrays that {@link #of} allocates for every text.
   */
  static TextTokens scratch() {
    TextTokens t = new TextTokens("");
    t.cache = new long[2 * CACHE_SIZE];
    t.lowerHashes = new long[LOWER_HASH_BITS / 64];
    return t;
  }

  /**
   * A scratch instance's memory of recent lexicon look-ups of words of up to 8 characters, one
   * entry per hash bucket in two adjacent longs: the word packed into a long (0 for an empty
   * entry), then its id in the high half and its {@link Lexicon#info} in the low half. News text
   * repeats a few hundred words; a look-up here stays in the first-level cache where the lexicon's
   * table, far larger, does not, and the key, id and value share one cache line instead of three
   * arrays.
   */
  private long[] cache;

  /**
   * A scratch instance's copy of the text's characters one byte each, which {@link #tokeniseBlocks}
   * reads eight at a time: an ASCII character as it is, any other as a byte with its high bit set;
   * then at least eight zero bytes. Null while tokenising a text without such a copy.
   */
  private byte[] bytes;

  /** The array {@link #bytes} uses, kept from text to text. */
  private byte[] textBytes;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Fills {@link #bytes} from the first {@code n} characters of {@link #cs}. */
  private void narrow(int n) {
    byte[] b = textBytes;
    // Whole blocks of 64 plus eight: the block loop reads eight bytes at a time up to a block's
    // end.
    int room = ((n + 63) & ~63) + 8;
    if (b == null || b.length < room) {
      b = new byte[Math.max(room, 136)];
      textBytes = b;
    }
    char[] cs = this.cs;
    for (int k = 0; k < n; k++) {
      char c = cs[k];
      b[k] = (byte) (c < 0x80 ? c : 0x80);
    }
    Arrays.fill(b, n, room, (byte) 0);
    bytes = b;
  }

  /** A scratch instance's copy of the characters of the text being tokenised. */
  private char[] textChars;

  private static final char[] EMPTY = new char[0];

  /** The lexicon whose ids {@link #cache} holds. */
  private Lexicon cacheLexicon;

  private static final int CACHE_SIZE = 4096;

  /**
   * As {@link #of(String, Lexicon)}, into this scratch instance's arrays (grown when too small), or
   * into a new instance while this one is still in use; {@link #release} ends the use. The result
   * is read only until then.
   */
  TextTokens reuse(String text, Lexicon lexicon) {
    if (busy) {
      return of(text, lexicon);
    }
    busy = true;
    this.text = text;
    int n = text.length();
    char[] chars = charsFor(n);
    text.getChars(0, n, chars, 0);
    return start(n, lexicon);
  }

  /**
   * As {@link #reuse(String, Lexicon)} for the parts joined by {@code separator}, copied straight
   * into this scratch instance's characters: the joined string (a quarter of the bytes extraction
   * allocated) is made only if something asks for {@link #text()}.
   */
  TextTokens reuseJoined(List<String> parts, String separator, Lexicon lexicon) {
    if (busy) {
      return of(String.join(separator, parts), lexicon);
    }
    busy = true;
    this.text = null;
    int n = 0;
    for (int k = 0; k < parts.size(); k++) {
      n += (k == 0 ? 0 : separator.length()) + parts.get(k).length();
    }
    char[] chars = charsFor(n);
    int at = 0;
    for (int k = 0; k < parts.size(); k++) {
      if (k > 0) {
        separator.getChars(0, separator.length(), chars, at);
        at += separator.length();
      }
      String part = parts.get(k);
      part.getChars(0, part.length(), chars, at);
      at += part.length();
    }
    return start(n, lexicon);
  }

  /** This scratch instance's character array, grown to hold {@code n} characters. */
  private char[] charsFor(int n) {
    char[] chars = textChars;
    if (chars == null || chars.length < n) {
      chars = new char[Math.max(n, 64)];
      textChars = chars;
    }
    cs = chars;
    length = n;
    return chars;
  }

  /** The rest of a {@link #reuse}, the characters in place. */
  private TextTokens start(int n, Lexicon lexicon) {
    narrow(n);
    size = 0;
    classes = null;
    int cap = Math.max(16, n / 5);
    if (start.length < cap) {
      allocate(cap);
    }
    this.lexicon = lexicon;
    if (lexicon != cacheLexicon && cache != null) {
      Arrays.fill(cache, 0L);
      cacheLexicon = lexicon;
    }
    if (lexicon == null) {
      ids = null;
    } else if (ids == null || ids.length != start.length) {
      ids = new int[start.length];
    }
    return tokenise();
  }

  /**
   * Ends a {@link #reuse}: the text and (above a size worth keeping) the arrays are let go. Returns
   * whether this instance may serve again.
   */
  boolean release() {
    if (!busy) {
      return true;
    }
    busy = false;
    text = "";
    cs = EMPTY;
    length = 0;
    for (int k = 0; k < foldedCount; k++) {
      folded[foldedAt[k]] = null;
    }
    foldedCount = 0;
    if (textChars != null && textChars.length > KEEP_CAPACITY * 8) {
      textChars = null;
    }
    if (textBytes != null && textBytes.length > KEEP_CAPACITY * 8) {
      textBytes = null;
      bytes = null;
    }
    size = 0;
    return start.length <= KEEP_CAPACITY;
  }

  /**
   * The positions whose {@link #folded} entry is set, in the first {@link #foldedCount}: {@link
   * #release} clears those few, where clearing every word's entry was a walk over all of them.
   */
  private int[] foldedAt;

  private int foldedCount;

  private void noteFolded(int i) {
    if (foldedAt == null) {
      foldedAt = new int[16];
    } else if (foldedCount == foldedAt.length) {
      foldedAt = Arrays.copyOf(foldedAt, foldedCount * 2);
    }
    foldedAt[foldedCount++] = i;
  }

  /** Arrays longer than this (a text of some 300,000 characters) are not kept for reuse. */
  private static final int KEEP_CAPACITY = 1 << 16;

  /**
   * One bit per {@link #lowerBit} of the hash of every word in lower case of ASCII letters and
   * digits: a clear bit says that no such word has a given folded form, so the bare-surname rule
   * need not look for it among the words. Kept by a scratch instance only (null in others, which
   * {@link #of} makes for short names, where the bits would cost more than they spare).
   */
  private long[] lowerHashes;

  private static final int LOWER_HASH_BITS = 1 << 12;

  /** Whether some word in lower case has characters beyond ASCII (and no hash in the bits). */
  private boolean lowerBeyondAscii;

  private static int lowerBit(int hash) {
    return (hash ^ (hash >>> 12)) & (LOWER_HASH_BITS - 1);
  }

  /**
   * Whether a word in lower case may have the folded form of the given {@link String#hashCode}:
   * false only if none has.
   */
  boolean mayBeLower(int foldedHash) {
    if (lowerBeyondAscii || lowerHashes == null) {
      return true;
    }
    int b = lowerBit(foldedHash);
    return (lowerHashes[b >>> 6] & (1L << b)) != 0;
  }

  private TextTokens tokenise() {
    TextTokens t = this;
    if (lowerHashes != null) {
      Arrays.fill(lowerHashes, 0L);
    }
    lowerBeyondAscii = false;
    charsUnion = 0;
    info = lexicon == null ? null : lexicon.info();
    if (info == null) {
      lexiconInfo = null;
    } else {
      if (lexiconInfoBuffer == null || lexiconInfoBuffer.length != start.length) {
        lexiconInfoBuffer = new int[start.length];
      }
      lexiconInfo = lexiconInfoBuffer;
      if (lexiconNotable == null || lexiconNotable.length != start.length) {
        lexiconNotable = new int[start.length];
        phraseStarts = new int[start.length];
      }
    }
    lexiconInfoUnion = 0;
    lexiconNotableCount = 0;
    phraseStartCount = 0;
    notableCount = -1;
    // The loop reads the characters, not the string: String#charAt checks the index and the coding
    // of the string at every call.
    char[] cs = this.cs;
    int n = length;
    if (bytes != null) {
      return tokeniseBlocks();
    }
    int i = 0;
    int pendingGap = 0;
    int gapStart = 0;
    while (i < n) {
      char c = cs[i];
      if (c < 128 ? ASCII_CLASS[c] >= 0 : !isWordChar(c)) {
        i++;
        continue;
      }
      int s = i;
      // What the word's characters are (the SEEN_ bits, shifted as in ASCII_CLASS), gathered while
      // finding its end, so that folding and shaping an ASCII word need no second look at Unicode
      // properties.
      int seenBits = 0;
      int hash = 0; // of the folded form, as String.hashCode computes it (ASCII words only)
      long key = 0; // the folded form packed a character a byte, as Lexicon#pack does (up to 8)
      while (i < n) {
        char w = cs[i];
        if (w < 128) {
          // One table look-up gives whether the character is a letter or digit, which, and its
          // lower case, instead of range tests whose outcome changes from word to word.
          int k = ASCII_CLASS[w];
          if (k >= 0) {
            break;
          }
          seenBits |= k;
          int lower = k & 0xFF;
          hash = 31 * hash + lower;
          key = (key << 8) | lower;
        } else if (isWordChar(w)) {
          seenBits |= SEEN_OTHER << 8;
        } else {
          break;
        }
        i++;
      }
      int seen = (seenBits >>> 8) & 0xFF;
      t.add(s, i, pendingGap | gapFlags(cs, gapStart, s), seen, hash, key);
      pendingGap = 0;
      // Skip a possessive 's (straight or curly apostrophe) so "Azerbaijan’s" matches "Azerbaijan".
      if (i + 1 < n
          && isApostrophe(cs[i])
          && (cs[i + 1] == 's' || cs[i + 1] == 'S')
          && (i + 2 >= n || !isWordChar(cs[i + 2]))) {
        i += 2;
        pendingGap = POSSESSIVE;
      } else if (i < n
          && isApostrophe(cs[i])
          && cs[i - 1] == 's'
          && (i + 1 >= n || !isWordChar(cs[i + 1]))) {
        // "the rebels’ weapons": a plural possessive.
        i++;
        pendingGap = POSSESSIVE;
      }
      gapStart = i;
    }
    return t;
  }

  /**
   * {@link #tokenise}'s loop over {@link #bytes}: the word characters of 64 characters at a time as
   * the bits of a long, eight characters classified at once, so that finding where a word starts
   * and ends takes no branch per character, and the hash and packed form of a word of ASCII letters
   * and digits come from the eight bytes at its start. What it gives is what the loop over the
   * characters gives (a test compares them).
   */
  private TextTokens tokeniseBlocks() {
    char[] cs = this.cs;
    byte[] b = bytes;
    int n = length;
    int pendingGap = 0;
    int gapStart = 0;
    int skip = -1; // the start of a possessive's "s", which is no word
    long words = wordBits(b, cs, 0);
    long carry = 0; // whether the character before the block is a word character
    for (int base = 0; base < n; base += 64) {
      long next = base + 64 < n ? wordBits(b, cs, base + 64) : 0;
      long starts = words & ~((words << 1) | carry);
      while (starts != 0) {
        int s = base + Long.numberOfTrailingZeros(starts);
        starts &= starts - 1;
        if (s == skip) {
          continue;
        }
        long rest = ~words & (-1L << (s - base));
        int e;
        if (rest != 0) {
          e = base + Long.numberOfTrailingZeros(rest);
        } else if (next != -1L) {
          e = base + 64 + Long.numberOfTrailingZeros(~next);
        } else {
          e = base + 128;
          while (e < n && isWordChar(cs[e])) {
            e++;
          }
        }
        addWord(s, e, pendingGap | gapFlags(cs, gapStart, s));
        pendingGap = 0;
        int i = e;
        // As tokenise does: a possessive 's (straight or curly apostrophe) is skipped and marked.
        if (i < n && isApostrophe(cs[i])) {
          if (i + 1 < n
              && (cs[i + 1] == 's' || cs[i + 1] == 'S')
              && (i + 2 >= n || !isWordChar(cs[i + 2]))) {
            skip = i + 1;
            i += 2;
            pendingGap = POSSESSIVE;
          } else if (cs[i - 1] == 's' && (i + 1 >= n || !isWordChar(cs[i + 1]))) {
            i++;
            pendingGap = POSSESSIVE;
          }
        }
        gapStart = i;
      }
      carry = words >>> 63;
      words = next;
    }
    return this;
  }

  /**
   * Bit k set if character {@code from + k} is a word character: eight ASCII characters classified
   * at once, a character beyond ASCII by {@link #isWordChar}; none past the text's end, whose bytes
   * are zero.
   */
  private static long wordBits(byte[] b, char[] cs, int from) {
    long bits = 0;
    long beyond = 0;
    for (int j = 0; j < 64; j += 8) {
      long x = (long) LONGS.get(b, from + j);
      long word = asciiWordLanes(x);
      bits |= gatherLanes(word) << j;
      beyond |= gatherLanes(x & HIGH_BITS) << j;
    }
    while (beyond != 0) {
      int k = Long.numberOfTrailingZeros(beyond);
      beyond &= beyond - 1;
      if (isWordChar(cs[from + k])) {
        bits |= 1L << k;
      }
    }
    return bits;
  }

  /** The high bit of each byte of {@code x} that is an ASCII letter or digit. */
  private static long asciiWordLanes(long x) {
    long x7 = x & 0x7F7F7F7F7F7F7F7FL;
    long lc = x7 | 0x2020202020202020L;
    long letter = (lc + 0x1F1F1F1F1F1F1F1FL) & ~(lc + 0x0505050505050505L);
    long digit = (x7 + 0x5050505050505050L) & ~(x7 + 0x4646464646464646L);
    return (letter | digit) & ~x & HIGH_BITS;
  }

  /** The high bits of the eight bytes of {@code lanes} (no other bit set) as eight bits. */
  private static long gatherLanes(long lanes) {
    return ((lanes >>> 7) * 0x0102040810204080L) >>> 56;
  }

  /**
   * Notes word {@code [s, e)}: its character kinds, hash and packed form, eight characters at a
   * time from {@link #bytes}, then {@link #add}.
   */
  private void addWord(int s, int e, int gapFlags) {
    byte[] b = bytes;
    int seen = 0;
    int hash = 0;
    long key = 0;
    int p = s;
    while (true) {
      int l = Math.min(e - p, 8);
      long x = (long) LONGS.get(b, p) & (-1L >>> (64 - (l << 3)));
      if ((x & HIGH_BITS) != 0) {
        addWordBeyondAscii(s, e, gapFlags);
        return;
      }
      long lc = x | 0x2020202020202020L;
      long upper = (x + 0x3F3F3F3F3F3F3F3FL) & ~(x + 0x2525252525252525L) & HIGH_BITS;
      long digit = (x + 0x5050505050505050L) & ~(x + 0x4646464646464646L) & HIGH_BITS;
      long small = (lc + 0x1F1F1F1F1F1F1F1FL) & ~(lc + 0x0505050505050505L) & ~upper & HIGH_BITS;
      seen |=
          (small != 0 ? SEEN_LOWER : 0)
              | (upper != 0 ? SEEN_UPPER : 0)
              | (digit != 0 ? SEEN_DIGIT : 0);
      long lowered = x | (upper >>> 2);
      // String.hashCode of the eight bytes, weighted as if all eight were there, in three steps:
      // pairs, then fours, then the two fours (no lane overflows into the next).
      long pairs = (lowered & 0x00FF00FF00FF00FFL) * 31 + ((lowered >>> 8) & 0x00FF00FF00FF00FFL);
      long fours = (pairs & 0x0000FFFF0000FFFFL) * 961 + ((pairs >>> 16) & 0x0000FFFF0000FFFFL);
      int sum = (int) fours * 923521 + (int) (fours >>> 32);
      hash = hash * POW31[l] + sum * INV31[8 - l];
      int bits = l << 3;
      key = ((key << (bits - 1)) << 1) | (Long.reverseBytes(lowered) >>> (64 - bits));
      p += l;
      if (p >= e) {
        break;
      }
    }
    // What add does for a word of ASCII letters and digits, here so that the word costs one call.
    if (size == start.length) {
      grow();
    }
    int i = size;
    start[i] = s;
    end[i] = e;
    if (ids != null) {
      lookUpAscii(i, s, e, hash, key);
    }
    byte sh = asciiShape(cs, s, e, seen);
    if (sh == LOWER && lowerHashes != null) {
      int bit = lowerBit(hash);
      lowerHashes[bit >>> 6] |= 1L << bit;
    }
    if ((key & 0xFFFF) == ZERO_S || (key & 0xFFFFFFFFL) == TIES) {
      seen |= DECADE_END;
    }
    store(i, sh, gapFlags, hash, seen);
  }

  /** {@link #addWord} of a word with a character beyond ASCII, character by character. */
  private void addWordBeyondAscii(int s, int e, int gapFlags) {
    char[] cs = this.cs;
    int seenBits = 0;
    int hash = 0;
    long key = 0;
    for (int i = s; i < e; i++) {
      char w = cs[i];
      if (w < 128) {
        int k = ASCII_CLASS[w];
        seenBits |= k;
        int lower = k & 0xFF;
        hash = 31 * hash + lower;
        key = (key << 8) | lower;
      } else {
        seenBits |= SEEN_OTHER << 8;
      }
    }
    add(s, e, gapFlags, (seenBits >>> 8) & 0xFF, hash, key);
  }

  private static int gapFlags(char[] cs, int from, int to) {
    if (from == to) {
      return 0; // only at the very start of the text
    }
    int len = to - from;
    char c = cs[from];
    if (len == 1 && c == ' ') {
      return SPACE; // the usual gap, decided without the loop below
    }
    if (len == 2 && cs[from + 1] == ' ') {
      // The next most usual gaps, ", " and ". ", give what the loop below would give.
      if (c == ',') {
        return COMMA;
      }
      if (c == '.') {
        return PERIOD;
      }
    }
    return gapFlagsTable(cs, from, to);
  }

  /**
   * In {@link #GAP_ASCII} and {@link #gapBits}: the character is not a space, so the gap is not
   * {@link #SPACE}. Above every gap flag.
   */
  private static final int NOT_SPACE = 1 << 20;

  /** Per ASCII character: what it adds to a gap's flags in {@link #gapFlagsScan}. */
  private static final int[] GAP_ASCII = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      GAP_ASCII[c] = gapBits(c);
    }
  }

  /** What one character adds to a gap's flags, as the switch of {@link #gapFlagsScan} decides. */
  private static int gapBits(char c) {
    return switch (c) {
      case '\n' -> NEWLINE | NOT_SPACE;
      case '\r' -> NOT_SPACE;
      case ' ', '\t', '\u00A0', '\u2009', '\u202F', '\u2007' -> 0;
      case '.', '\u2026' -> PERIOD | NOT_SPACE;
      case '!', '?' -> BANG | NOT_SPACE;
      case ',' -> COMMA | NOT_SPACE;
      case ';', ':' -> COLON | NOT_SPACE;
      case '(', '[' -> OPEN | NOT_SPACE;
      case ')', ']' -> CLOSE | NOT_SPACE;
      case '/', '\\', '|' -> SLASH | NOT_SPACE;
      case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\'', '\u2018', '\u2019' ->
          QUOTE | NOT_SPACE;
      case '-', '\u2010', '\u2011' -> NOT_SPACE;
      case '\u2013', '\u2014', '\u2015', '\u2212' -> DASH | NOT_SPACE;
      default -> OTHER | NOT_SPACE;
    };
  }

  /**
   * {@link #gapFlagsScan} over a char array, an ASCII character's flags read from a table: what the
   * tokeniser calls for every gap that is not one of the usual three.
   */
  static int gapFlagsTable(char[] cs, int from, int to) {
    if (from == to) {
      return 0;
    }
    int flags = 0;
    int newlines = 0;
    for (int k = from; k < to; k++) {
      char c = cs[k];
      flags |= c < 128 ? GAP_ASCII[c] : gapBits(c);
      if (c == '\n') {
        newlines++;
      }
    }
    boolean onlySpace = (flags & NOT_SPACE) == 0;
    flags &= ~NOT_SPACE;
    if (newlines >= 2) {
      flags |= PARAGRAPH;
    }
    int len = to - from;
    if (len == 1 && isHyphen(cs[from])) {
      flags |= HYPHEN;
    } else if (len >= 2 && isHyphen(cs[to - 1]) && cs[to - 2] == '\n') {
      // "Nagorno-\nKarabakh" is not a hyphen gap (the hyphen ends the line, not the compound).
      flags |= 0;
    } else if (onlySpace) {
      flags |= SPACE;
    } else if (len >= 3 && isHyphen(cs[from + len / 2])) {
      boolean spacedDash = true;
      for (int k = from; k < to; k++) {
        char c = cs[k];
        if (!(isHyphen(c) || c == ' ' || c == '\u00A0')) {
          spacedDash = false;
        }
      }
      if (spacedDash) {
        flags |= DASH;
      }
    }
    return flags;
  }

  /**
   * {@link #gapFlags} of any gap, character by character: the reference that {@link #gapFlagsTable}
   * stands in for.
   */
  static int gapFlagsScan(String text, int from, int to) {
    if (from == to) {
      return 0;
    }
    int flags = 0;
    int newlines = 0;
    boolean onlySpace = true;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      switch (c) {
        case '\n' -> {
          newlines++;
          flags |= NEWLINE;
          onlySpace = false;
        }
        case '\r' -> onlySpace = false;
        case ' ', '\t', '\u00A0', '\u2009', '\u202F', '\u2007' -> {}
        case '.', '\u2026' -> {
          flags |= PERIOD;
          onlySpace = false;
        }
        case '!', '?' -> {
          flags |= BANG;
          onlySpace = false;
        }
        case ',' -> {
          flags |= COMMA;
          onlySpace = false;
        }
        case ';', ':' -> {
          flags |= COLON;
          onlySpace = false;
        }
        case '(', '[' -> {
          flags |= OPEN;
          onlySpace = false;
        }
        case ')', ']' -> {
          flags |= CLOSE;
          onlySpace = false;
        }
        case '/', '\\', '|' -> {
          flags |= SLASH;
          onlySpace = false;
        }
        case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\'', '\u2018', '\u2019' -> {
          flags |= QUOTE;
          onlySpace = false;
        }
        case '-', '\u2010', '\u2011' -> onlySpace = false;
        case '\u2013', '\u2014', '\u2015', '\u2212' -> {
          flags |= DASH;
          onlySpace = false;
        }
        default -> {
          flags |= OTHER;
          onlySpace = false;
        }
      }
    }
    if (newlines >= 2) {
      flags |= PARAGRAPH;
    }
    int len = to - from;
    if (len == 1 && isHyphen(text.charAt(from))) {
      flags |= HYPHEN;
    } else if (len >= 2 && isHyphen(text.charAt(to - 1)) && text.charAt(to - 2) == '\n') {
      // "Nagorno-\nKarabakh" is not a hyphen gap (the hyphen ends the line, not the compound).
      flags |= 0;
    } else if (onlySpace) {
      flags |= SPACE;
    } else if (len >= 3 && isHyphen(text.charAt(from + len / 2))) {
      boolean spacedDash = true;
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (!(isHyphen(c) || c == ' ' || c == '\u00A0')) {
          spacedDash = false;
        }
      }
      if (spacedDash) {
        flags |= DASH;
      }
    }
    return flags;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** In {@link #chars}: the word has an ASCII small letter. */
  static final int SEEN_LOWER = 1;

  /** In {@link #chars}: the word has an ASCII capital. */
  static final int SEEN_UPPER = 2;

  /** In {@link #chars}: the word has a character beyond ASCII. */
  static final int SEEN_OTHER = 4;

  /** In {@link #chars}: the word has an ASCII digit. */
  static final int SEEN_DIGIT = 8;

  /**
   * In {@link #chars}, for a word of ASCII letters and digits: it ends in "0s" or "ties" (any
   * case), as a decade ("1990s", "nineties") must. Few words do ("es" was a word in ten), so a text
   * without one and without a word beyond ASCII has no decade to look for.
   */
  static final int DECADE_END = 16;

  /** "0s" packed as the look-up key packs a word's last characters. */
  private static final long ZERO_S = ('0' << 8) | 's';

  /** "ties" packed as the look-up key packs a word's last characters. */
  private static final long TIES = ((long) 't' << 24) | ('i' << 16) | ('e' << 8) | 's';

  private static final long HIGH_BITS = 0x8080808080808080L;

  /** 31 to the power k. */
  private static final int[] POW31 = new int[9];

  /**
   * The inverse (modulo 2^32) of 31 to the power k: the sum of eight characters weighted as the
   * first of eight, when only the first 8 - k are there, times this is their hash.
   */
  private static final int[] INV31 = new int[9];

  static {
    int inverse = 31;
    for (int k = 0; k < 5; k++) {
      inverse *= 2 - 31 * inverse; // Newton's step: each doubles the number of correct low bits
    }
    POW31[0] = 1;
    INV31[0] = 1;
    for (int k = 1; k <= 8; k++) {
      POW31[k] = POW31[k - 1] * 31;
      INV31[k] = INV31[k - 1] * inverse;
    }
  }

  /** Per ASCII character: the character in lower case. */
  private static final char[] ASCII_LOWER = new char[128];

  /**
   * Per ASCII character, what the tokeniser needs in one look-up: for a letter or digit, a negative
   * number holding its {@code SEEN_} bit shifted left by 8 and its lower case in the low byte; for
   * any other character, what it adds to a gap's flags ({@link #gapBits}, never negative).
   */
  private static final int[] ASCII_CLASS = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      ASCII_LOWER[c] = lower;
      int kind = 0;
      if (c >= 'a' && c <= 'z') {
        kind = SEEN_LOWER;
      } else if (c >= 'A' && c <= 'Z') {
        kind = SEEN_UPPER;
      } else if (c >= '0' && c <= '9') {
        kind = SEEN_DIGIT;
      }
      ASCII_CLASS[c] = kind == 0 ? gapBits(c) : Integer.MIN_VALUE | kind << 8 | lower;
    }
  }

  /**
   * Notes word {@code [s, e)}. Kept small enough for the JIT to inline into the tokenising loop:
   * the rare paths (growing the arrays, a word beyond ASCII) and the look-up are methods of their
   * own.
   */
  private void add(int s, int e, int gapFlags, int seen, int hash, long key) {
    if (size == start.length) {
      grow();
    }
    int i = size;
    start[i] = s;
    end[i] = e;
    byte sh;
    if ((seen & SEEN_OTHER) != 0) {
      sh = addBeyondAscii(i, s, e);
    } else {
      if (ids != null) {
        lookUpAscii(i, s, e, hash, key);
      }
      // Left null in folded: folded(i) gives a known word's string from the lexicon, and makes
      // another's.
      sh = asciiShape(cs, s, e, seen);
      if (sh == LOWER && lowerHashes != null) {
        int b = lowerBit(hash);
        lowerHashes[b >>> 6] |= 1L << b;
      }
      // The key holds the word's last characters folded, one a byte, whatever the word's length.
      if ((key & 0xFFFF) == ZERO_S || (key & 0xFFFFFFFFL) == TIES) {
        seen |= DECADE_END;
      }
    }
    store(i, sh, gapFlags, hash, seen);
  }

  /** The last of adding word {@code i}: what both tokenising loops write of it, in one place. */
  private void store(int i, byte sh, int gapFlags, int hash, int seen) {
    shape[i] = sh;
    if (lexiconInfo != null) {
      // As notable() lists them from the classes, and the words a phrase may start at as the
      // dictionary's walk would find them, both without a branch.
      int v = lexiconInfo[i];
      lexiconNotable[lexiconNotableCount] = i;
      lexiconNotableCount += (sh != LOWER || (v & NOTABLE_CLASSES) != 0) ? 1 : 0;
      phraseStarts[phraseStartCount] = i;
      phraseStartCount += (v & PHRASE_START) != 0 ? 1 : 0;
    }
    gap[i] = gapFlags;
    hashes[i] = hash;
    chars[i] = (byte) seen;
    charsUnion |= seen;
    size = i + 1;
  }

  /** Doubles the per-word arrays. */
  private void grow() {
    int cap = size * 2;
    if (ids != null) {
      ids = Arrays.copyOf(ids, cap);
    }
    if (lexiconInfo != null) {
      lexiconInfo = Arrays.copyOf(lexiconInfo, cap);
      lexiconInfoBuffer = lexiconInfo;
      lexiconNotable = Arrays.copyOf(lexiconNotable, cap);
      phraseStarts = Arrays.copyOf(phraseStarts, cap);
    }
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    folded = Arrays.copyOf(folded, cap);
    shape = Arrays.copyOf(shape, cap);
    chars = Arrays.copyOf(chars, cap);
    gap = Arrays.copyOf(gap, cap);
    hashes = Arrays.copyOf(hashes, cap);
  }

  /** The folded form, shape and look-up of word {@code i}, which has characters beyond ASCII. */
  private byte addBeyondAscii(int i, int s, int e) {
    String f = fold(cs, s, e);
    folded[i] = f;
    noteFolded(i);
    byte sh = shapeOf(cs, s, e);
    if (sh == LOWER) {
      lowerBeyondAscii = true;
    }
    if (ids != null) {
      int id = lexicon.id(f);
      ids[i] = id;
      if (lexiconInfo != null) {
        int v = id < 0 ? 0 : info[id];
        lexiconInfo[i] = v;
        lexiconInfoUnion |= v;
      }
    }
    return sh;
  }

  /** The lexicon id (and value) of word {@code i} of ASCII letters and digits. */
  private void lookUpAscii(int i, int s, int e, int hash, long key) {
    int id;
    int v;
    long[] cache = this.cache;
    if (!lexicon.mayContain(hash)) {
      // Most words outside the lexicon are ruled out by a table that stays in the first-level
      // cache, before the larger look-up cache is read.
      id = -1;
      v = 0;
    } else if (cache != null && e - s <= 8) {
      int c = ((hash ^ (hash >>> 11)) & (CACHE_SIZE - 1)) << 1;
      if (cache[c] == key) {
        long entry = cache[c + 1];
        id = (int) (entry >> 32);
        v = (int) entry;
      } else {
        id = lexicon.id(cs, s, e, hash, key);
        v = id < 0 || info == null ? 0 : info[id];
        cache[c] = key;
        cache[c + 1] = ((long) id << 32) | (v & 0xFFFFFFFFL);
      }
    } else {
      id = lexicon.id(cs, s, e, hash, key);
      v = id < 0 || info == null ? 0 : info[id];
    }
    ids[i] = id;
    if (lexiconInfo != null) {
      lexiconInfo[i] = v;
      lexiconInfoUnion |= v;
    }
  }

  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    // U+02BC is a letter to Unicode but an apostrophe in news text ("Azerbaijanʼs").
    return c != '\u02BC'
        && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  static String fold(String text, int s, int e) {
    return fold(text.substring(s, e).toCharArray(), 0, e - s);
  }

  /** {@link #fold(String, int, int)} of characters in an array. */
  static String fold(char[] text, int s, int e) {
    boolean plain = true;
    for (int i = s; i < e; i++) {
      char c = text[i];
      if (c > 127 || (c >= 'A' && c <= 'Z')) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return new String(text, s, e - s);
    }
    boolean ascii = true;
    for (int i = s; i < e; i++) {
      if (text[i] > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      char[] lower = new char[e - s];
      for (int i = s; i < e; i++) {
        char c = text[i];
        lower[i - s] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
      return new String(lower);
    }
    String word = new String(text, s, e - s).toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      sb.append(Folding.letter(c));
    }
    return sb.toString().replace("ß", "ss");
  }

  /** The folded form of a whole string: words folded and joined by single spaces. */
  static String foldAll(String s) {
    if (lettersAndSingleSpaces(s)) {
      return s.toLowerCase(Locale.ROOT); // most names: no tokeniser needed
    }
    TextTokens t = of(s);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < t.size; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(t.folded(i));
    }
    return sb.toString();
  }

  /** Whether {@code s} is ASCII letters in words parted by one space each. */
  private static boolean lettersAndSingleSpaces(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (s.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static String asciiLower(char[] text, int s, int e) {
    byte[] lower = new byte[e - s];
    for (int i = s; i < e; i++) {
      char c = text[i];
      lower[i - s] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return new String(lower, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** {@link #shapeOf} for a word of ASCII letters and digits. */
  private static byte asciiShape(char[] text, int s, int e, int seen) {
    char first = text[s];
    if (first <= '9') {
      return NUMBER;
    }
    if (first >= 'a') {
      return LOWER;
    }
    if ((seen & SEEN_LOWER) != 0) {
      return CAPITALISED;
    }
    return e - s >= 2 ? ALL_CAPS : CAPITALISED;
  }

  private static byte shapeOf(char[] text, int s, int e) {
    char first = text[s];
    if (Character.isDigit(first)) {
      return NUMBER;
    }
    if (!Character.isUpperCase(first)) {
      return LOWER;
    }
    for (int i = s + 1; i < e; i++) {
      if (Character.isLowerCase(text[i])) {
        return CAPITALISED;
      }
    }
    return e - s >= 2 ? ALL_CAPS : CAPITALISED;
  }

  /** The folded form of word {@code i}: lower case, without diacritics. */
  String folded(int i) {
    String f = folded[i];
    if (f == null) {
      if (ids != null && ids[i] >= 0) {
        return lexicon.word(ids[i]);
      }
      int s = start[i];
      int e = end[i];
      f = (chars[i] & SEEN_UPPER) == 0 ? new String(cs, s, e - s) : asciiLower(cs, s, e);
      folded[i] = f;
      noteFolded(i);
    }
    return f;
  }

  /**
   * Whether word {@code i}'s folded form is {@code w}, without making the folded form of a word
   * that has none yet.
   */
  boolean foldedEquals(int i, String w) {
    String f = folded[i];
    if (f != null) {
      return f.equals(w);
    }
    // Only a word of ASCII letters and digits is still unfolded, and its folded form's hash was
    // found while tokenising: most words are ruled out without reading a string.
    if (hashes[i] != w.hashCode()) {
      return false;
    }
    if (ids != null && ids[i] >= 0) {
      return lexicon.word(ids[i]).equals(w);
    }
    // Compare it lower-cased in place.
    int s = start[i];
    int e = end[i];
    if (e - s != w.length()) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (ASCII_LOWER[cs[k]] != w.charAt(k - s)) {
        return false;
      }
    }
    return true;
  }

  /** The original text of words {@code [from, to)} on one line, runs of spaces made one space. */
  String name(int from, int to) {
    int s = start[from];
    int e = end[to - 1];
    StringBuilder sb = null;
    for (int k = s; k < e; k++) {
      char c = cs[k];
      boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
      if (space && sb == null) {
        sb = new StringBuilder(e - s).append(cs, s, k - s);
      }
      if (sb != null) {
        if (!space) {
          sb.append(c);
        } else if (sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
      }
    }
    return sb == null ? new String(cs, s, e - s) : sb.toString();
  }

  /** The original text of words {@code [from, to)}. */
  String surface(int from, int to) {
    return new String(cs, start[from], end[to - 1] - start[from]);
  }

  /** The characters between word {@code i - 1} and word {@code i}. */
  String gapBefore(int i) {
    int s = i == 0 ? 0 : end[i - 1];
    return new String(cs, s, start[i] - s);
  }

  /** The characters between word {@code i} and the next word (or the end). */
  String gapAfter(int i) {
    int e = i + 1 < size ? start[i + 1] : length;
    return new String(cs, end[i], e - end[i]);
  }

  /** The text's characters, for the rules that read them as a string. */
  CharText charText() {
    return new CharText(cs, length);
  }

  /** Whether the text at {@code at} goes on with {@code w} (which must fit before its end). */
  boolean regionEquals(int at, String w) {
    char[] cs = this.cs;
    for (int k = 0, n = w.length(); k < n; k++) {
      if (cs[at + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code i} has any of the gap flags before it. */
  boolean gapHas(int i, int flags) {
    return i < size && (gap[i] & flags) != 0;
  }

  /**
   * Sets the {@link WordClass} bits of every word (the dictionary finds them while matching) and
   * {@code union}, every bit any word has.
   */
  void setClasses(int[] bits, int union) {
    classes = bits;
    classUnion = union;
  }

  /** With {@link #classes}: every {@link WordClass} bit that any word has. */
  private int classUnion;

  /**
   * Whether any word has any of the {@link WordClass} bits: false lets a rule that starts only at
   * such a word skip its walk over the words.
   */
  boolean anyIs(int wordClass) {
    if (classes == null) {
      is(0, 0); // computes the classes and their union
    }
    return (classUnion & wordClass) != 0;
  }

  /**
   * An array of at least {@link #size} ints for {@link #setClasses}, reused from text to text by a
   * scratch instance; its contents are left over from before.
   */
  int[] classBuffer() {
    if (classBuffer == null || classBuffer.length < size) {
      classBuffer = new int[Math.max(size, start.length)];
    }
    return classBuffer;
  }

  private int[] classBuffer;

  /** The arrays {@link #wordTable} hands out, kept from text to text by a scratch instance. */
  private final int[][] wordTables = new int[2][];

  /**
   * Table {@code which} (0 or 1) of at least {@link #size} + 1 ints, the first {@link #size} + 1 of
   * them -1: a rule's map from word positions to positions, reused from text to text by a scratch
   * instance where a fresh array per text was a sixth of the bytes extraction allocated.
   */
  int[] wordTable(int which) {
    int[] a = wordTables[which];
    if (a == null || a.length < size + 1) {
      a = new int[Math.max(size + 1, start.length + 1)];
      wordTables[which] = a;
    }
    Arrays.fill(a, 0, size + 1, -1);
    return a;
  }

  /**
   * The classes that make a word in lower case {@link #notable}: the starts of the person and place
   * patterns.
   */
  static final int NOTABLE_CLASSES = WordClass.TITLE | WordClass.SPEECH | WordClass.PLACE_PATTERN;

  /**
   * The positions, ascending, of the words not in lower case and of those with any of the {@link
   * #NOTABLE_CLASSES}, in the first {@link #notableCount} entries: the only words at which the
   * person, place and bare-surname rules can start, found in one walk that the rules share instead
   * of one walk each. Made on first use.
   */
  int[] notable() {
    if (notableCount < 0) {
      is(0, 0); // the classes, computed if the dictionary has not set them
      if (lexiconInfo != null && classes == lexiconInfo) {
        // The dictionary's bits are the tokeniser's: so is the list, made while tokenising.
        notableCount = lexiconNotableCount;
        notableList = lexiconNotable;
        return notableList;
      }
      int[] out = notable;
      if (out == null || out.length < size) {
        out = new int[Math.max(size, start.length)];
        notable = out;
      }
      int[] c = classes;
      byte[] sh = shape;
      int n = 0;
      for (int k = 0; k < size; k++) {
        out[n] = k;
        // Without a branch: whether a word is notable changes from word to word.
        n += (sh[k] != LOWER || (c[k] & NOTABLE_CLASSES) != 0) ? 1 : 0;
      }
      notableCount = n;
      notableList = out;
    }
    return notableList;
  }

  /** How many positions {@link #notable} holds. */
  int notableCount() {
    notable();
    return notableCount;
  }

  private int[] notable;

  /** What {@link #notable} gives for this text: {@link #notable} or {@link #lexiconNotable}. */
  private int[] notableList;

  /**
   * With {@link #lexiconInfo}: the positions {@link #notable} gives when the word classes are the
   * lexicon's values, in the first {@link #lexiconNotableCount} entries, listed while tokenising.
   */
  private int[] lexiconNotable;

  private int lexiconNotableCount;

  /**
   * In a value of the lexicon ({@link Lexicon#info}): a dictionary phrase may start with the word.
   * The tokeniser lists such words in {@link #phraseStarts}, so that the dictionary's walk visits
   * them alone rather than testing every word for the bit.
   */
  static final int PHRASE_START = 1 << 30;

  /**
   * With {@link #lexiconInfo}: the positions, ascending, of the words whose value has {@link
   * #PHRASE_START}, in the first {@link #phraseStartCount} entries, listed while tokenising.
   */
  int[] phraseStarts;

  int phraseStartCount;

  /** The number of {@link #notable} positions, or -1 before they are found for this text. */
  private int notableCount = -1;

  /** Whether word {@code i} has any of the {@link WordClass} bits. */
  boolean is(int i, int wordClass) {
    int[] c = classes;
    if (c == null) {
      c = classBuffer();
      int union = 0;
      for (int k = 0; k < size; k++) {
        c[k] = WordClass.of(folded(k));
        union |= c[k];
      }
      classes = c;
      classUnion = union;
    }
    return (c[i] & wordClass) != 0;
  }

  boolean capitalised(int i) {
    return shape[i] == CAPITALISED || shape[i] == ALL_CAPS;
  }

  /** Whether word {@code i} is an abbreviation or an initial that a full stop may follow. */
  boolean abbreviation(int i) {
    int len = end[i] - start[i];
    if (len == 1) {
      return shape[i] != NUMBER;
    }
    // The word's class bit, not a set look-up of its folded form (which a word the lexicon
    // lacks would have to make).
    return is(i, WordClass.ABBREVIATION);
  }

  /**
   * Whether a sentence (or a line) ends between word {@code i - 1} and word {@code i}: a line
   * break, "!" or "?", or a full stop that does not follow an abbreviation or an initial.
   */
  boolean sentenceBreakBefore(int i) {
    if (i == 0) {
      return true;
    }
    int g = gap[i];
    if ((g & (NEWLINE | BANG)) != 0) {
      return true;
    }
    return (g & PERIOD) != 0 && !abbreviation(i - 1);
  }

  /** Whether words {@code i - 1} and {@code i} may be parts of one name: a space or a hyphen. */
  boolean nameGap(int i) {
    // "Brazil's Carlos Menem": a possessive's space ends a name
    return (gap[i] & (SPACE | HYPHEN)) != 0 && (gap[i] & POSSESSIVE) == 0;
  }
}
