package dev.newsfacet.bench;

import dev.newsfacet.Article;
import dev.newsfacet.internal.extract.Extractor;
import dev.newsfacet.internal.index.Fingerprint;
import dev.newsfacet.internal.index.Schema;
import dev.newsfacet.internal.index.SourceFile;
import dev.newsfacet.internal.ingest.ArticleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What each field of newsfacet's document weighs in the indexing buffer: the articles of one file,
 * extracted and fingerprinted as an ingest does, are indexed into one buffer that never flushes,
 * whole and then without the named fields, and the buffer's bytes per document are printed (then
 * the flushed segment's bytes per document on disk). The buffer's bytes decide how many documents a
 * segment holds, so how many segments a build flushes and merges; unlike CPU time they do not
 * depend on the machine's load.
 *
 * <p>Arguments: {@code FILE ARTICLES VARIANT...}. A variant is a comma-separated list of fields to
 * leave out; {@code NAME:terms}, {@code NAME:dv} and {@code NAME:stored} leave out only the field's
 * indexed, doc-value or stored-only parts; {@code -} leaves out nothing.
 */
public final class DocumentWeight {
  private DocumentWeight() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: DocumentWeight FILE ARTICLES VARIANT...");
      System.exit(2);
    }
    Harness.quietLogging();
    List<Article> articles =
        ArticleFiles.read(Path.of(args[0]), "weight", Long.MAX_VALUE).articles();
    articles = articles.subList(0, Math.min(Integer.parseInt(args[1]), articles.size()));
    Extractor extractor = Extractor.create(List.of());
    Schema schema = new Schema();
    List<Document> docs = new ArrayList<>(articles.size());
    for (Article raw : articles) {
      Article a = extractor.enrich(raw);
      docs.add(
          schema.toDocument(
              a,
              a.id(),
              Fingerprint.of(a.body()),
              new SourceFile("stamp", articles.size(), "weight", "/weight", 0)));
    }
    for (int v = 2; v < args.length; v++) {
      Set<String> left = new HashSet<>(Arrays.asList(args[v].split(",")));
      long[] bytes = index(docs, left);
      System.out.printf(
          Locale.ROOT,
          "%-40s buffer %7.1f  disk %7.1f bytes per document%n",
          args[v],
          bytes[0] / (double) docs.size(),
          bytes[1] / (double) docs.size());
    }
  }

  private static boolean leftOut(Set<String> left, IndexableField f) {
    String name = f.name();
    var t = f.fieldType();
    return left.contains(name)
        || (left.contains(name + ":terms") && t.indexOptions() != IndexOptions.NONE)
        || (left.contains(name + ":dv") && t.docValuesType() != DocValuesType.NONE)
        || (left.contains(name + ":stored")
            && t.stored()
            && t.indexOptions() == IndexOptions.NONE
            && t.docValuesType() == DocValuesType.NONE
            && t.pointDimensionCount() == 0);
  }

  /** The buffer's bytes after adding every document, and the index's bytes once committed. */
  private static long[] index(List<Document> docs, Set<String> left) throws IOException {
    Path dir = Files.createTempDirectory("newsfacet-weight");
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer(true));
    config.setMaxBufferedDocs(docs.size() + 1);
    config.setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH);
    config.setRAMPerThreadHardLimitMB(2047);
    long buffer;
    long disk = 0;
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, config)) {
      for (Document doc : docs) {
        Document kept = new Document();
        for (IndexableField f : doc) {
          if (!leftOut(left, f)) {
            kept.add(f);
          }
        }
        w.addDocument(kept);
      }
      buffer = w.ramBytesUsed();
      w.commit();
      for (String f : d.listAll()) {
        disk += d.fileLength(f);
      }
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return new long[] {buffer, disk};
  }
}
