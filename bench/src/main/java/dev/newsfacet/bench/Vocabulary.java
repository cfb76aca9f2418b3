package dev.newsfacet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generator's words, ranked, with a Zipf-like sampler. The head is the hand-written list in
 * {@code words.txt} (about 80% of the running words, as the commonest two thousand words are in
 * real news); the long tail is made-up pronounceable words, standing for the rare names, jargon and
 * misspellings that give a real corpus hundreds of thousands of distinct terms.
 */
final class Vocabulary {
  private static final String[] SYLLABLES = {
    "ba", "be", "bo", "da", "de", "do", "fa", "fe", "ga", "go", "ka", "ke", "ki", "ko", "la", "le",
    "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "po", "ra", "re", "ri",
    "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "za", "zo", "dor",
    "fen", "gal", "hun", "kir", "lam", "mor", "nis", "pel", "rus", "tal", "ven", "wyn", "bral",
    "stev", "quor", "thil", "brek", "glan", "skor", "trav", "zhen"
  };

  /** Share of running words drawn from the hand-written head. */
  private static final double HEAD_SHARE = 0.88;

  final String[] words;
  final int headSize;
  final String[] compounds;
  final String[][] collocations;
  private final double[] cumulative;

  private Vocabulary(
      String[] words, int headSize, String[] compounds, String[][] collocations, double exponent) {
    this.words = words;
    this.headSize = headSize;
    this.compounds = compounds;
    this.collocations = collocations;
    this.cumulative = new double[words.length];
    double headNorm = 0;
    for (int r = 0; r < headSize; r++) {
      headNorm += weight(r, exponent);
    }
    double tailNorm = 0;
    for (int r = headSize; r < words.length; r++) {
      tailNorm += weight(r - headSize, 1.0);
    }
    double c = 0;
    for (int r = 0; r < words.length; r++) {
      double p =
          r < headSize
              ? HEAD_SHARE * weight(r, exponent) / headNorm
              : (1 - HEAD_SHARE) * weight(r - headSize, 1.0) / tailNorm;
      c += p;
      cumulative[r] = c;
    }
    cumulative[words.length - 1] = 1.0;
  }

  private static double weight(int rank, double exponent) {
    // Zipf-Mandelbrot: the first few ranks are flattened a little, as in real text.
    return 1.0 / Math.pow(rank + 2.7, exponent);
  }

  /**
   * Builds the vocabulary.
   *
   * @param size total distinct words, head included
   * @param exclude words never to use (case-free party aliases)
   * @param reserved words the tail must not invent (every word of the gazetteer)
   */
  static Vocabulary create(int size, Set<String> exclude, Set<String> reserved) {
    LinkedHashSet<String> head = new LinkedHashSet<>();
    for (String line : lines("words.txt")) {
      for (String w : line.split("\\s+")) {
        if (!w.isEmpty() && !exclude.contains(w)) {
          head.add(w);
        }
      }
    }
    List<String> compounds = new ArrayList<>();
    for (String line : lines("compounds.txt")) {
      compounds.addAll(Arrays.asList(line.split("\\s+")));
    }
    List<String[]> collocations = new ArrayList<>();
    for (String line : lines("collocations.txt")) {
      collocations.add(line.strip().split("\\s+"));
    }
    Set<String> all = new LinkedHashSet<>(head);
    int headSize = head.size();
    Set<String> joined = new java.util.HashSet<>();
    for (String c : compounds) {
      joined.add(c.replace("-", ""));
    }
    for (long i = 0; all.size() < size; i++) {
      String w = pseudoWord(i);
      if (w.length() >= 5 && !reserved.contains(w) && !joined.contains(w)) {
        all.add(w);
      }
    }
    return new Vocabulary(
        all.toArray(new String[0]),
        headSize,
        compounds.toArray(new String[0]),
        collocations.toArray(new String[0][]),
        1.0);
  }

  /** The i-th made-up word: two to four syllables, the same for every run. */
  static String pseudoWord(long i) {
    int n = SYLLABLES.length;
    // Spread consecutive indexes over the syllable space so neighbours do not share prefixes.
    long x = (i * 0x9E3779B97F4A7C15L) >>> 1;
    int syllables = 2 + (int) (i % 3);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < syllables; k++) {
      sb.append(SYLLABLES[(int) (x % n)]);
      x /= n;
    }
    return sb.toString();
  }

  /** A word by Zipf rank. */
  String sample(SplittableRandom random) {
    return words[sampleRank(random)];
  }

  int sampleRank(SplittableRandom random) {
    double u = random.nextDouble();
    int i = Arrays.binarySearch(cumulative, u);
    return i >= 0 ? i : Math.min(words.length - 1, -i - 1);
  }

  /** The rank of a word, or -1. */
  int rank(String word) {
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(word)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
