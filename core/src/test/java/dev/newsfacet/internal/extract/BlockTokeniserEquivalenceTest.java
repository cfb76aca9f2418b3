package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A scratch instance tokenises through its byte copy of the text, 64 characters per block and eight
 * per step; a fresh {@link TextTokens#of(String, Lexicon)} goes character by character. Both must
 * give the same words: bounds, gaps, shapes, character kinds, hashes, ids, dictionary values and
 * the lists made while tokenising. Seeded random texts drawn character by character from a pool
 * that holds what the byte copy could confuse: letters beyond ASCII whose low byte is an ASCII
 * letter ("Ł" is U+0141), curly apostrophes before "s" (possessives) at every offset of a block,
 * combining marks, U+02BC, words of 7 to 9 letters and words longer than one or two blocks, and
 * texts whose lengths fall around multiples of 64.
 */
class BlockTokeniserEquivalenceTest {
  private static final String POOL =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
          + "      ,.;:!?()[]\"'-/&@+\n\t\r"
          + "\u00E9\u00DF\u00D7\u00B7\u00A0\u00FC\u0141\u0161\u0130\u0131\u0301\u02BC\u2019\u201C"
          + "\u201D\u2013\u2014\u0410\u044F\u4E2D\u2009\u0041\u0141";

  private static final List<String> PIECES =
      List.of(
          "Azerbaijan’s ",
          "rebels’ ",
          "Kyiv's ",
          "’s",
          "'S ",
          "Nagorno-\nKarabakh ",
          " - ",
          "1990s ",
          "nineties ",
          "abcdefg ",
          "abcdefgh ",
          "abcdefghi ",
          "ABCDEFGHIJKLMNOP ",
          "Łódź ",
          "\u0141ODZ ",
          "Zelenskiy ",
          "the ",
          "said ",
          "Mr. ",
          "\n\n");

  @Test
  void blocksGiveWhatTheCharacterLoopGives() {
    DictionaryMatcher<String> m = new DictionaryMatcher<>();
    m.addWordClasses();
    m.add("Nagorno Karabakh", "NK");
    m.add("abcdefghi", "LONG");
    m.add("Łódź", "LODZ");
    m.add("the said", "TS");
    Lexicon lexicon = m.lexicon();
    Lexicon plain = new Lexicon(List.of("kyiv", "abcdefgh", "rebels", "azerbaijan"));
    Random r = new Random(20261122_10L);
    TextTokens scratch = TextTokens.scratch();
    int words = 0;
    int beyondAscii = 0;
    int longWords = 0;
    for (int round = 0; round < 6_000; round++) {
      String text = randomText(r);
      Lexicon lex = r.nextInt(10) == 0 ? null : r.nextInt(4) == 0 ? plain : lexicon;
      List<String> parts = new ArrayList<>();
      int cut = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
      parts.add(text.substring(0, cut));
      parts.add(text.substring(cut));
      TextTokens got =
          r.nextBoolean()
              ? scratch.reuse(text, lex)
              : scratch.reuseJoined(parts, "", lex); // joined without separator: the same text
      TextTokens want = TextTokens.of(text, lex);
      assertSame(text, got, want);
      for (int i = 0; i < want.size; i++) {
        if ((want.chars[i] & TextTokens.SEEN_OTHER) != 0) {
          beyondAscii++;
        } else {
          // The hash is the folded form's String.hashCode, whichever loop made it.
          assertThat(got.hashes[i]).isEqualTo(want.folded(i).hashCode());
        }
        if (want.end[i] - want.start[i] > 64) {
          longWords++;
        }
      }
      words += want.size;
      scratch.release();
    }
    assertThat(words).isGreaterThan(100_000);
    assertThat(beyondAscii).isGreaterThan(5_000);
    assertThat(longWords).isGreaterThan(100);
  }

  private static String randomText(Random r) {
    // Lengths around multiples of 64, where words and possessives straddle the blocks.
    int target = r.nextInt(3) == 0 ? 64 * (1 + r.nextInt(6)) + r.nextInt(5) - 2 : r.nextInt(600);
    StringBuilder sb = new StringBuilder(target + 40);
    while (sb.length() < target) {
      int kind = r.nextInt(20);
      if (kind < 8) {
        sb.append(PIECES.get(r.nextInt(PIECES.size())));
      } else if (kind < 9) {
        // A word longer than one block, or two.
        int len = 60 + r.nextInt(140);
        for (int k = 0; k < len; k++) {
          sb.append(r.nextInt(40) == 0 ? '\u00E9' : (char) ('a' + r.nextInt(26)));
        }
      } else {
        for (int k = 1 + r.nextInt(12); k > 0; k--) {
          sb.append(POOL.charAt(r.nextInt(POOL.length())));
        }
      }
    }
    return sb.toString();
  }

  private static void assertSame(String text, TextTokens got, TextTokens want) {
    int n = want.size;
    String where = text.length() > 300 ? text.substring(0, 300) + "..." : text;
    assertThat(got.size).as(where).isEqualTo(n);
    assertThat(Arrays.copyOf(got.start, n)).as(where).isEqualTo(Arrays.copyOf(want.start, n));
    assertThat(Arrays.copyOf(got.end, n)).as(where).isEqualTo(Arrays.copyOf(want.end, n));
    assertThat(Arrays.copyOf(got.gap, n)).as(where).isEqualTo(Arrays.copyOf(want.gap, n));
    assertThat(Arrays.copyOf(got.shape, n)).as(where).isEqualTo(Arrays.copyOf(want.shape, n));
    assertThat(Arrays.copyOf(got.chars, n)).as(where).isEqualTo(Arrays.copyOf(want.chars, n));
    assertThat(Arrays.copyOf(got.hashes, n)).as(where).isEqualTo(Arrays.copyOf(want.hashes, n));
    assertThat(got.charsUnion).as(where).isEqualTo(want.charsUnion);
    if (want.ids == null) {
      assertThat(got.ids).isNull();
    } else {
      assertThat(Arrays.copyOf(got.ids, n)).as(where).isEqualTo(Arrays.copyOf(want.ids, n));
    }
    if (want.lexiconInfo == null) {
      assertThat(got.lexiconInfo).isNull();
    } else {
      assertThat(Arrays.copyOf(got.lexiconInfo, n))
          .as(where)
          .isEqualTo(Arrays.copyOf(want.lexiconInfo, n));
      assertThat(got.lexiconInfoUnion).isEqualTo(want.lexiconInfoUnion);
      assertThat(Arrays.copyOf(got.phraseStarts, got.phraseStartCount))
          .as(where)
          .isEqualTo(Arrays.copyOf(want.phraseStarts, want.phraseStartCount));
      assertThat(Arrays.copyOf(got.notable(), got.notableCount()))
          .as(where)
          .isEqualTo(Arrays.copyOf(want.notable(), want.notableCount()));
    }
  }
}
