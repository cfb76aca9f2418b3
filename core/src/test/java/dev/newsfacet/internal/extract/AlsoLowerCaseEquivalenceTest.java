package dev.newsfacet.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bare-surname check "is this capitalised word also written in lower case?" answered through a
 * table of the picks' hashes ({@link Extractor#alsoLowerCase}) gives what comparing every
 * lower-case word with every pick gives ({@link Extractor#alsoLowerCaseByScan}): with and without a
 * lexicon, for words the lexicon knows and lacks, beyond ASCII, and for many picks sharing buckets;
 * and a pick that the tokeniser's bits of lower-case hashes rule out ({@link
 * TextTokens#mayBeLower}) is never a word in lower case. Seeded random texts.
 */
class AlsoLowerCaseEquivalenceTest {
  private static final List<String> WORDS =
      List.of(
          "power",
          "Power",
          "POWER",
          "said",
          "Said",
          "the",
          "The",
          "pashinyan",
          "Pashinyan",
          "zürich",
          "Zürich",
          "zurich",
          "Zurich",
          "straße",
          "Strasse",
          "strasse",
          "aa",
          "Aa",
          "bb",
          "BB",
          "Bb",
          "guard",
          "Guard",
          "Kyiv",
          "kyiv",
          "mark",
          "Mark",
          "will",
          "Will",
          "rose",
          "Rose",
          "1990",
          "x",
          "X",
          "Москва",
          "москва",
          "Éric",
          "eric",
          "Eric",
          "polyb",
          "Polyb",
          "polyc",
          "Polyc");

  @Test
  void hashedLookUpAgreesWithTheFullScan() {
    Lexicon lexicon = new Lexicon(List.of("power", "said", "the", "kyiv", "mark", "zurich"));
    Random r = new Random(20261122L);
    int alsoLower = 0;
    int picksChecked = 0;
    int ruledOut = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(60); k > 0; k--) {
        sb.append(WORDS.get(r.nextInt(WORDS.size()))).append(r.nextInt(5) == 0 ? ". " : " ");
      }
      String text = sb.toString();
      for (TextTokens t :
          List.of(TextTokens.of(text), TextTokens.of(text, lexicon), fromScratch(text, lexicon))) {
        int[] picks = new int[t.size];
        int count = 0;
        for (int i = 0; i < t.size; i++) {
          if (t.shape[i] != TextTokens.LOWER && r.nextInt(3) > 0) {
            picks[count++] = i;
          }
        }
        boolean[] hashed = Extractor.alsoLowerCase(t, picks, count);
        boolean[] scanned = Extractor.alsoLowerCaseByScan(t, picks, count);
        assertThat(hashed).as(text).isEqualTo(scanned);
        for (int d = 0; d < count; d++) {
          if (!t.mayBeLower(t.folded(picks[d]).hashCode())) {
            // The tokeniser's bits rule the pick out: the full scan must agree.
            assertThat(scanned[d]).as(text).isFalse();
            ruledOut++;
          }
        }
        picksChecked += count;
        for (boolean b : hashed) {
          alsoLower += b ? 1 : 0;
        }
      }
    }
    assertThat(alsoLower).isGreaterThan(10_000);
    assertThat(picksChecked - alsoLower).isGreaterThan(10_000);
    assertThat(ruledOut).isGreaterThan(1_000);
  }

  private static TextTokens fromScratch(String text, Lexicon lexicon) {
    TextTokens scratch = TextTokens.scratch();
    TextTokens warm = scratch.reuse("Power said the Pashinyan zürich " + text, lexicon);
    assertThat(warm.size).isPositive();
    scratch.release();
    // A second text in the same arrays: what the first left behind must not count.
    return scratch.reuse(text, lexicon);
  }
}
