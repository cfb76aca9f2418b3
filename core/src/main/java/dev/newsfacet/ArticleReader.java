package dev.newsfacet;

import dev.newsfacet.internal.extract.Extractor;
import dev.newsfacet.internal.ingest.ArticleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
   * @throws IOException with a readable reason if the file is not an article file, is empty,
   *     binary, too large, or malformed; for JSON Lines, only if no line at all can be read
   */
  public List<Article> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    ArticleFiles.FileRead read =
        ArticleFiles.read(
            file, name == null ? file.toString() : name.toString(), options.maxFileBytes());
    if (read.articles().isEmpty() && !read.recordErrors().isEmpty()) {
      ArticleFiles.RecordError first = read.recordErrors().get(0);
      throw new IOException("record " + first.number() + ": " + first.reason());
    }
    List<Article> out = new ArrayList<>(read.articles().size());
    for (Article a : read.articles()) {
      out.add(extractor == null ? a : extractor.enrich(a));
    }
    return out;
  }
}
