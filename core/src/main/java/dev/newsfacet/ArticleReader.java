package dev.newsfacet;

import dev.newsfacet.internal.extract.Extractor;
import dev.newsfacet.internal.ingest.ArticleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads article files the way {@link NewsIndex#ingest} does, without an index: to preview what
 * would be indexed, or to feed articles to {@link NewsIndex#add} yourself. Thread-safe.
 *
 * <pre>{@code
 * List<Article> articles = ArticleReader.create(IndexOptions.defaults()).read(Path.of("a.txt"));
 * }</pre>
 */
public final class ArticleReader {
  private final IndexOptions options;
  private final Extractor extractor;

  private ArticleReader(IndexOptions options) {
    this.options = options;
    this.extractor = options.extractEntities() ? Extractor.create(options.gazetteers()) : null;
  }

  /** A reader with these options (extraction, gazetteers, size limit). */
  public static ArticleReader create(IndexOptions options) {
    return new ArticleReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads one file into its articles, with entities extracted when the options say so. A file's id
   * is its file name; records in JSON Lines without an id get {@code NAME#LINE}.
   *
   * <p>All the file's articles are held in the list: for a large JSON Lines file, {@link #forEach}
   * hands them over one by one instead.
   *
   * @throws IOException with a readable reason if the file is not an article file, is empty,
   *     binary, too large, or malformed; for JSON Lines, only if no line at all can be read
   */
  public List<Article> read(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    forEach(file, out::add);
    return out;
  }

  /**
   * Reads one file as {@link #read} does, handing each article to {@code action} as it goes: a
   * large JSON Lines file (over 8 MiB, or gzipped over 2 MiB) is read piece by piece, in memory
   * bounded by a piece whatever its size, and {@link IndexOptions#maxFileBytes} limits its lines,
   * not the file, as in {@link NewsIndex#ingest}.
   *
   * <p>A JSON Lines record that cannot be read is passed over; {@link #forEach(Path, Consumer,
   * Consumer)} tells of each.
   *
   * @throws IOException as {@link #read}; for a large JSON Lines file the articles before the
   *     problem have been handed over
   */
  public void forEach(Path file, Consumer<Article> action) throws IOException {
    forEach(file, action, problem -> {});
  }

  /**
   * Reads one file as {@link #forEach(Path, Consumer)} does, and hands each JSON Lines record that
   * cannot be read to {@code problems}, as {@link FileOutcome#FAILED} with the file and {@code
   * #LINE}: the same report {@link NewsIndex#ingest} gives.
   *
   * @throws IOException as {@link #read}
   */
  public void forEach(Path file, Consumer<Article> action, Consumer<FileProblem> problems)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(problems, "problems");
    Path name = file.getFileName();
    int[] articles = {0};
    ArticleFiles.RecordError[] firstError = {null};
    ArticleFiles.readInParts(
        file,
        name == null ? file.toString() : name.toString(),
        options.maxFileBytes(),
        part -> {
          if (firstError[0] == null && !part.recordErrors().isEmpty()) {
            firstError[0] = part.recordErrors().get(0);
          }
          for (ArticleFiles.RecordError e : part.recordErrors()) {
            problems.accept(
                new FileProblem(file + "#" + e.number(), FileOutcome.FAILED, e.reason()));
          }
          for (Article a : part.articles()) {
            articles[0]++;
            action.accept(extractor == null ? a : extractor.enrich(a));
          }
        });
    if (articles[0] == 0 && firstError[0] != null) {
      throw new IOException("record " + firstError[0].number() + ": " + firstError[0].reason());
    }
  }
}
