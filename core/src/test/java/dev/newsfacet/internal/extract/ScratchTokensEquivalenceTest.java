package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A scratch instance filled again and again ({@link TextTokens#reuse}) gives, text after text, what
 * a fresh {@link TextTokens#of(String, Lexicon)} gives: the same words, gaps, shapes and ids (its
 * look-up cache included, across a change of lexicon), and folded forms made on demand equal to the
 * reference {@link TextTokens#fold}. Seeded random texts and the testdata articles, in a shuffled
 * order, with texts long enough to grow the arrays and a second use while the first is open. Half
 * the texts are given as parts ({@link TextTokens#reuseJoined}), which gives what the joined string
 * gives.
 */
class ScratchTokensEquivalenceTest {
  private static final List<String> WORDS =
      List.of(
          "the",
          "The",
          "THE",
          "said",
          "Said",
          "of",
          "Kyiv",
          "kyiv",
          "KYIV",
          "Azerbaijan",
          "azerbaijanis",
          "Pashinyan",
          "pashinyan",
          "Москва",
          "Zürich",
          "zurich",
          "1990",
          "1990s",
          "x",
          "Q",
          "s",
          "NATO",
          "Nato",
          "nato",
          "Mr",
          "power",
          "Power",
          "armed",
          "movement",
          "Movement",
          "Liberation",
          "karabakh",
          "KarabakhX",
          "abcdefgh",
          "abcdefghi",
          "ABCDEFGH",
          "Abcdefgh",
          "a1b2",
          "A1B2",
          "iPhone",
          "McCain",
          "élite",
          "Élite");

  private static final List<String> GAPS =
      List.of(
          " ", " ", " ", ", ", ". ", "\n", "\n\n", "-", "’s ", "'s ", " — ", "(", ") ", "\u00A0");

  private static String randomText(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(WORDS.get(r.nextInt(WORDS.size())));
      sb.append(GAPS.get(r.nextInt(GAPS.size())));
    }
    return sb.toString();
  }

  private static List<String> articleTexts() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of("..", "testdata", "articles"))) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        out.add(new String(bytes, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void reusedScratchGivesWhatAFreshTokenisationGives() throws IOException {
    Lexicon one = new Lexicon(List.of("kyiv", "azerbaijan", "nato", "pashinyan", "abcdefghi"));
    Lexicon two = new Lexicon(List.of("karabakh", "movement", "zurich", "power", "a1b2"));
    Random r = new Random(20261122L);
    List<String> texts = new ArrayList<>(articleTexts());
    assertThat(texts).hasSizeGreaterThan(20);
    for (int k = 0; k < 3000; k++) {
      // Mostly short texts, a few long enough to outgrow the arrays sized for the one before.
      texts.add(randomText(r, r.nextInt(200) == 0 ? 20_000 + r.nextInt(80_000) : r.nextInt(60)));
    }
    java.util.Collections.shuffle(texts, r);
    TextTokens scratch = TextTokens.scratch();
    int compared = 0;
    int lazy = 0;
    for (String text : texts) {
      Lexicon lexicon = r.nextInt(20) == 0 ? two : r.nextInt(50) == 0 ? null : one;
      boolean joined = r.nextBoolean();
      List<String> parts = parts(text, r);
      TextTokens reused =
          joined ? scratch.reuseJoined(parts, "\n\n", lexicon) : scratch.reuse(text, lexicon);
      if (joined) {
        text = String.join("\n\n", parts);
      } else {
        assertThat(reused.text()).isSameAs(text);
      }
      assertThat(reused).isSameAs(scratch);
      // A second use while the first is open gets an instance of its own.
      String other = randomText(r, 5);
      TextTokens nested =
          joined ? scratch.reuseJoined(List.of(other), "\n\n", one) : scratch.reuse(other, one);
      assertThat(nested).isNotSameAs(scratch);
      assertSame(other, nested, TextTokens.of(other, one), one);
      TextTokens fresh = TextTokens.of(text, lexicon);
      lazy += assertSame(text, reused, fresh, lexicon);
      compared += fresh.size;
      assertThat(scratch.release()).isEqualTo(scratch.start.length <= 1 << 16);
      if (scratch.start.length > 1 << 16) {
        scratch = TextTokens.scratch();
      }
    }
    assertThat(compared).isGreaterThan(300_000);
    assertThat(lazy).isGreaterThan(10_000);
  }

  /** The text cut into one to four parts (some empty) at random places. */
  private static List<String> parts(String text, Random r) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int k = r.nextInt(4); k > 0; k--) {
      int to = from + r.nextInt(text.length() - from + 1);
      out.add(text.substring(from, to));
      from = to;
    }
    out.add(text.substring(from));
    return out;
  }

  /** Asserts the two tokenisations agree word by word; returns how many folded forms were lazy. */
  private static int assertSame(String text, TextTokens got, TextTokens want, Lexicon lexicon) {
    int n = want.size;
    assertThat(got.size).isEqualTo(n);
    assertThat(got.length).isEqualTo(text.length());
    assertThat(new String(got.cs, 0, got.length)).isEqualTo(text);
    assertThat(got.text()).isEqualTo(text);
    assertThat(Arrays.copyOf(got.start, n)).isEqualTo(Arrays.copyOf(want.start, n));
    assertThat(Arrays.copyOf(got.end, n)).isEqualTo(Arrays.copyOf(want.end, n));
    assertThat(Arrays.copyOf(got.gap, n)).isEqualTo(Arrays.copyOf(want.gap, n));
    assertThat(Arrays.copyOf(got.shape, n)).isEqualTo(Arrays.copyOf(want.shape, n));
    assertThat(Arrays.copyOf(got.chars, n)).isEqualTo(Arrays.copyOf(want.chars, n));
    if (lexicon == null) {
      assertThat(got.ids).isNull();
    } else {
      assertThat(Arrays.copyOf(got.ids, n)).isEqualTo(Arrays.copyOf(want.ids, n));
    }
    int lazy = 0;
    for (int i = 0; i < n; i++) {
      String reference = TextTokens.fold(text, want.start[i], want.end[i]);
      if (lexicon != null) {
        if (got.ids[i] != lexicon.id(reference)) {
          fail(text, i, "id " + got.ids[i] + " for " + reference);
        }
        if (got.ids[i] < 0) {
          lazy++;
        }
      }
      // foldedEquals is asked before the folded form exists, then after.
      String neighbour = want.folded(i == 0 ? 0 : i - 1);
      boolean same = reference.equals(neighbour);
      if (got.foldedEquals(i, neighbour) != same || !got.foldedEquals(i, reference)) {
        fail(text, i, "foldedEquals before folding, " + reference + " / " + neighbour);
      }
      if (!got.folded(i).equals(reference) || !want.folded(i).equals(reference)) {
        fail(text, i, got.folded(i) + " / " + want.folded(i) + " / " + reference);
      }
      if (got.foldedEquals(i, neighbour) != same) {
        fail(text, i, "foldedEquals after folding, " + reference + " / " + neighbour);
      }
    }
    return lazy;
  }

  private static void fail(String text, int word, String what) {
    String head = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    throw new AssertionError("word " + word + ": " + what + " in: " + head);
  }
}
