package dev.newsfacet.internal.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacet.Article;
import dev.newsfacet.DateSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file into articles, by its extension: {@code .txt}, {@code .md}/{@code .markdown} with
 * optional YAML front matter, {@code .json} (an object or an array of objects), {@code
 * .jsonl}/{@code .ndjson} (an object per line), {@code .html}/{@code .htm}; each also gzipped
 * ({@code .gz}).
 */
public final class ArticleFiles {
  private static final Set<String> EXTENSIONS =
      Set.of("txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm");

  private ArticleFiles() {}

  /** What one file gave: its articles, and the records in it that could not be read. */
  public record FileRead(List<Article> articles, List<RecordError> recordErrors, long bytes) {}

  /**
   * A record of a multi-record file that could not be read.
   *
   * @param number the 1-based line (JSON Lines) or element (JSON array) number
   * @param reason why
   */
  public record RecordError(int number, String reason) {}

  /** Thrown for a file that is deliberately not read: wrong format, empty, too large, binary. */
  public static final class SkippedException extends IOException {
    private static final long serialVersionUID = 1L;

    SkippedException(String reason) {
      super(reason);
    }
  }

  /** Whether the file name has an extension this reader handles. */
  public static boolean supported(Path file) {
    return EXTENSIONS.contains(extension(file));
  }

  static String extension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /**
   * Reads a file.
   *
   * @param id the id of a single-article file; records without an id get {@code id#N}
   * @throws SkippedException if the file is not read, with the reason
   * @throws IOException if the file cannot be read or parsed, with the reason
   */
  public static FileRead read(Path file, String id, long maxBytes) throws IOException {
    String ext = extension(file);
    if (!EXTENSIONS.contains(ext)) {
      throw new SkippedException("not an article format (." + (ext.isEmpty() ? "?" : ext) + ")");
    }
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new SkippedException("larger than the limit of " + maxBytes + " bytes (" + size + ")");
    }
    byte[] bytes = readBytes(file, maxBytes);
    if (TextDecoder.looksBinary(bytes)) {
      throw new SkippedException("binary content, not text");
    }
    if (ext.equals("jsonl") || ext.equals("ndjson")) {
      List<Article> fromBytes = jsonLinesUtf8(bytes, id);
      if (fromBytes != null) {
        return new FileRead(fromBytes, List.of(), bytes.length);
      }
    }
    String text = TextDecoder.decode(bytes);
    if (text.isBlank()) {
      throw new SkippedException("empty file");
    }
    List<RecordError> errors = new ArrayList<>();
    List<Article> articles;
    try {
      articles =
          switch (ext) {
            case "json" -> json(text, id, errors);
            case "jsonl", "ndjson" -> jsonLines(text, id, errors);
            case "md", "markdown" -> List.of(datedByPath(markdown(text, id), file, id));
            case "html", "htm" ->
                List.of(datedByPath(HtmlArticle.parse(text, id).build(), file, id));
            default -> List.of(datedByPath(plain(text, id), file, id));
          };
    } catch (RuntimeException e) {
      // Parsers signal bad input with unchecked exceptions (YAML, dates, ids): a malformed file.
      throw new IOException(firstLine(e.getMessage(), e), e);
    } catch (StackOverflowError e) {
      throw new IOException("nested too deeply to read", e);
    }
    return new FileRead(articles, errors, bytes.length);
  }

  /**
   * Reads a file in parts, in file order: a large JSON Lines file piece by piece, as an ingest cuts
   * it (memory bounded by a piece, any size of file), any other file whole as {@link #read}.
   *
   * @param part given each part's articles and record errors
   */
  public static void readInParts(
      Path file, String id, long maxBytes, java.util.function.Consumer<FileRead> part)
      throws IOException {
    long size = Files.size(file);
    JsonLinesPieces pieces =
        JsonLinesPieces.cuttable(file, size, JsonLinesPieces.PIECE_BYTES)
            ? JsonLinesPieces.scan(file, JsonLinesPieces.PIECE_BYTES, maxBytes)
            : null;
    if (pieces == null) {
      part.accept(read(file, id, maxBytes));
    } else {
      pieces.forEachPart(file, id, part);
    }
  }

  private static String firstLine(String message, Throwable e) {
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
  }

  private static byte[] readBytes(Path file, long maxBytes) throws IOException {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new SkippedException("decompresses to more than the limit of " + maxBytes + " bytes");
      }
      return bytes;
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not valid gzip: " + e.getMessage(), e);
    }
  }

  private static Article plain(String text, String id) {
    PlainText.Parsed p = PlainText.parse(text);
    Article.Builder b =
        Article.builder(id)
            .title(p.title())
            .body(p.body())
            .captions(p.captions())
            .source(p.source())
            .author(p.author())
            .dateline(p.dateline());
    if (p.date() != null) {
      p.date().applyTo(b, DateSource.TEXT);
    }
    return b.build();
  }

  /** An undated single-article file takes a date from its path: {@code 2016/04/05/x.txt}. */
  private static Article datedByPath(Article a, Path file, String id) {
    if (a.year() != null) {
      return a;
    }
    PublishedDate d = PublishedDate.inPath(id);
    if (d == null) {
      // The path as the caller gave it: "2008/08/12/plan.txt" under the corpus folder.
      d = PublishedDate.inPath(file.toString().replace('\\', '/'));
    }
    if (d == null) {
      return a;
    }
    Article.Builder b = a.toBuilder();
    d.applyTo(b, DateSource.FILE_NAME);
    return b.build();
  }

  private static Article markdown(String text, String id) {
    FrontMatter.Split split = FrontMatter.split(text);
    String body = split.text();
    Article.Builder b = Metadata.toBuilder(split.meta(), id, body);
    Article a = b.build();
    if (a.title() == null) {
      // A leading "# Heading" is the title when the front matter has none.
      String stripped = body.stripLeading();
      if (stripped.startsWith("# ")) {
        int nl = stripped.indexOf('\n');
        String title = (nl < 0 ? stripped.substring(2) : stripped.substring(2, nl)).strip();
        String rest = nl < 0 ? "" : stripped.substring(nl + 1).strip();
        return a.toBuilder().title(title).body(rest).build();
      }
    }
    return a;
  }

  private static List<Article> json(String text, String id, List<RecordError> errors)
      throws IOException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IOException("invalid JSON: " + e.getOriginalMessage() + location(e), e);
    }
    if (root == null) {
      throw new IOException("invalid JSON: no value");
    }
    if (root.isObject()) {
      return List.of(fromObject(root, id));
    }
    if (!root.isArray()) {
      throw new IOException("JSON must be an article object or an array of them");
    }
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      try {
        JsonNode n = root.get(i);
        if (!n.isObject()) {
          throw new IllegalArgumentException("element is not an object");
        }
        out.add(fromObject(n, id + "#" + (i + 1)));
      } catch (IllegalArgumentException e) {
        errors.add(new RecordError(i + 1, firstLine(e.getMessage(), e)));
      }
    }
    return out;
  }

  /**
   * JSON Lines read straight from UTF-8 bytes, each line parsed where it lies: what {@link
   * #jsonLines} gives for a file of valid UTF-8 whose lines are all blank or one plain object,
   * without decoding the file into one string and cutting it into another per line (for a corpus in
   * large JSON Lines files, those two copies were a sixth of everything a build allocated). Null
   * for any other file (UTF-16, malformed UTF-8, a line that is not one plain object or not an
   * article, no record at all), which {@link #jsonLines} then reads from the decoded text, reasons
   * and all.
   */
  static List<Article> jsonLinesUtf8(byte[] bytes, String id) {
    if (TextDecoder.hasUtf16Bom(bytes)) {
      return null;
    }
    return jsonLinesUtf8(bytes, TextDecoder.utf8BomLength(bytes), id, 0);
  }

  /**
   * {@link #jsonLinesUtf8(byte[], String)} of the lines from {@code from} on, numbered after the
   * {@code lineBase} lines of the file before them.
   */
  static List<Article> jsonLinesUtf8(byte[] bytes, int from, String id, int lineBase) {
    if (!TextDecoder.validUtf8(bytes, from)) {
      return null;
    }
    List<Article> out = new ArrayList<>();
    int lineNo = lineBase;
    int start = from;
    while (start <= bytes.length) {
      int nl = JsonLinesPieces.newline(bytes, start, bytes.length);
      int end = nl < 0 ? bytes.length : nl;
      lineNo++;
      if (!asciiBlank(bytes, start, end)) {
        // A line opening with a non-ASCII byte is no plain object, and would let the parser's own
        // encoding sniffing take a mid-file U+FEFF for a byte-order mark.
        if (bytes[start] < 0) {
          return null;
        }
        Map<String, Object> map = objectOrNull(bytes, start, end - start);
        if (map == null) {
          return null;
        }
        try {
          out.add(Metadata.toBuilder(map, id + "#" + lineNo, "").build());
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      start = end + 1;
    }
    return out.isEmpty() ? null : out;
  }

  /** Whether the bytes are all chars {@link String#isBlank} takes for blank; none beyond ASCII. */
  private static boolean asciiBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = bytes[i];
      if (b != ' ' && (b < 0x09 || b > 0x0D) && (b < 0x1C || b > 0x1F)) {
        return false;
      }
    }
    return true;
  }

  static List<Article> jsonLines(String text, String id, List<RecordError> errors) {
    return jsonLines(text, id, 0, errors);
  }

  /** {@link #jsonLines(String, String, List)} of lines numbered after {@code lineBase} others. */
  static List<Article> jsonLines(String text, String id, int lineBase, List<RecordError> errors) {
    List<Article> out = new ArrayList<>();
    int lineNo = lineBase;
    int start = 0;
    // The same lines as text.split("\n", -1), without the array of all of them at once.
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lineNo++;
      String line = text.substring(start, end);
      start = end + 1;
      if (line.isBlank()) {
        continue;
      }
      try {
        Map<String, Object> map = objectOrNull(line);
        if (map == null) {
          // Not a plain well-formed object: the tree reader gives the reason, as it always did.
          JsonNode n = Json.MAPPER.readTree(line);
          if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
          }
          map = toMap(n);
        }
        out.add(Metadata.toBuilder(map, id + "#" + lineNo, "").build());
      } catch (JsonProcessingException e) {
        errors.add(
            new RecordError(lineNo, "invalid JSON: " + firstLine(e.getOriginalMessage(), e)));
      } catch (IllegalArgumentException e) {
        errors.add(new RecordError(lineNo, firstLine(e.getMessage(), e)));
      }
    }
    return out;
  }

  /**
   * A line holding exactly one JSON object, read straight into a map (no tree, no conversion); null
   * for anything else, which the caller hands to the tree reader for the exact error.
   */
  static Map<String, Object> objectOrNull(String line) {
    try (JsonParser p = Json.MAPPER.createParser(line)) {
      return objectOrNull(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** {@link #objectOrNull(String)} of a line of UTF-8 bytes. */
  static Map<String, Object> objectOrNull(byte[] bytes, int offset, int length) {
    try (JsonParser p = Json.MAPPER.createParser(bytes, offset, length)) {
      return objectOrNull(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectOrNull(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Map<String, Object> map = Json.MAPPER.readValue(p, Map.class);
    return p.nextToken() == null ? map : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> toMap(JsonNode n) {
    return Json.MAPPER.convertValue(n, Map.class);
  }

  private static Article fromObject(JsonNode n, String defaultId) {
    return Metadata.toBuilder(toMap(n), defaultId, "").build();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
