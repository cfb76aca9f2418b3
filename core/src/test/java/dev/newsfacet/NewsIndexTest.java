package dev.newsfacet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API over a small hand-made corpus whose counts can be read off the table below. */
class NewsIndexTest {
  /*
   * id  date        parties                        text
   * a1  2016-04-02  Armenia, Azerbaijan            fighting, cease-fire
   * a2  2016-04-05  Armenia, Azerbaijan, Russia    ceasefire agreed in Moscow
   * a3  2020-10-10  Armenia, Azerbaijan, Russia    humanitarian ceasefire
   * a4  2020-11-10  Armenia, Azerbaijan, Russia    trilateral statement, peacekeepers
   * a5  2022-09-14  Armenia, Azerbaijan            border ceasefire
   * a6  2023-09-20  Azerbaijan, Nagorno-Karabakh   ceasefire, disarmament
   * a7  (undated)   Georgia, Russia                six-point plan truce
   */
  private NewsIndex index;

  @BeforeEach
  void setUp() throws IOException {
    index = NewsIndex.inMemory(IndexOptions.builder().extractEntities(false).build());
    add(
        "a1",
        "2016-04-02",
        "Heavy fighting breaks out",
        "Heavy fighting broke out along the line of contact before a cease-fire was sought.",
        "Armenia",
        "Azerbaijan");
    add(
        "a2",
        "2016-04-05",
        "Ceasefire agreed in Moscow",
        "Military chiefs agreed a ceasefire in Moscow after four days of war.",
        "Armenia",
        "Azerbaijan",
        "Russia");
    add(
        "a3",
        "2020-10-10",
        "Humanitarian ceasefire announced",
        "A humanitarian ceasefire was announced after talks lasting ten hours.",
        "Armenia",
        "Azerbaijan",
        "Russia");
    add(
        "a4",
        "2020-11-10",
        "Trilateral statement ends the war",
        "The statement deploys Russian peacekeepers along the Lachin corridor.",
        "Armenia",
        "Azerbaijan",
        "Russia");
    add(
        "a5",
        "2022-09-14",
        "Border ceasefire holds",
        "A ceasefire on the border between the two states held overnight.",
        "Armenia",
        "Azerbaijan");
    add(
        "a6",
        "2023-09-20",
        "Karabakh forces agree to disarm",
        "Local forces accepted a ceasefire that requires full disarmament.",
        "Azerbaijan",
        "Nagorno-Karabakh");
    add(
        "a7",
        null,
        "Six-point plan signed",
        "The six-point plan set out a truce and a pull-back of troops.",
        "Georgia",
        "Russia");
  }

  @AfterEach
  void tearDown() throws IOException {
    index.close();
  }

  private void add(String id, String date, String title, String body, String... parties)
      throws IOException {
    index.add(
        Article.builder(id)
            .title(title)
            .body(body)
            .date(date == null ? null : LocalDate.parse(date))
            .source(id.compareTo("a4") <= 0 ? "Caucasus Wire" : "Meridian Daily")
            .parties(List.of(parties))
            .build());
  }

  private SearchResult search(SearchRequest.Builder b) throws IOException {
    return index.search(b.build());
  }

  private static List<FacetValue> table(Object... pairs) {
    List<FacetValue> out = new java.util.ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.add(new FacetValue((String) pairs[i], (Integer) pairs[i + 1]));
    }
    return out;
  }

  @Test
  void emptyQueryCountsEveryArticleByPartyAndYear() throws IOException {
    SearchResult r = search(SearchRequest.builder().facet(Dimension.PARTY).facet(Dimension.YEAR));
    assertThat(r.total()).isEqualTo(7);
    assertThat(r.facet(Dimension.PARTY).values())
        .containsExactlyElementsOf(
            table("Azerbaijan", 6, "Armenia", 5, "Russia", 4, "Georgia", 1, "Nagorno-Karabakh", 1));
    assertThat(r.facet(Dimension.YEAR).values())
        .containsExactlyElementsOf(table("2016", 2, "2020", 2, "2022", 1, "2023", 1));
    assertThat(r.facet(Dimension.PARTY).distinctValues()).isEqualTo(5);
  }

  @Test
  void onlyNegatedClausesMatchEveryArticleButThose() throws IOException {
    SearchResult not = search(SearchRequest.query("NOT ceasefire").facet(Dimension.PARTY));
    assertThat(not.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a4", "a7");
    assertThat(not.facet(Dimension.PARTY).values())
        .containsExactlyInAnyOrderElementsOf(
            table("Russia", 2, "Armenia", 1, "Azerbaijan", 1, "Georgia", 1));
    assertThat(search(SearchRequest.query("-ceasefire")).total()).isEqualTo(2);
    assertThat(search(SearchRequest.query("-year:2016")).total()).isEqualTo(5);
    // a negated group inside a query is every article but its matches, too
    assertThat(search(SearchRequest.query("ceasefire AND (NOT war)")).hits())
        .extracting(Hit::id)
        .containsExactlyInAnyOrder("a1", "a3", "a5", "a6");
  }

  @Test
  void aYearFieldTakesOnlyYears() {
    assertThatThrownBy(() -> search(SearchRequest.query("ceasefire year:abc")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("year 'abc' is not a year (YYYY)")
        .satisfies(e -> assertThat(((InvalidQueryException) e).position()).isEqualTo(15));
    assertThatThrownBy(() -> search(SearchRequest.query("mentioned_year:[1990 TO x]")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("'x' is not a year");
    assertThatThrownBy(() -> search(SearchRequest.query("date:2020-13")))
        .isInstanceOf(InvalidQueryException.class)
        .satisfies(e -> assertThat(((InvalidQueryException) e).position()).isEqualTo(5));
    assertThatThrownBy(() -> SearchRequest.builder().filter(Dimension.YEAR, "abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a year (YYYY), got 'abc'");
  }

  @Test
  void snippetsAreHtmlWithTheTextEscaped() throws IOException {
    index.add(
        Article.builder("x1")
            .body("The armistice <script>alert(1)</script> & \"5 < 6\" <b>held</b>.")
            .build());
    Hit hit = search(SearchRequest.query("armistice held")).hits().get(0);
    assertThat(hit.snippet())
        .isEqualTo(
            "The <b>armistice</b> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;5 &lt;"
                + " 6&quot; &lt;b&gt;<b>held</b>&lt;/b&gt;.");
  }

  @Test
  void hyphenatedAndJoinedSpellingsFindEachOther() throws IOException {
    assertThat(search(SearchRequest.query("ceasefire")).total()).isEqualTo(5);
    assertThat(search(SearchRequest.query("cease-fire")).total()).isEqualTo(5);
    assertThat(search(SearchRequest.query("\"cease fire\"")).total()).isEqualTo(1);
  }

  @Test
  void filtersOrWithinADimensionAndAcrossDimensions() throws IOException {
    SearchResult orYears =
        search(
            SearchRequest.builder().filter(Dimension.YEAR, "2016").filter(Dimension.YEAR, "2022"));
    assertThat(orYears.total()).isEqualTo(3);

    SearchResult andDims =
        search(
            SearchRequest.builder()
                .filter(Dimension.YEAR, "2020")
                .filter(Dimension.YEAR, "2016")
                .filter(Dimension.PARTY, "Russia"));
    assertThat(andDims.total()).isEqualTo(3);
    assertThat(andDims.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a2", "a3", "a4");
  }

  @Test
  void filteredDimensionKeepsItsOtherValuesCounted() throws IOException {
    SearchResult r =
        search(
            SearchRequest.query("ceasefire")
                .facet(Dimension.PARTY)
                .facet(Dimension.YEAR)
                .filter(Dimension.PARTY, "Russia"));
    // Hits: ceasefire AND Russia = a2, a3.
    assertThat(r.total()).isEqualTo(2);
    // Party counts ignore the party filter: every ceasefire article (a1, a2, a3, a5, a6).
    assertThat(r.facet(Dimension.PARTY).values())
        .containsExactlyElementsOf(
            table("Azerbaijan", 5, "Armenia", 4, "Russia", 2, "Nagorno-Karabakh", 1));
    // Year counts honour it.
    assertThat(r.facet(Dimension.YEAR).values())
        .containsExactlyElementsOf(table("2016", 1, "2020", 1));
  }

  @Test
  void filterValuesForgiveLettersNoDecompositionFolds() throws IOException {
    index.add(Article.builder("w1").body("Talks.").persons(List.of("Lech Wałęsa")).build());
    index.commit();
    assertThat(search(SearchRequest.builder().filter(Dimension.PERSON, "lech walesa")).total())
        .isEqualTo(1);
  }

  @Test
  void filterValuesForgiveCase() throws IOException {
    assertThat(search(SearchRequest.builder().filter(Dimension.PARTY, "russia")).total())
        .isEqualTo(4);
    assertThat(search(SearchRequest.builder().filter(Dimension.PARTY, "Atlantis")).total())
        .isZero();
  }

  @Test
  void dateRangeIsInclusiveAndDropsUndated() throws IOException {
    SearchResult r =
        search(
            SearchRequest.builder()
                .from(LocalDate.parse("2016-04-05"))
                .to(LocalDate.parse("2020-11-10")));
    assertThat(r.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a2", "a3", "a4");
    assertThat(search(SearchRequest.builder().from(LocalDate.parse("2000-01-01"))).total())
        .isEqualTo(6);
  }

  @Test
  void sortsByDateWithUndatedLast() throws IOException {
    assertThat(search(SearchRequest.builder().sort(SortOrder.NEWEST)).hits())
        .extracting(Hit::id)
        .containsExactly("a6", "a5", "a4", "a3", "a2", "a1", "a7");
    assertThat(search(SearchRequest.builder().sort(SortOrder.OLDEST)).hits())
        .extracting(Hit::id)
        .containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7");
  }

  @Test
  void relevancePutsTitleMatchesFirst() throws IOException {
    SearchResult r = search(SearchRequest.query("ceasefire"));
    // a2, a3 and a5 have the word in their titles as well as their bodies.
    assertThat(r.hits().subList(0, 3))
        .extracting(Hit::id)
        .containsExactlyInAnyOrder("a2", "a3", "a5");
    assertThat(r.hits().subList(3, 5)).extracting(Hit::id).containsExactlyInAnyOrder("a1", "a6");
  }

  @Test
  void pagesThroughHitsWithAnExactTotal() throws IOException {
    SearchRequest.Builder b = SearchRequest.builder().sort(SortOrder.OLDEST).limit(3);
    assertThat(search(b.offset(0)).hits()).extracting(Hit::id).containsExactly("a1", "a2", "a3");
    assertThat(search(b.offset(3)).hits()).extracting(Hit::id).containsExactly("a4", "a5", "a6");
    SearchResult last = search(b.offset(6));
    assertThat(last.hits()).extracting(Hit::id).containsExactly("a7");
    assertThat(last.total()).isEqualTo(7);
    assertThat(search(b.offset(9)).hits()).isEmpty();
    assertThat(search(SearchRequest.builder().limit(0)).total()).isEqualTo(7);
  }

  @Test
  void addingAnExistingIdReplacesIt() throws IOException {
    AddResult replaced =
        index.add(
            Article.builder("a7")
                .title("Six-point plan revised")
                .body("A revised plan.")
                .date(LocalDate.parse("2008-08-16"))
                .parties(List.of("Georgia", "Russia", "France"))
                .build());
    assertThat(replaced.replaced()).isTrue();
    assertThat(index.add(Article.builder("a8").body("New.").build()).replaced()).isFalse();
    assertThat(index.add(Article.builder("a8").body("Newer.").build()).replaced()).isTrue();
    SearchResult r = search(SearchRequest.builder().facet(Dimension.PARTY));
    assertThat(r.total()).isEqualTo(8);
    assertThat(r.facet(Dimension.PARTY).count("France")).isEqualTo(1);
    assertThat(index.get("a7"))
        .get()
        .extracting(Article::title)
        .isEqualTo("Six-point plan revised");
    assertThat(index.get("a8")).get().extracting(Article::body).isEqualTo("Newer.");
  }

  @Test
  void deleteRemovesAnArticle() throws IOException {
    assertThat(index.delete("a1")).isTrue();
    assertThat(index.delete("a1")).isFalse();
    assertThat(search(SearchRequest.builder()).total()).isEqualTo(6);
  }

  @Test
  void fieldedQueriesMatchExactValuesIgnoringCase() throws IOException {
    assertThat(search(SearchRequest.query("party:russia")).total()).isEqualTo(4);
    assertThat(search(SearchRequest.query("party:\"Nagorno-Karabakh\"")).total()).isEqualTo(1);
    assertThat(search(SearchRequest.query("year:2016")).total()).isEqualTo(2);
    assertThat(search(SearchRequest.query("year:[2016 TO 2020]")).total()).isEqualTo(4);
    assertThat(search(SearchRequest.query("date:2020")).total()).isEqualTo(2);
    assertThat(search(SearchRequest.query("date:[2020-11-01 TO *]")).total()).isEqualTo(3);
    assertThat(search(SearchRequest.query("source:\"meridian daily\"")).total()).isEqualTo(3);
    assertThat(search(SearchRequest.query("ceasefire -party:Armenia")).total()).isEqualTo(1);
  }

  @Test
  void timelineListsEveryYearInTheSpan() throws IOException {
    SearchResult r = search(SearchRequest.builder().timeline(Dimension.YEAR));
    assertThat(r.timeline()).isPresent();
    assertThat(r.timeline().get().values())
        .containsExactlyElementsOf(
            table(
                "2016", 2, "2017", 0, "2018", 0, "2019", 0, "2020", 2, "2021", 0, "2022", 1, "2023",
                1));
  }

  @Test
  void pivotCountsPartyByYear() throws IOException {
    SearchResult r = search(SearchRequest.builder().pivot(Dimension.PARTY, Dimension.YEAR));
    Pivot p = r.pivot().orElseThrow();
    assertThat(p.columns()).containsExactly("2016", "2020", "2022", "2023");
    assertThat(p.rows())
        .extracting(Pivot.Row::value)
        .containsExactly("Azerbaijan", "Armenia", "Russia", "Georgia", "Nagorno-Karabakh");
    assertThat(p.rows().get(0).counts()).containsExactly(2, 2, 1, 1);
    assertThat(p.count("Russia", "2020")).isEqualTo(2);
    assertThat(p.count("Russia", "2016")).isEqualTo(1);
    // Georgia's only article is undated: counted in its total, in no column.
    assertThat(p.rows().get(3).total()).isEqualTo(1);
    assertThat(p.rows().get(3).counts()).containsOnly(0);
  }

  @Test
  void pivotHonoursQueryAndFilters() throws IOException {
    SearchResult r =
        search(
            SearchRequest.query("ceasefire")
                .filter(Dimension.YEAR, "2016")
                .pivot(Dimension.PARTY, Dimension.YEAR));
    Pivot p = r.pivot().orElseThrow();
    assertThat(p.columns()).containsExactly("2016");
    assertThat(p.rows())
        .extracting(Pivot.Row::value)
        .containsExactly("Armenia", "Azerbaijan", "Russia");
    assertThat(p.count("Russia", "2016")).isEqualTo(1);
    assertThat(p.count("Armenia", "2016")).isEqualTo(2);
  }

  @Test
  void snippetsHighlightMatchesInTheBody() throws IOException {
    Hit hit = search(SearchRequest.query("peacekeepers")).hits().get(0);
    assertThat(hit.id()).isEqualTo("a4");
    assertThat(hit.snippet()).contains("<b>peacekeepers</b>");
    Hit any = search(SearchRequest.query("party:Georgia")).hits().get(0);
    assertThat(any.snippet()).startsWith("The six-point plan");
  }

  @Test
  void snippetsMarkTheWordsTheIndexMatched() throws IOException {
    // The index keeps no offsets: snippets re-analyse the body, and must still mark what the
    // index chain matched, joined hyphenated words, folded diacritics and phrases included.
    index.add(
        Article.builder("s1")
            .title("Envoys meet")
            .body(
                "Talks resumed. The cease-fire held along the line, said Mevlüt Çavuşoğlu."
                    + " Shelling was heard far from the line.")
            .build());
    index.commit();
    assertThat(snippet("ceasefire AND cavusoglu", "s1"))
        .contains("The <b>cease-fire</b> held")
        .contains("<b>Çavuşoğlu</b>");
    String phrase = snippet("\"the line\" AND cavusoglu", "s1");
    assertThat(phrase).contains("along <b>the line</b>, said");
    assertThat(phrase).doesNotContain("<b>Talks").doesNotContain("<b>The</b> <b>cease");
  }

  private String snippet(String query, String id) throws IOException {
    return search(SearchRequest.query(query)).hits().stream()
        .filter(h -> h.id().equals(id))
        .findFirst()
        .orElseThrow()
        .snippet();
  }

  @Test
  void snippetsCanBeLeftOutWithoutChangingTheRest() throws IOException {
    SearchRequest with =
        SearchRequest.query("ceasefire").facet(Dimension.PARTY).facet(Dimension.YEAR).build();
    assertThat(with.snippets()).isTrue();
    SearchResult full = index.search(with);
    SearchResult bare = index.search(with.toBuilder().snippets(false).build());
    assertThat(full.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).isNotEmpty());
    assertThat(bare.hits()).allSatisfy(h -> assertThat(h.snippet()).isEmpty());
    assertThat(bare.total()).isEqualTo(full.total());
    assertThat(bare.facets()).isEqualTo(full.facets());
    assertThat(bare.hits())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("snippet")
        .containsExactlyElementsOf(full.hits());
    assertThat(with.toBuilder().snippets(false).build().toBuilder().build().snippets()).isFalse();
  }

  @Test
  void badQueriesSayWhatAndWhere() {
    assertThatThrownBy(() -> search(SearchRequest.query("ceasefire AND")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("unexpected end of query")
        .satisfies(e -> assertThat(((InvalidQueryException) e).position()).isEqualTo(13));
    assertThatThrownBy(() -> search(SearchRequest.query("\"unbalanced quote")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> search(SearchRequest.query("colour:red")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("unknown field 'colour'")
        .satisfies(e -> assertThat(((InvalidQueryException) e).position()).isZero());
    assertThatThrownBy(() -> search(SearchRequest.query("*fire")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cannot start with");
    assertThatThrownBy(() -> search(SearchRequest.query("date:[yesterday TO *]")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void statsSummariseTheIndex() throws IOException {
    IndexStats s = index.stats();
    assertThat(s.articles()).isEqualTo(7);
    assertThat(s.undated()).isEqualTo(1);
    assertThat(s.earliest()).contains(LocalDate.parse("2016-04-02"));
    assertThat(s.latest()).contains(LocalDate.parse("2023-09-20"));
    assertThat(s.cardinalities())
        .containsEntry(Dimension.PARTY, 5)
        .containsEntry(Dimension.YEAR, 4)
        .containsEntry(Dimension.SOURCE, 2)
        .containsEntry(Dimension.PERSON, 0);
  }

  @Test
  void readOnlyInstancesSeeEveryCommitAtTheirNextSearch(@TempDir Path dir) throws IOException {
    try (NewsIndex w = NewsIndex.open(dir, IndexOptions.builder().extractEntities(false).build())) {
      w.add(Article.builder("x0").body("text").build());
      w.commit();
      try (NewsIndex r = NewsIndex.openReadOnly(dir)) {
        SearchRequest all = SearchRequest.builder().build();
        assertThat(r.search(all).total()).isEqualTo(1);
        assertThat(r.search(all).total()).as("no commit since").isEqualTo(1);
        for (int i = 1; i <= 4; i++) {
          w.add(Article.builder("x" + i).body("text").build());
          assertThat(r.search(all).total()).as("added, not committed").isEqualTo(i);
          w.commit();
          assertThat(r.search(all).total()).as("after commit %d", i).isEqualTo(i + 1);
        }
      }
    }
  }

  @Test
  void readOnlyInstancesRefuseWrites(@TempDir Path dir) throws IOException {
    try (NewsIndex w = NewsIndex.open(dir, IndexOptions.builder().extractEntities(false).build())) {
      w.add(Article.builder("x").body("text").build());
    }
    try (NewsIndex r = NewsIndex.openReadOnly(dir)) {
      assertThat(r.writable()).isFalse();
      assertThat(r.search(SearchRequest.builder().build()).total()).isEqualTo(1);
      assertThatThrownBy(() -> r.add(Article.builder("y").build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read-only");
    }
  }

  @Test
  void secondWriterFailsNamingTheIndex(@TempDir Path dir) throws IOException {
    try (NewsIndex first = NewsIndex.open(dir)) {
      assertThatThrownBy(() -> NewsIndex.open(dir))
          .isInstanceOf(IOException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("another process");
    }
  }
}
