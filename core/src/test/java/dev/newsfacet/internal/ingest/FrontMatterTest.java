package dev.newsfacet.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.newsfacet.Article;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  /** Counts constructions: a YAML tag naming this class must never create one. */
  public static final class Canary {
    static final AtomicInteger CREATED = new AtomicInteger();

    public Canary() {
      CREATED.incrementAndGet();
    }

    public void setName(String name) {
      CREATED.incrementAndGet();
    }
  }

  private static Article article(String markdown) {
    FrontMatter.Split split = FrontMatter.split(markdown);
    return Metadata.toBuilder(split.meta(), "fallback.md", split.text()).build();
  }

  @Test
  void fullFrontMatterMapsOntoTheArticle() {
    FrontMatter.Split split =
        FrontMatter.split(
            """
            ---
            id: convoy-7
            title: Convoy reaches the mountain pass
            date: 2020-10-10
            source: Example Wire
            url: https://example.org/convoy
            author: Jane Doe
            party: [Armenia, Azerbaijan]
            place: Stepanakert
            ---
            The convoy arrived after dark.
            """);

    assertThat(split.text()).isEqualTo("The convoy arrived after dark.\n");
    assertThat(split.meta())
        .containsOnlyKeys("id", "title", "date", "source", "url", "author", "party", "place");
    assertThat(split.meta().get("party")).isEqualTo(List.of("Armenia", "Azerbaijan"));

    Article a = Metadata.toBuilder(split.meta(), "fallback.md", split.text()).build();
    assertThat(a.id()).isEqualTo("convoy-7");
    assertThat(a.title()).isEqualTo("Convoy reaches the mountain pass");
    assertThat(a.date()).isEqualTo(LocalDate.of(2020, 10, 10));
    assertThat(a.year()).isEqualTo(2020);
    assertThat(a.source()).isEqualTo("Example Wire");
    assertThat(a.url()).isEqualTo("https://example.org/convoy");
    assertThat(a.author()).isEqualTo("Jane Doe");
    assertThat(a.parties()).containsExactly("Armenia", "Azerbaijan");
    assertThat(a.places()).containsExactly("Stepanakert");
    assertThat(a.persons()).isEmpty();
    assertThat(a.body()).isEqualTo("The convoy arrived after dark.\n");
  }

  @Test
  void quotedIsoDate() {
    Article a = article("---\ndate: \"2016-04-05\"\n---\nText.\n");

    assertThat(a.date()).isEqualTo(LocalDate.of(2016, 4, 5));
  }

  @Test
  void yamlDateScalar() {
    Article a = article("---\ndate: 2016-04-05\n---\nText.\n");

    assertThat(a.date()).isEqualTo(LocalDate.of(2016, 4, 5));
    assertThat(a.year()).isEqualTo(2016);
  }

  @Test
  void dateTimeWithOffsetKeepsTheLocalDate() {
    Article a = article("---\ndate: 2023-09-20T23:30:00+04:00\n---\nText.\n");

    assertThat(a.date()).isEqualTo(LocalDate.of(2023, 9, 20));
  }

  @Test
  void dateTimeInUtc() {
    Article a = article("---\ndate: 2023-09-19T22:15:00Z\n---\nText.\n");

    assertThat(a.date()).isEqualTo(LocalDate.of(2023, 9, 19));
  }

  @Test
  void yearWithoutDate() {
    Article a = article("---\ntitle: Looking back\nyear: 2016\n---\nText.\n");

    assertThat(a.date()).isNull();
    assertThat(a.year()).isEqualTo(2016);
  }

  @Test
  void noFrontMatterLeavesTheTextAlone() {
    String md = "# Heading\n\nSome words.\n";

    FrontMatter.Split split = FrontMatter.split(md);

    assertThat(split.meta()).isEmpty();
    assertThat(split.text()).isEqualTo(md);
  }

  @Test
  void byteOrderMarkBeforeTheFrontMatterIsIgnored() {
    FrontMatter.Split split = FrontMatter.split("\uFEFF---\ntitle: Marked\n---\nBody.\n");

    assertThat(split.meta()).containsEntry("title", "Marked");
    assertThat(split.text()).isEqualTo("Body.\n");
  }

  @Test
  void windowsLineEndings() {
    FrontMatter.Split split = FrontMatter.split("---\r\ntitle: Crlf\r\n---\r\nBody.\r\n");

    assertThat(split.meta()).containsEntry("title", "Crlf");
    assertThat(split.text()).isEqualTo("Body.\r\n");
  }

  @Test
  void emptyFrontMatterGivesNoMetadata() {
    FrontMatter.Split split = FrontMatter.split("---\n---\nBody.\n");

    assertThat(split.meta()).isEmpty();
    assertThat(split.text()).isEqualTo("Body.\n");
  }

  @Test
  void frontMatterThatIsAListIsAnError() {
    assertThatThrownBy(() -> FrontMatter.split("---\n- one\n- two\n---\nBody.\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("front matter must be a YAML mapping of keys to values");
  }

  @Test
  void frontMatterThatIsAScalarIsAnError() {
    assertThatThrownBy(() -> FrontMatter.split("---\njust some words\n---\nBody.\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("YAML mapping");
  }

  @Test
  void unclosedFrontMatterIsTreatedAsText() {
    String md = "---\ntitle: Never closed\nThe text goes on without a closing line.\n";

    FrontMatter.Split split = FrontMatter.split(md);

    assertThat(split.meta()).isEmpty();
    assertThat(split.text()).isEqualTo(md);
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThatThrownBy(() -> FrontMatter.split("---\ntitle: One\ntitle: Two\n---\nBody.\n"))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("title");
  }

  @Test
  void aliasBombIsRejected() {
    String yaml =
        """
        ---
        a: &a [x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        ---
        Body.
        """;

    assertThatThrownBy(() -> FrontMatter.split(yaml)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void javaTypeTagNeverConstructsTheClass() {
    String md =
        """
        ---
        title: Harmless
        engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["file:///nonexistent/"]]]]
        ---
        Body.
        """;

    AtomicReference<FrontMatter.Split> result = new AtomicReference<>();
    Throwable thrown = catchThrowable(() -> result.set(FrontMatter.split(md)));

    if (thrown == null) {
      assertThat(classNames(result.get().meta()))
          .doesNotContain(
              "javax.script.ScriptEngineManager", "java.net.URLClassLoader", "java.net.URL");
    } else {
      assertThat(thrown).isNotInstanceOf(Error.class);
    }
  }

  @Test
  void typeTagNamingALoadableClassDoesNotInstantiateIt() {
    Canary.CREATED.set(0);
    String md =
        """
        ---
        title: Harmless
        bird: !!dev.newsfacet.internal.ingest.FrontMatterTest$Canary {name: tweety}
        empty: !!dev.newsfacet.internal.ingest.FrontMatterTest$Canary []
        ---
        Body.
        """;

    AtomicReference<FrontMatter.Split> result = new AtomicReference<>();
    Throwable thrown = catchThrowable(() -> result.set(FrontMatter.split(md)));

    assertThat(Canary.CREATED).hasValue(0);
    assertThat(thrown).isNotInstanceOf(Error.class);
    if (result.get() != null) {
      assertThat(classNames(result.get().meta())).doesNotContain(Canary.class.getName());
    }
  }

  private static List<String> classNames(Object value) {
    List<String> out = new java.util.ArrayList<>();
    collect(value, out);
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value == null) {
      return;
    }
    out.add(value.getClass().getName());
    if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> collect(v, out));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> collect(v, out));
    }
  }
}
