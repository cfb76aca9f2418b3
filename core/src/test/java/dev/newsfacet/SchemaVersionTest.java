package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written under an earlier schema holds duplicate signatures this newsfacet cannot compare
 * (schema 3's were 128 hashes of 32 bits, schema 4's are 128 one-byte slots): opening it must fail
 * with the advice to re-index, for writing and for reading alike, never place copies by mistake.
 */
class SchemaVersionTest {
  @TempDir Path tmp;

  private static final String KEY = "newsfacet.schema";

  /** Rewrites the index's schema version in a new commit, as an older newsfacet left it. */
  private static void stamp(Path dir, String version) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w =
            new IndexWriter(
                d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(KEY, version).entrySet());
      w.commit();
    }
  }

  private static String version(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getUserData().get(KEY);
    }
  }

  @Test
  void anIndexOfSchemaThreeIsRefusedWithTheAdviceToReindex() throws IOException {
    Path dir = tmp.resolve("index");
    try (NewsIndex index = NewsIndex.open(dir)) {
      index.add(Article.builder("a").body("Talks resumed in Geneva on Monday.").build());
      index.commit();
    }
    assertThat(version(dir)).isEqualTo("4");
    stamp(dir, "3");
    assertThatThrownBy(() -> NewsIndex.open(dir).close())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("schema version 3")
        .hasMessageContaining("reads 4")
        .hasMessageContaining("re-index");
    assertThatThrownBy(() -> NewsIndex.openReadOnly(dir).close())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("re-index");
    // The refusal leaves the index as it was.
    assertThat(version(dir)).isEqualTo("3");
  }

  @Test
  void aLuceneIndexWithoutNewsfacetsStampIsRefusedAndLeftAlone() throws IOException {
    Path dir = tmp.resolve("foreign");
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.addDocument(new org.apache.lucene.document.Document());
      w.commit();
    }
    assertThatThrownBy(() -> NewsIndex.open(dir).close())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no newsfacet schema version")
        .hasMessageContaining("new directory");
    assertThatThrownBy(() -> NewsIndex.openReadOnly(dir).close())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no newsfacet schema version");
    try (Directory d = FSDirectory.open(dir)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(d);
      assertThat(infos.getUserData()).isEmpty();
      assertThat(infos.totalMaxDoc()).isEqualTo(1);
    }
  }

  @Test
  void anIndexOfTheCurrentSchemaOpens() throws IOException {
    Path dir = tmp.resolve("index");
    NewsIndex.open(dir).close();
    stamp(dir, "4");
    try (NewsIndex index = NewsIndex.open(dir)) {
      assertThat(index.search(SearchRequest.builder().build()).total()).isZero();
    }
  }
}
