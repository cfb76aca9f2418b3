package dev.newsfacet.internal.ingest;

import dev.newsfacet.Article;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A large JSON Lines file cut at line ends into pieces of a few MiB, each read, extracted and
 * placed as a unit of its own: the file is never held in memory whole, any number of threads work
 * on it, and its size has no limit (a line still has one). One sequential scan finds the cuts,
 * counts the lines before each piece (records without an id are named {@code id#LINE} as in a file
 * read whole) and the file's records (every article of it carries that count, which tells a later
 * ingest that the file is in the index complete).
 *
 * <p>Plain {@code .jsonl} and {@code .ndjson} files are read piece by piece where they lie; gzipped
 * ones are decompressed twice, once to scan and once to hand out the pieces in order ({@link
 * #gzipPieces}). A file that opens with a UTF-16 byte-order mark or looks binary is read whole, as
 * any other file.
 */
final class JsonLinesPieces {
  /** Bytes a piece holds at least, but for the last: about 1,900 news articles. */
  static final int PIECE_BYTES = 4 << 20;

  private static final int BUFFER_BYTES = 1 << 20;

  /**
   * Lines opening with a byte beyond ASCII up to this long are decoded to see if they are blank.
   */
  private static final int MAYBE_BLANK_BYTES = 256;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * A line longer than the limit, left out of its piece's bytes and reported as a record error.
   *
   * @param start the line's first byte in the file
   * @param end the byte after its last (its newline, or the end of the file)
   * @param line its line number, from 1
   */
  record Hole(long start, long end, int line) {}

  /**
   * Bytes {@code [start, end)} of the file, whole lines.
   *
   * @param lineBase how many lines of the file come before it
   * @param holes its lines over the limit, in file order
   */
  record Piece(long start, long end, int lineBase, List<Hole> holes) {
    Piece {
      holes = List.copyOf(holes);
    }
  }

  private final List<Piece> pieces;
  private final int records;
  private final long maxLineBytes;
  private final boolean gzip;

  private JsonLinesPieces(List<Piece> pieces, int records, long maxLineBytes, boolean gzip) {
    this.pieces = List.copyOf(pieces);
    this.records = records;
    this.maxLineBytes = maxLineBytes;
    this.gzip = gzip;
  }

  /**
   * Whether the file is gzipped: its pieces are spans of the decompressed bytes, handed out by
   * {@link #gzipPieces} rather than read by {@link #read}.
   */
  boolean gzip() {
    return gzip;
  }

  /** The pieces in file order; at least one. */
  List<Piece> pieces() {
    return pieces;
  }

  /** The file's records: its lines that are not blank, articles and record errors together. */
  int records() {
    return records;
  }

  /**
   * Whether a file is one this class cuts: JSON Lines larger than two pieces, or gzipped and larger
   * than half a piece (news compresses three to five times).
   */
  static boolean cuttable(Path file, long size, long pieceBytes) {
    String ext = ArticleFiles.extension(file);
    if (!ext.equals("jsonl") && !ext.equals("ndjson")) {
      return false;
    }
    return isGzip(file) ? 2 * size > pieceBytes : size > 2 * pieceBytes;
  }

  private static boolean isGzip(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * Scans a file into pieces of at least {@code pieceBytes} (the last may hold less). Null if the
   * file is not to be cut after all: it opens with a UTF-16 byte-order mark or looks binary.
   *
   * @param maxLineBytes a longer line becomes a {@link Hole}
   */
  static JsonLinesPieces scan(Path file, long pieceBytes, long maxLineBytes) throws IOException {
    if (pieceBytes < 1) {
      throw new IllegalArgumentException("pieceBytes must be >= 1, got " + pieceBytes);
    }
    if (isGzip(file)) {
      try (InputStream in = gunzip(file)) {
        byte[] buf = new byte[BUFFER_BYTES];
        int n = in.readNBytes(buf, 0, 8192);
        byte[] head = Arrays.copyOf(buf, n);
        if (TextDecoder.hasUtf16Bom(head) || TextDecoder.looksBinary(head)) {
          return null;
        }
        Scan scan = new Scan(pieceBytes, maxLineBytes, TextDecoder.utf8BomLength(head));
        long pos = 0;
        while (n > 0) {
          scan.feed(buf, pos == 0 ? (int) scan.lineStart : 0, n, pos);
          pos += n;
          n = in.readNBytes(buf, 0, buf.length);
        }
        return scan.finish(pos, true);
      } catch (ZipException e) {
        throw new IOException("not valid gzip: " + e.getMessage(), e);
      }
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      byte[] head = new byte[(int) Math.min(size, 8192)];
      readFully(ch, 0, head, 0, head.length);
      if (TextDecoder.hasUtf16Bom(head) || TextDecoder.looksBinary(head)) {
        return null;
      }
      Scan scan = new Scan(pieceBytes, maxLineBytes, TextDecoder.utf8BomLength(head));
      byte[] buf = new byte[BUFFER_BYTES];
      long pos = scan.lineStart;
      while (pos < size) {
        int n = (int) Math.min(buf.length, size - pos);
        readFully(ch, pos, buf, 0, n);
        scan.feed(buf, 0, n, pos);
        pos += n;
      }
      return scan.finish(size, false);
    }
  }

  private static InputStream gunzip(Path file) throws IOException {
    return new GZIPInputStream(Files.newInputStream(file), 1 << 16);
  }

  /** The state of one sequential pass over a file. */
  private static final class Scan {
    private final long pieceBytes;
    private final long maxLineBytes;
    private final List<Piece> pieces = new ArrayList<>();
    private List<Hole> holes = new ArrayList<>();
    private long pieceStart;
    private int pieceLineBase;
    private long lineStart;
    private int line = 1;

    /** Whether the current line is blank so far; decided at its first byte that is not. */
    private boolean blank = true;

    /** Whether that byte is not ASCII: the line may still be Unicode spaces only. */
    private boolean maybeBlank;

    /**
     * The current line's bytes from its first that is not ASCII blank, while {@link #maybeBlank}
     * and no longer than {@link #MAYBE_BLANK_BYTES} ({@link #captured} is -1 past that).
     */
    private final byte[] capture = new byte[MAYBE_BLANK_BYTES];

    private int captured;

    private int records;

    Scan(long pieceBytes, long maxLineBytes, int from) {
      this.pieceBytes = pieceBytes;
      this.maxLineBytes = maxLineBytes;
      this.pieceStart = from;
      this.lineStart = from;
    }

    /** Scans {@code buf[from, n)}, where {@code buf[0]} is byte {@code base} of the file. */
    void feed(byte[] buf, int from, int n, long base) {
      int i = from;
      while (i < n) {
        if (blank) {
          // Most lines open with "{": blankness is settled at the first byte.
          byte b = buf[i];
          if (b == '\n') {
            endLine(base + i);
            i++;
            continue;
          }
          if (!blankByte(b)) {
            blank = false;
            maybeBlank = b < 0;
            captured = 0;
            continue; // the byte is read again below, and captured if need be
          }
          i++;
          continue;
        }
        int nl = newline(buf, i, n);
        if (maybeBlank) {
          capture(buf, i, nl < 0 ? n : nl);
        }
        if (nl < 0) {
          break;
        }
        endLine(base + nl);
        i = nl + 1;
      }
    }

    private void capture(byte[] buf, int from, int to) {
      if (captured < 0 || captured + to - from > capture.length) {
        captured = -1;
        return;
      }
      System.arraycopy(buf, from, capture, captured, to - from);
      captured += to - from;
    }

    /** Ends the scan at the end of the file, after byte {@code size - 1}. */
    JsonLinesPieces finish(long size, boolean gzip) {
      // The last line, with or without a newline after it.
      finishLine(size);
      if (pieceStart < size || pieces.isEmpty()) {
        pieces.add(new Piece(pieceStart, size, pieceLineBase, holes));
      }
      return new JsonLinesPieces(pieces, records, maxLineBytes, gzip);
    }

    /** The line ends at the newline at {@code at}. */
    private void endLine(long at) {
      finishLine(at);
      line++;
      lineStart = at + 1;
      blank = true;
      if (lineStart - pieceStart >= pieceBytes) {
        pieces.add(new Piece(pieceStart, lineStart, pieceLineBase, holes));
        holes = new ArrayList<>();
        pieceStart = lineStart;
        pieceLineBase = line - 1;
      }
    }

    private void finishLine(long end) {
      boolean hole = end - lineStart > maxLineBytes;
      boolean record = !blank || hole;
      if (hole) {
        holes.add(new Hole(lineStart, end, line));
      } else if (maybeBlank
          && captured >= 0
          // As the line reader decides: a line of spaces beyond ASCII (U+2003, say) is blank.
          && TextDecoder.decodeWithoutBom(Arrays.copyOf(capture, captured)).isBlank()) {
        record = false;
      }
      if (record) {
        records++;
      }
      maybeBlank = false;
    }
  }

  /** {@link String#isBlank}'s whitespace among ASCII bytes but the newline. */
  private static boolean blankByte(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0D && b != '\n') || (b >= 0x1C && b <= 0x1F);
  }

  /** The index of the first newline in {@code buf[from, to)}, or -1; eight bytes at a time. */
  static int newline(byte[] buf, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(buf, i) ^ 0x0A0A0A0A0A0A0A0AL;
      long zero = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads one piece of a plain file: its articles (ids {@code id#LINE} for records without one) and
   * record errors, the lines over the limit among them.
   */
  ArticleFiles.FileRead read(Path file, Piece piece, String id) throws IOException {
    if (gzip) {
      throw new IllegalStateException("a gzipped file's pieces come from gzipPieces");
    }
    byte[] bytes = new byte[bytesOf(piece)];
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long from = piece.start();
      int at = 0;
      for (Hole h : piece.holes()) {
        int n = (int) (h.start() - from);
        readFully(ch, from, bytes, at, n);
        at += n;
        from = h.end();
      }
      readFully(ch, from, bytes, at, (int) (piece.end() - from));
    }
    return parse(bytes, piece, id);
  }

  /** The bytes a piece holds without its holes. */
  private static int bytesOf(Piece piece) throws IOException {
    long length = piece.end() - piece.start();
    for (Hole h : piece.holes()) {
      length -= h.end() - h.start();
    }
    if (length > Integer.MAX_VALUE - 8) {
      throw new IOException("a piece of " + length + " bytes is too large to read");
    }
    return (int) length;
  }

  /**
   * The articles and record errors of a piece's bytes (its holes left out). Valid UTF-8 is parsed
   * where it lies; a piece that is not (or has a line that is not one plain object) is decoded on
   * its own and read line by line, as a file read whole would be.
   */
  ArticleFiles.FileRead parse(byte[] bytes, Piece piece, String id) {
    List<ArticleFiles.RecordError> errors = new ArrayList<>();
    for (Hole h : piece.holes()) {
      errors.add(
          new ArticleFiles.RecordError(
              h.line(),
              "line longer than the limit of "
                  + maxLineBytes
                  + " bytes ("
                  + (h.end() - h.start())
                  + ")"));
    }
    List<Article> articles = ArticleFiles.jsonLinesUtf8(bytes, 0, id, piece.lineBase());
    if (articles == null) {
      articles =
          ArticleFiles.jsonLines(TextDecoder.decodeWithoutBom(bytes), id, piece.lineBase(), errors);
      errors.sort(Comparator.comparingInt(ArticleFiles.RecordError::number));
    }
    return new ArticleFiles.FileRead(articles, errors, piece.end() - piece.start());
  }

  /**
   * Reads every piece in file order on this thread, plain or gzipped, handing each one's articles
   * and record errors to {@code part}: what a reader without threads does with the pieces.
   */
  void forEachPart(Path file, String id, Consumer<ArticleFiles.FileRead> part) throws IOException {
    if (!gzip) {
      for (Piece piece : pieces) {
        part.accept(read(file, piece, id));
      }
      return;
    }
    try (Gunzipped gunzipped = gzipPieces(file)) {
      for (Piece piece : pieces) {
        part.accept(parse(gunzipped.next(piece), piece, id));
      }
    }
  }

  /**
   * The pieces of a gzipped file from a second pass over its decompressed bytes: {@link
   * Gunzipped#next} gives each piece's bytes (holes left out) in file order.
   */
  Gunzipped gzipPieces(Path file) throws IOException {
    if (!gzip) {
      throw new IllegalStateException("a plain file's pieces are read where they lie");
    }
    return new Gunzipped(gunzip(file));
  }

  /** One pass over a gzipped file's decompressed bytes, piece after piece. */
  static final class Gunzipped implements AutoCloseable {
    private final InputStream in;
    private long at;

    private Gunzipped(InputStream in) {
      this.in = in;
    }

    /** The bytes of the next piece, which must come after the last one asked for. */
    byte[] next(Piece piece) throws IOException {
      byte[] bytes = new byte[bytesOf(piece)];
      int filled = 0;
      try {
        skipTo(piece.start());
        for (Hole h : piece.holes()) {
          filled += readTo(h.start(), bytes, filled);
          skipTo(h.end());
        }
        readTo(piece.end(), bytes, filled);
      } catch (ZipException e) {
        throw new IOException("not valid gzip: " + e.getMessage(), e);
      }
      return bytes;
    }

    private void skipTo(long pos) throws IOException {
      in.skipNBytes(pos - at);
      at = pos;
    }

    private int readTo(long pos, byte[] into, int off) throws IOException {
      int n = (int) (pos - at);
      if (in.readNBytes(into, off, n) < n) {
        throw new IOException("the file ended at byte " + at + " while being read");
      }
      at = pos;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static void readFully(FileChannel ch, long pos, byte[] into, int off, int len)
      throws IOException {
    ByteBuffer b = ByteBuffer.wrap(into, off, len);
    while (b.hasRemaining()) {
      int n = ch.read(b, pos + (b.position() - off));
      if (n < 0) {
        throw new IOException(
            "the file ended at byte " + (pos + b.position() - off) + " while being read");
      }
    }
  }
}
