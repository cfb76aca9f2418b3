package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import dev.newsfacet.Hit;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hit fields read from the packed doc value against the same fields read from the stored
 * document: every field a hit shows must be identical, for articles with and without title, url,
 * date, year, source and story, with values too long to index, and for indexes written without the
 * doc value (the stored fields are then read instead).
 */
class HitValuesTest {
  private static final String[] NAMES = {
    "Armenia", "Côte d'Ivoire", "United Nations", "Ilham Aliyev", "Goris", "東京", "Zoë Ørsted", ""
  };

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2024L})
  void decodedHitFieldsEqualTheStoredOnes(long seed) throws IOException {
    Random random = new Random(seed);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      int n = 200;
      for (int i = 0; i < n; i++) {
        Article a = article(random, i);
        String story = random.nextInt(3) == 0 ? "story-" + random.nextInt(9) : a.storyId();
        writer.addDocument(schema.toDocument(a, story, null, null));
        if (random.nextInt(40) == 0) {
          writer.commit();
        }
      }
      writer.commit();
      int compared = 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          BinaryDocValues values = leaf.reader().getBinaryDocValues(Schema.HIT);
          StoredFields stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            assertThat(values.advanceExact(doc)).isTrue();
            Article decoded = HitValues.decode(values.binaryValue());
            Article expected = Schema.toArticle(stored.document(doc, Schema.HIT_FIELDS));
            assertThat(shown(decoded))
                .as("doc %d of seed %d", doc, seed)
                .isEqualTo(shown(expected));
            compared++;
          }
        }
      }
      assertThat(compared).isEqualTo(n);
    }
  }

  @Test
  void encodesTheBytesLuceneDataOutputWrites() throws IOException {
    Random random = new Random(11);
    String[] odd = {"\uD83D\uDE00 grin", "lone \uD800 half", "é".repeat(90), "a".repeat(200), "Ω"};
    for (int i = 0; i < 2_000; i++) {
      Article a = article(random, i);
      if (random.nextInt(3) == 0) {
        a =
            a.toBuilder()
                .title(odd[random.nextInt(odd.length)])
                .persons(List.of(odd[random.nextInt(odd.length)], "Plain Name"))
                .build();
      }
      String story = random.nextBoolean() ? a.id() : "story-" + odd[random.nextInt(odd.length)];
      BytesRef actual = HitValues.encode(a, story);
      assertThat(BytesRef.deepCopyOf(actual)).as("article %d", i).isEqualTo(reference(a, story));
    }
  }

  /** The layout written through Lucene's own {@code DataOutput}, as the encoder first did. */
  private static BytesRef reference(Article a, String story) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    boolean ownStory = story.equals(a.id());
    out.writeByte(
        (byte)
            ((a.title() != null ? 1 : 0)
                | (a.url() != null ? 2 : 0)
                | (ownStory ? 0 : 4)
                | (a.date() != null ? 8 : 0)));
    out.writeString(a.id());
    if (a.title() != null) {
      out.writeString(a.title());
    }
    if (a.url() != null) {
      out.writeString(a.url());
    }
    if (!ownStory) {
      out.writeString(story);
    }
    if (a.date() != null) {
      out.writeZLong(a.date().toEpochDay());
    }
    for (Dimension d :
        List.of(
            Dimension.SOURCE,
            Dimension.YEAR,
            Dimension.PARTY,
            Dimension.PERSON,
            Dimension.PLACE,
            Dimension.MENTIONED_YEAR)) {
      List<String> kept =
          a.values(d).stream().filter(v -> v.length() <= Schema.MAX_VALUE_LENGTH).toList();
      out.writeVInt(kept.size());
      for (String v : kept) {
        out.writeString(v);
      }
    }
    return new BytesRef(out.toArrayCopy());
  }

  @Test
  void searchesShowTheSameHitsWithAndWithoutTheDocValue() throws IOException {
    Random random = new Random(99);
    Schema schema = new Schema();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = writer(dir)) {
      for (int i = 0; i < 120; i++) {
        Document doc = schema.toDocument(article(random, i), null);
        if (i % 3 == 0) {
          doc.removeField(Schema.HIT); // as an index written before the field existed
        }
        writer.addDocument(doc);
        if (i % 50 == 49) {
          writer.commit();
        }
      }
      writer.commit();
      try (DirectoryReader reader = FacetedSearcher.exitable(DirectoryReader.open(dir))) {
        FacetedSearcher searcher =
            new FacetedSearcher(reader, schema.facetsConfig(), new ColumnCache());
        Searches fast = new Searches(schema, Schema.analyzer(false), Duration.ofMinutes(5), false);
        Searches reference =
            new Searches(schema, Schema.analyzer(false), Duration.ofMinutes(5), true);
        for (String query : new String[] {"", "ceasefire", "talks OR border", "party:Armenia"}) {
          for (boolean snippets : new boolean[] {false, true}) {
            SearchRequest request = SearchRequest.query(query).limit(50).snippets(snippets).build();
            SearchResult expected = reference.search(searcher, request);
            SearchResult actual = fast.search(searcher, request);
            assertThat(actual.hits()).as("%s, snippets %s", query, snippets).isNotEmpty();
            assertThat(actual.hits()).isEqualTo(expected.hits());
          }
        }
      }
    }
  }

  /** The fields of an article that a {@link Hit} shows. */
  private static List<Object> shown(Article a) {
    return List.of(
        a.id(),
        String.valueOf(a.title()),
        String.valueOf(a.date()),
        String.valueOf(a.year()),
        String.valueOf(a.source()),
        String.valueOf(a.url()),
        a.parties(),
        a.persons(),
        a.places(),
        a.mentionedYears(),
        String.valueOf(a.storyId()));
  }

  private static IndexWriter writer(Directory dir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer(true));
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    return new IndexWriter(dir, config);
  }

  private static Article article(Random random, int i) {
    String[] words = {"ceasefire", "border", "talks", "troops", "harvest"};
    Article.Builder b =
        Article.builder("hit-" + i)
            .body(words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)])
            .parties(names(random))
            .persons(names(random))
            .places(names(random));
    if (random.nextInt(4) > 0) {
      b.title(words[random.nextInt(words.length)] + " " + NAMES[random.nextInt(NAMES.length)]);
    }
    if (random.nextBoolean()) {
      b.url("https://news.example/" + i);
    }
    if (random.nextInt(4) > 0) {
      b.source(NAMES[random.nextInt(NAMES.length)]);
    }
    if (random.nextInt(5) == 0) {
      b.storyId("own-" + random.nextInt(5));
    }
    List<Integer> mentioned = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      mentioned.add(1900 + random.nextInt(130));
    }
    b.mentionedYears(mentioned);
    switch (random.nextInt(4)) {
      case 0 -> b.date(LocalDate.of(1950 + random.nextInt(80), 1 + random.nextInt(12), 1));
      case 1 -> b.date(LocalDate.of(1965, 3, 1)); // before the epoch: a negative day
      case 2 -> b.year(1990 + random.nextInt(40));
      default -> {}
    }
    return b.build();
  }

  private static List<String> names(Random random) {
    List<String> out = new ArrayList<>();
    for (int k = random.nextInt(4); k > 0; k--) {
      out.add(NAMES[random.nextInt(NAMES.length)]);
    }
    if (random.nextInt(8) == 0) {
      out.add("x".repeat(Schema.MAX_VALUE_LENGTH + 1)); // not indexed, so not shown either
    }
    return out;
  }
}
