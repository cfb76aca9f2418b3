package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Syndicated copies: exact and near duplicates join the first article's story; search collapses to
 * one hit per story and facets can count stories.
 *
 * <pre>
 * id      story  text                                         parties
 * wire-1  wire-1 the wire report, six paragraphs               Armenia, Azerbaijan
 * copy-a  wire-1 same report, other headline, last paragraph cut   Armenia, Azerbaijan
 * copy-b  wire-1 same report word for word                        Armenia, Azerbaijan, Russia
 * other   other  an unrelated story on the same subject            Armenia
 * </pre>
 */
class StoriesTest {
  private static final String[] PARAGRAPHS = {
    "Negotiators from both capitals met for a third day in a lakeside hotel on Thursday,"
        + " trading drafts of a text meant to end clashes along the mountain border.",
    "Officials said the draft fixes a line of separation, a timetable for pulling heavy guns"
        + " back twenty kilometres and a hotline between the two defence ministries.",
    "Diplomats who followed the talks said the sticking point remained the sequence: one side"
        + " wants the guns withdrawn first, the other wants the border marked first.",
    "Villagers on both sides of the line described nights of shelling that emptied schools"
        + " and left orchards unharvested for a second autumn in a row.",
    "A spokesman for the mediators said another round could open within weeks if the two"
        + " leaders sign off on the compromise wording reached on Thursday evening.",
    "The talks follow a ceasefire that has broadly held since the spring, despite a string"
        + " of incidents that each side blamed on the other."
  };

  private NewsIndex index;

  @BeforeEach
  void setUp() {
    index = NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build());
  }

  @AfterEach
  void tearDown() throws IOException {
    index.close();
  }

  private static String body(int paragraphs) {
    return String.join("\n\n", java.util.Arrays.copyOf(PARAGRAPHS, paragraphs));
  }

  private AddResult add(String id, String title, String body, String date, String... parties)
      throws IOException {
    return index.add(
        Article.builder(id)
            .title(title)
            .body(body)
            .date(LocalDate.parse(date))
            .parties(List.of(parties))
            .build());
  }

  private void addAll() throws IOException {
    add("wire-1", "Border talks edge forward", body(6), "2022-10-06", "Armenia", "Azerbaijan");
    add("copy-a", "Hopes rise at border talks", body(5), "2022-10-07", "Armenia", "Azerbaijan");
    add(
        "copy-b",
        "Talks on border continue",
        body(6),
        "2022-10-08",
        "Armenia",
        "Azerbaijan",
        "Russia");
    add(
        "other",
        "Farmers count the cost",
        "Farmers in the valley said the ceasefire let them reach their fields for the first time"
            + " in two years, though mines still lie along the old front line.",
        "2022-10-09",
        "Armenia");
  }

  @Test
  void copiesJoinTheFirstArticlesStory() throws IOException {
    AddResult first = add("wire-1", "Border talks edge forward", body(6), "2022-10-06", "Armenia");
    AddResult near = add("copy-a", "Hopes rise at border talks", body(5), "2022-10-07", "Armenia");
    AddResult exact = add("copy-b", "Talks on border continue", body(6), "2022-10-08", "Armenia");
    AddResult alone =
        add("other", "Farmers count the cost", "Farmers reached their fields.", "2022-10-09");

    assertThat(first.storyId()).isEqualTo("wire-1");
    assertThat(first.isDuplicate()).isFalse();
    assertThat(near.storyId()).isEqualTo("wire-1");
    assertThat(near.duplicateOf()).isEqualTo("wire-1");
    assertThat(near.exactDuplicate()).isFalse();
    assertThat(exact.storyId()).isEqualTo("wire-1");
    assertThat(exact.exactDuplicate()).isTrue();
    assertThat(alone.storyId()).isEqualTo("other");
    assertThat(index.get("copy-a").orElseThrow().storyId()).isEqualTo("wire-1");
  }

  @Test
  void reindexingKeepsTheStory() throws IOException {
    addAll();
    index.commit();
    AddResult again = add("wire-1", "Border talks edge forward", body(6), "2022-10-06", "Armenia");
    assertThat(again.replaced()).isTrue();
    assertThat(again.storyId()).isEqualTo("wire-1");
    assertThat(again.isDuplicate()).isFalse();
    AddResult copy = add("copy-a", "Hopes rise at border talks", body(5), "2022-10-07", "Armenia");
    assertThat(copy.storyId()).isEqualTo("wire-1");
  }

  @Test
  void halfAStoryIsNotADuplicate() throws IOException {
    add("wire-1", "Border talks edge forward", body(6), "2022-10-06", "Armenia");
    AddResult part = add("part", "Two paragraphs", body(2), "2022-10-07", "Armenia");
    assertThat(part.isDuplicate()).isFalse();
    assertThat(part.storyId()).isEqualTo("part");
  }

  @Test
  void collapseReturnsOneHitPerStoryWithItsCopies() throws IOException {
    addAll();
    SearchResult r = index.search(SearchRequest.builder().collapse(true).build());
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.stories()).hasValue(2);
    assertThat(r.hits()).extracting(Hit::storyId).containsExactlyInAnyOrder("wire-1", "other");
    assertThat(r.hits()).extracting(Hit::copies).containsExactlyInAnyOrder(3, 1);

    SearchResult newest =
        index.search(
            SearchRequest.query("ceasefire").collapse(true).sort(SortOrder.NEWEST).build());
    assertThat(newest.hits()).extracting(Hit::id).containsExactly("other", "copy-b");
    SearchResult page =
        index.search(
            SearchRequest.query("ceasefire")
                .collapse(true)
                .sort(SortOrder.NEWEST)
                .offset(1)
                .build());
    assertThat(page.hits()).extracting(Hit::id).containsExactly("copy-b");
  }

  @Test
  void collapseHonoursTheQuery() throws IOException {
    addAll();
    // copy-a lost the last paragraph, the only one that says "ceasefire".
    SearchResult r = index.search(SearchRequest.query("ceasefire").collapse(true).build());
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.stories()).hasValue(2);
    assertThat(r.hits()).extracting(Hit::copies).containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void facetsCanCountStories() throws IOException {
    addAll();
    SearchResult articles =
        index.search(SearchRequest.builder().facet(Dimension.PARTY).facet(Dimension.YEAR).build());
    assertThat(articles.facet(Dimension.PARTY).values())
        .containsExactly(
            new FacetValue("Armenia", 4),
            new FacetValue("Azerbaijan", 3),
            new FacetValue("Russia", 1));
    SearchResult stories =
        index.search(
            SearchRequest.builder()
                .facet(Dimension.PARTY)
                .facet(Dimension.YEAR)
                .timeline(Dimension.YEAR)
                .countStories(true)
                .build());
    assertThat(stories.stories()).hasValue(2);
    assertThat(stories.facet(Dimension.PARTY).values())
        .containsExactly(
            new FacetValue("Armenia", 2),
            new FacetValue("Azerbaijan", 1),
            new FacetValue("Russia", 1));
    assertThat(stories.facet(Dimension.YEAR).values()).containsExactly(new FacetValue("2022", 2));
    assertThat(stories.timeline().orElseThrow().values())
        .containsExactly(new FacetValue("2022", 2));
  }

  @Test
  void countingStoriesKeepsMultiSelect() throws IOException {
    addAll();
    SearchResult r =
        index.search(
            SearchRequest.builder()
                .facet(Dimension.PARTY)
                .filter(Dimension.PARTY, "Russia")
                .countStories(true)
                .build());
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.stories()).hasValue(1);
    // The party counts ignore the party filter: both stories, by party.
    assertThat(r.facet(Dimension.PARTY).values())
        .containsExactly(
            new FacetValue("Armenia", 2),
            new FacetValue("Azerbaijan", 1),
            new FacetValue("Russia", 1));
  }

  @Test
  void detectionCanBeTurnedOff() throws IOException {
    try (NewsIndex plain =
        NewsIndex.inMemory(
            IndexOptions.builder().extractEntities(false).detectDuplicates(false).build())) {
      plain.add(Article.builder("a").body(body(6)).build());
      AddResult b = plain.add(Article.builder("b").body(body(6)).build());
      assertThat(b.isDuplicate()).isFalse();
      assertThat(b.storyId()).isEqualTo("b");
    }
  }
}
