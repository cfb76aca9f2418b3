package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Phrases followed word by word through word ids match exactly what following them through the
 * string maps matches: the built-in gazetteer's names and aliases over the corpus articles and over
 * seeded random texts made of alias words, common words and near misses, tokenised with the
 * matcher's lexicon and without it. The id walk also passes over the words whose class bits say
 * that no phrase ends or goes on there, which the string walk reads node by node.
 */
class PhraseWalkEquivalenceTest {
  private static final Path ARTICLES = Path.of("..", "testdata", "articles");

  private static final List<String> FILLER =
      List.of(
          "the", "of", "and", "said", "in", "on", "Monday", "talks", "new", "North", "South",
          "Court", "of the", ", ", ". ", "\n", "\n\n", "’s", "-", " – ", "(", ")", "US", "us", "Un",
          "UN");

  @Test
  void idWalkAgreesWithStringWalk() throws IOException {
    DictionaryMatcher<String> m = new DictionaryMatcher<>();
    List<String> aliases = new ArrayList<>();
    for (GazetteerEntry e : Gazetteer.builtIn().entries()) {
      m.add(e.name(), e.name());
      aliases.add(e.name());
      for (String a : e.aliases()) {
        m.add(a, e.name());
        aliases.add(a);
      }
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ARTICLES)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        // Some messy files are not valid UTF-8: decoding replaces what it cannot read.
        texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    assertThat(texts).isNotEmpty();
    Random r = new Random(20261121L);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 5 + r.nextInt(40);
      for (int k = 0; k < pieces; k++) {
        String piece =
            r.nextInt(3) == 0
                ? FILLER.get(r.nextInt(FILLER.size()))
                : aliases.get(r.nextInt(aliases.size()));
        if (r.nextInt(5) == 0 && piece.length() > 3) {
          // A near miss: the alias cut short or with a letter changed.
          int at = r.nextInt(piece.length());
          piece = r.nextBoolean() ? piece.substring(0, at) : piece.replace(piece.charAt(at), 'x');
        }
        sb.append(piece).append(r.nextInt(4) == 0 ? " " : r.nextBoolean() ? " " : ", ");
      }
      texts.add(sb.toString());
    }
    int matched = 0;
    for (String text : texts) {
      for (TextTokens t : List.of(TextTokens.of(text, m.lexicon()), TextTokens.of(text))) {
        List<String> byId = new ArrayList<>();
        m.match(t, (from, to, values) -> byId.add(from + "-" + to + ":" + values));
        List<String> byString = new ArrayList<>();
        m.matchByStrings(t, (from, to, values) -> byString.add(from + "-" + to + ":" + values));
        assertThat(byId).as(text).isEqualTo(byString);
        matched += byId.size();
      }
    }
    assertThat(matched).isGreaterThan(10_000);
  }

  /**
   * Over seeded random dictionaries where most phrases stand for several values with different
   * capitalisations ("ab", "Ab", "AB", "aB"), the id walk's lists of all values made in advance
   * give what gathering the fitting values gives, whether all, some or none fit.
   */
  @Test
  void phrasesOfSeveralValuesAgreeWithGatheringThem() {
    List<String> words = List.of("ab", "Ab", "AB", "aB", "cd", "Cd", "CD", "ef", "Ef", "EF");
    List<String> values = List.of("x", "y", "z", "w");
    Random r = new Random(20261122L);
    int several = 0;
    for (int round = 0; round < 300; round++) {
      DictionaryMatcher<String> m = new DictionaryMatcher<>();
      int phrases = 3 + r.nextInt(40);
      for (int k = 0; k < phrases; k++) {
        StringBuilder phrase = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int w = 0; w < n; w++) {
          phrase.append(w == 0 ? "" : " ").append(words.get(r.nextInt(words.size())));
        }
        m.add(phrase.toString(), values.get(r.nextInt(values.size())));
      }
      for (int k = 0; k < 20; k++) {
        StringBuilder text = new StringBuilder();
        int n = 1 + r.nextInt(30);
        for (int w = 0; w < n; w++) {
          text.append(words.get(r.nextInt(words.size()))).append(r.nextInt(5) == 0 ? ". " : " ");
        }
        for (TextTokens t :
            List.of(TextTokens.of(text.toString(), m.lexicon()), TextTokens.of(text.toString()))) {
          List<String> byId = new ArrayList<>();
          m.match(t, (from, to, v) -> byId.add(from + "-" + to + ":" + v));
          List<String> gathered = new ArrayList<>();
          m.matchByStrings(t, (from, to, v) -> gathered.add(from + "-" + to + ":" + v));
          assertThat(byId).as(text.toString()).isEqualTo(gathered);
          several += (int) byId.stream().filter(x -> x.contains(",")).count();
        }
      }
    }
    assertThat(several).isGreaterThan(1_000);
  }
}
