package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Placing a whole file's articles at once ({@link StoryMatcher#assignAll}, one band walk over the
 * index) must give the stories that placing them one by one gives, for copies of indexed articles,
 * copies of articles earlier in the list, and unrelated ones.
 */
class StoryMatcherTest {
  private static final String[] WORDS = new String[600];

  static {
    Random r = new Random(11);
    for (int i = 0; i < WORDS.length; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 3 + r.nextInt(7);
      for (int k = 0; k < n; k++) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      WORDS[i] = sb.toString();
    }
  }

  private static String body(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 17 == 16 ? ". " : " ");
    }
    return sb.toString();
  }

  /** A copy with about {@code share} of its words replaced. */
  private static String edit(Random r, String body, double share) {
    String[] words = body.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextDouble() < share) {
        words[i] = WORDS[r.nextInt(WORDS.length)];
      }
    }
    return String.join(" ", words);
  }

  @Test
  void batchPlacementEqualsOneByOne() throws IOException {
    Random r = new Random(42);
    Schema schema = new Schema();
    List<String> indexedBodies = new ArrayList<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer(true)))) {
      for (int i = 0; i < 300; i++) {
        String body = body(r, 120);
        indexedBodies.add(body);
        Article a = Article.builder("old-" + i).body(body).storyId("story-" + (i / 3 * 3)).build();
        w.addDocument(schema.toDocument(a, Fingerprint.of(body)));
        if (i % 100 == 99) {
          // Several segments, as a long ingest makes.
          w.commit();
        }
      }
      w.deleteDocuments(Schema.idTerm("old-7"));
      w.commit();
      List<String> ids = new ArrayList<>();
      List<Fingerprint> fps = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String body =
            switch (i % 8) {
              case 0 -> edit(r, indexedBodies.get(r.nextInt(300)), 0.03);
              case 1 -> indexedBodies.get(r.nextInt(300));
              case 2 ->
                  bodies.isEmpty()
                      ? body(r, 80)
                      : edit(r, bodies.get(r.nextInt(bodies.size())), 0.04);
              case 3 -> bodies.isEmpty() ? body(r, 80) : bodies.get(r.nextInt(bodies.size()));
              case 4 -> indexedBodies.get(7);
              case 5 -> edit(r, indexedBodies.get(r.nextInt(300)), 0.4);
              default -> body(r, 60 + r.nextInt(100));
            };
        bodies.add(body);
        // Some ids come again, and some are ids already in the index.
        ids.add(i % 50 == 49 ? "new-" + (i - 10) : i % 60 == 59 ? "old-" + i / 2 : "new-" + i);
        fps.add(i % 97 == 96 ? null : Fingerprint.of(body));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoryMatcher oneByOne = new StoryMatcher(0.6);
        List<StoryMatcher.Match> expected = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          expected.add(
              fps.get(i) == null ? null : oneByOne.assign(ids.get(i), fps.get(i), searcher));
        }
        List<StoryMatcher.Match> actual = new StoryMatcher(0.6).assignAll(ids, fps, searcher);
        assertThat(actual).isEqualTo(expected);
        long fromIndex =
            actual.stream().filter(m -> m != null && m.storyId().startsWith("story-")).count();
        long exact = actual.stream().filter(m -> m != null && m.exact()).count();
        long near =
            actual.stream().filter(m -> m != null && m.duplicateOf() != null && !m.exact()).count();
        long alone = actual.stream().filter(m -> m != null && m.duplicateOf() == null).count();
        assertThat(fromIndex).isGreaterThan(50);
        assertThat(exact).isGreaterThan(50);
        assertThat(near).isGreaterThan(50);
        assertThat(alone).isGreaterThan(50);
        // A copy of the deleted article finds no story in the index.
        assertThat(actual.get(4).storyId()).isEqualTo(ids.get(4));
      }
    }
  }

  @Test
  void anIdPlacedTwiceIsRememberedUntilBothWritesShow() throws IOException {
    Random r = new Random(7);
    Fingerprint first = Fingerprint.of(body(r, 200));
    Fingerprint second = Fingerprint.of(body(r, 200));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      new IndexWriter(dir, new IndexWriterConfig()).close();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher empty = new IndexSearcher(reader);
        StoryMatcher m = new StoryMatcher(0.6);
        m.assign("x", first, empty);
        // Placed again (an update) before either version is written.
        m.assign("x", second, empty);
        m.written("x", 0);
        m.forget(0);
        // One write of "x" is not in any searcher yet: its text must still be matched from memory.
        assertThat(m.assign("copy", second, empty).storyId()).isEqualTo("x");
        m.written("copy", 0);
        m.written("x", 1);
        m.forget(0);
        assertThat(m.pending()).isEqualTo(2);
        m.forget(1);
        assertThat(m.pending()).isZero();
      }
    }
  }
}
