package dev.newsfacet.bench;

import dev.newsfacet.internal.extract.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a deterministic corpus of news-like articles: the same seed and size give byte-identical
 * files, whatever the number of threads.
 *
 * <p>Each article has a long-tailed length (log-normal, about 2.2 KB of title and body on average),
 * words drawn from a Zipf-like vocabulary with a few topic words repeated within the article,
 * mentions of parties, persons and places from newsfacet's gazetteer, now and then a caption with a
 * photo credit, years and numbers in the text, and a publication date between 1988 and 2025 (most
 * articles; some carry only a year, some none). Articles that mention parties carry them as {@code
 * party} metadata; the others (sport, culture, weather, markets) mention no party at all, so the
 * party facet is the same whether it comes from metadata or from extraction.
 *
 * <pre>
 * java -cp newsfacet-bench.jar dev.newsfacet.bench.CorpusGenerator --articles 100000 --seed 42 \
 *     --out corpus --format jsonl
 * </pre>
 *
 * Layout: {@code OUT/jsonl/articles-00000.jsonl} (10,000 articles a shard), {@code
 * OUT/md/NNN/ID.md}, {@code OUT/txt/NNN/ID.txt}, and {@code OUT/corpus.properties} describing it.
 */
public final class CorpusGenerator {
  /**
   * Bumped whenever the generator's output for a given seed changes; a change to the built-in
   * gazetteer changes it too, which the manifest's {@code gazetteer.crc32} records.
   */
  public static final int VERSION = 2;

  public static final int DEFAULT_SHARD_SIZE = 10_000;
  static final String MANIFEST = "corpus.properties";
  static final int FIRST_YEAR = 1988;
  static final int LAST_YEAR = 2025;

  /** The output formats. */
  public enum Format {
    JSONL,
    TXT,
    MD,
    MIXED;

    static Format of(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** What to generate. */
  public record Config(long articles, long seed, Format format, int shardSize, int threads) {
    public Config {
      if (articles < 1) {
        throw new IllegalArgumentException("articles must be >= 1, got " + articles);
      }
      if (shardSize < 1 || threads < 1) {
        throw new IllegalArgumentException("shardSize and threads must be >= 1");
      }
    }

    public static Config of(long articles, long seed) {
      return new Config(articles, seed, Format.JSONL, DEFAULT_SHARD_SIZE, 2);
    }
  }

  /** What was written. */
  public record Summary(long articles, long files, long bytes, long textBytes) {}

  // Parties news mentions most, first; the rest of the gazetteer follows in file order.
  private static final List<String> PROMINENT =
      List.of(
          "United States",
          "Russia",
          "Ukraine",
          "China",
          "United Nations",
          "European Union",
          "Armenia",
          "Azerbaijan",
          "Turkey",
          "Iran",
          "Israel",
          "Germany",
          "France",
          "United Kingdom",
          "NATO",
          "Georgia",
          "Syria",
          "Iraq",
          "Hamas",
          "Palestine",
          "India",
          "Pakistan",
          "Afghanistan",
          "Taliban",
          "Japan",
          "Saudi Arabia",
          "Egypt",
          "Poland",
          "Belarus",
          "OSCE");

  private static final String[] ROLES = {
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "commander",
    "opposition leader",
    "Interior Minister",
    "deputy foreign minister",
    "adviser"
  };
  private static final String[] SPEECH = {
    "said",
    "told reporters",
    "said in a statement",
    "told a news conference",
    "wrote",
    "added",
    "warned",
    "insisted",
    "said on state television"
  };
  private static final String[] STARTERS = {
    "The", "In", "On", "After", "According to", "Officials", "Residents", "Analysts", "A",
    "Meanwhile", "Earlier", "Later", "But", "However", "While", "Many", "Some", "Several",
    "Despite", "Since", "During", "At", "Although", "Witnesses", "Local"
  };
  private static final String[] OUTLETS = {
    "Lantern Wire",
    "Quayside Herald",
    "Eastbrook Times",
    "Pinecrest Daily",
    "Copperfield Courier",
    "Stonebridge Ledger",
    "Valewood Press",
    "Meadowlark News",
    "Harrowgate Dispatch",
    "Ironvale Observer",
    "Silverlake Gazette",
    "Northgate Bulletin",
    "Foxhollow Review",
    "Brightwater Post",
    "Redcliff Sentinel",
    "Oakmere Journal",
    "Westmarch Wire",
    "Kingsford Report",
    "Ashby Evening News",
    "Glenrock Tribune",
    "Marlowe Weekly",
    "Tidewater Chronicle",
    "Highfield Record",
    "Cobalt Newswire"
  };
  private static final String[] FIRST_NAMES = {
    "Anna", "Mark", "Elena", "David", "Sara", "Tomas", "Lina", "Peter", "Maria", "Omar", "Nadia",
    "Luca", "Hana", "Ivan", "Grace", "Rafael", "Leila", "Jonas", "Mira", "Viktor", "Clara", "Samir",
    "Irene", "Felix", "Yara", "Daniel", "Ruth", "Emil", "Dina", "Oscar"
  };
  private static final String[] LAST_NAMES = {
    "Holloway", "Brandt", "Castell", "Novak", "Whitfield", "Okafor", "Lindqvist", "Moreau",
    "Petrov", "Haddad", "Tanaka", "Ferreira", "Kowalski", "Abernathy", "Delacroix", "Marsh",
    "Quintero", "Svensson", "Baptiste", "Nakamura", "Ellery", "Fairbanks", "Greaves", "Hartley",
    "Iverson", "Jelinek", "Kruger", "Lombard", "Merriweather", "Nolan"
  };
  private static final String[] CAPTION_SCENES = {
    "Residents queue for water",
    "Rescue workers search the rubble",
    "Delegates arrive for talks",
    "Soldiers patrol a street",
    "Farmers gather the harvest",
    "Protesters march through the centre",
    "A convoy of aid trucks crosses a bridge",
    "Children play outside a school",
    "Voters wait outside a polling station",
    "Firefighters tackle a blaze"
  };

  private final Config config;
  private final GazetteerNames gazetteer;
  private final Vocabulary vocab;
  private final List<GazetteerNames.Entry> partyOrder;
  private final List<GazetteerNames.Entry> safePersons;
  private final List<GazetteerNames.Entry> safePlaces;
  private final String[] outlets;
  private final String[] firstNames;
  private final String[] lastNames;
  private final double[] yearCumulative;
  private final double[] partyCumulative;
  private final Set<String> vocabWords;
  private final String[] starters;
  private final String[] captionScenes;

  public CorpusGenerator(Config config) {
    this.config = config;
    this.gazetteer = GazetteerNames.load();
    Set<String> reserved = new java.util.HashSet<>(gazetteer.partyWords);
    for (GazetteerNames.Entry e : gazetteer.persons) {
      reserved.addAll(GazetteerNames.words(e.name()));
    }
    for (GazetteerNames.Entry e : gazetteer.places) {
      reserved.addAll(GazetteerNames.words(e.name()));
    }
    this.vocab = Vocabulary.create(150_000, gazetteer.caseFreePartyWords, reserved);
    this.vocabWords = Set.of(vocab.words);
    LinkedHashSet<GazetteerNames.Entry> order = new LinkedHashSet<>();
    for (String name : PROMINENT) {
      gazetteer.parties.stream()
          .filter(e -> e.name().equals(name))
          .findFirst()
          .ifPresent(order::add);
    }
    order.addAll(gazetteer.parties);
    this.partyOrder = List.copyOf(order);
    this.safePersons =
        gazetteer.persons.stream().filter(e -> gazetteer.partyFree(e.name())).toList();
    this.safePlaces = gazetteer.places.stream().filter(e -> gazetteer.partyFree(e.name())).toList();
    this.partyCumulative = new double[partyOrder.size()];
    double pc = 0;
    for (int i = 0; i < partyCumulative.length; i++) {
      pc += 1.0 / Math.pow(i + 1, 1.1);
      partyCumulative[i] = pc;
    }
    for (int i = 0; i < partyCumulative.length; i++) {
      partyCumulative[i] /= pc;
    }
    this.starters = safe(STARTERS);
    this.captionScenes = safe(CAPTION_SCENES);
    this.outlets = safe(OUTLETS);
    this.firstNames = safe(FIRST_NAMES);
    this.lastNames = safe(LAST_NAMES);
    int years = LAST_YEAR - FIRST_YEAR + 1;
    this.yearCumulative = new double[years];
    double c = 0;
    for (int i = 0; i < years; i++) {
      c += 1.0 + 0.12 * i; // more news online every year
      yearCumulative[i] = c;
    }
    for (int i = 0; i < years; i++) {
      yearCumulative[i] /= c;
    }
  }

  /** Keeps the phrases whose capitalised words are no party's words. */
  private String[] safe(String[] phrases) {
    return java.util.Arrays.stream(phrases).filter(this::capitalsSafe).toArray(String[]::new);
  }

  private boolean capitalsSafe(String phrase) {
    for (String w : phrase.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !gazetteer.partyFree(w)) {
        return false;
      }
    }
    return true;
  }

  /** The vocabulary, by rank (for choosing query terms). */
  Vocabulary vocabulary() {
    return vocab;
  }

  /** Parties in the order the generator favours them (rank 0 is the most mentioned). */
  List<String> partyRanking() {
    return partyOrder.stream().map(GazetteerNames.Entry::name).toList();
  }

  public static void main(String[] args) throws IOException {
    long articles = 10_000;
    long seed = 42;
    Path out = null;
    Format format = Format.JSONL;
    int shard = DEFAULT_SHARD_SIZE;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--articles" -> articles = Long.parseLong(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--format" -> format = Format.of(args[++i]);
        case "--shard-size" -> shard = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--help", "-h" -> {
          System.out.println(
              "usage: CorpusGenerator --out DIR [--articles N] [--seed S]"
                  + " [--format jsonl|txt|md|mixed] [--shard-size N] [--threads N]");
          return;
        }
        default -> {
          System.err.println("unknown option " + a + " (try --help)");
          System.exit(2);
        }
      }
    }
    if (out == null) {
      System.err.println("--out DIR is required");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    Summary s = new CorpusGenerator(new Config(articles, seed, format, shard, threads)).write(out);
    System.out.printf(
        Locale.ROOT,
        "wrote %,d articles in %,d files, %,.1f MB (%,.1f MB of title and body, %,.0f bytes an"
            + " article) to %s in %.1f s%n",
        s.articles(),
        s.files(),
        s.bytes() / 1e6,
        s.textBytes() / 1e6,
        (double) s.textBytes() / s.articles(),
        out,
        (System.nanoTime() - t0) / 1e9);
  }

  /** Writes the corpus under {@code out} (created if needed) and its manifest. */
  public Summary write(Path out) throws IOException {
    Files.createDirectories(out);
    long shards = (config.articles() + config.shardSize() - 1) / config.shardSize();
    ExecutorService pool = Executors.newFixedThreadPool(config.threads());
    long[] totals = new long[3];
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (long s = 0; s < shards; s++) {
        long shard = s;
        futures.add(pool.submit(() -> writeShard(out, shard)));
      }
      for (Future<long[]> f : futures) {
        long[] r = f.get();
        for (int i = 0; i < 3; i++) {
          totals[i] += r[i];
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("generation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    String manifest =
        "# newsfacet benchmark corpus: regenerate with the same generator version, seed and size\n"
            + "generator.version="
            + VERSION
            + "\ngazetteer.crc32="
            + GazetteerNames.fingerprint()
            + "\nseed="
            + config.seed()
            + "\narticles="
            + config.articles()
            + "\nformat="
            + config.format().name().toLowerCase(Locale.ROOT)
            + "\nshard.size="
            + config.shardSize()
            + "\nfiles="
            + totals[0]
            + "\nbytes="
            + totals[1]
            + "\ntext.bytes="
            + totals[2]
            + "\n";
    Files.writeString(out.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
    return new Summary(config.articles(), totals[0], totals[1], totals[2]);
  }

  /** Writes one shard; returns {files, bytes, text bytes}. */
  private long[] writeShard(Path out, long shard) throws IOException {
    long from = shard * config.shardSize();
    long to = Math.min(config.articles(), from + config.shardSize());
    long files = 0;
    long bytes = 0;
    long textBytes = 0;
    Path jsonl =
        out.resolve("jsonl").resolve(String.format(Locale.ROOT, "articles-%05d.jsonl", shard));
    StringBuilder lines = new StringBuilder(1 << 20);
    for (long i = from; i < to; i++) {
      GeneratedArticle a = article(i);
      textBytes += utf8Length(a.title()) + utf8Length(a.body());
      Format f = formatOf(i);
      switch (f) {
        case MD -> {
          bytes += writeFile(out, "md", a.id() + ".md", i, markdown(a));
          files++;
        }
        case TXT -> {
          bytes += writeFile(out, "txt", a.id() + ".txt", i, plainText(a));
          files++;
        }
        default -> json(a, lines).append('\n');
      }
    }
    if (lines.length() > 0) {
      Files.createDirectories(jsonl.getParent());
      byte[] b = lines.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(jsonl, b);
      bytes += b.length;
      files++;
    }
    return new long[] {files, bytes, textBytes};
  }

  private Format formatOf(long i) {
    if (config.format() != Format.MIXED) {
      return config.format();
    }
    long h = mix(config.seed() ^ 0x5DEECE66DL, i) & 0xFFFF;
    return h % 10 == 0 ? Format.MD : h % 10 == 1 ? Format.TXT : Format.JSONL;
  }

  private static long writeFile(Path out, String kind, String name, long i, String content)
      throws IOException {
    Path dir = out.resolve(kind).resolve(String.format(Locale.ROOT, "%04d", i / 1000));
    Files.createDirectories(dir);
    byte[] b = content.getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(name), b);
    return b.length;
  }

  /**
   * A generated article, before it is written in a format and as {@link JsonlArticles} reads it
   * back. {@code year} is the date's year when there is a date.
   */
  record GeneratedArticle(
      String id,
      String title,
      String body,
      LocalDate date,
      Integer year,
      String source,
      String url,
      String author,
      List<String> parties) {}

  static long mix(long seed, long i) {
    long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The i-th article: a pure function of the seed and i. */
  GeneratedArticle article(long i) {
    SplittableRandom r = new SplittableRandom(mix(config.seed(), i));
    String id = String.format(Locale.ROOT, "gen-%08d", i + 1);
    int year = FIRST_YEAR + pick(yearCumulative, r.nextDouble());
    LocalDate date =
        LocalDate.of(year, 1, 1).plusDays(r.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    double dated = r.nextDouble();
    String source = outlets[zipf(r, outlets.length, 0.9)];
    String author =
        r.nextDouble() < 0.7
            ? firstNames[r.nextInt(firstNames.length)]
                + " "
                + lastNames[r.nextInt(lastNames.length)]
            : null;
    boolean political = r.nextDouble() < 0.82;
    Article text = new Article(r, political, date);
    // Most articles carry a day, some only a year, a few nothing at all.
    LocalDate d = dated < 0.9 ? date : null;
    Integer y = dated >= 0.9 && dated < 0.95 ? year : null;
    String url =
        "https://news.example/"
            + source.toLowerCase(Locale.ROOT).replace(' ', '-')
            + "/"
            + year
            + "/"
            + id;
    return new GeneratedArticle(
        id, text.title, text.body, d, y, source, url, author, List.copyOf(text.parties));
  }

  private static int pick(double[] cumulative, double u) {
    int i = java.util.Arrays.binarySearch(cumulative, u);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  /** A rank in [0, n) with probability falling as 1/(rank+1)^s. */
  private static int zipf(SplittableRandom r, int n, double s) {
    // Rejection-free inverse on a small table would be faster, but n is small here.
    double total = 0;
    for (int k = 0; k < n; k++) {
      total += 1.0 / Math.pow(k + 1, s);
    }
    double u = r.nextDouble() * total;
    double c = 0;
    for (int k = 0; k < n; k++) {
      c += 1.0 / Math.pow(k + 1, s);
      if (u <= c) {
        return k;
      }
    }
    return n - 1;
  }

  /** Builds the title and body of one article. */
  private final class Article {
    final SplittableRandom r;
    final boolean political;
    final LocalDate date;
    final LinkedHashSet<String> parties = new LinkedHashSet<>();
    final List<GazetteerNames.Entry> cast = new ArrayList<>();
    final List<GazetteerNames.Entry> persons = new ArrayList<>();
    final List<GazetteerNames.Entry> places = new ArrayList<>();
    final String[] topic;
    final StringBuilder sb = new StringBuilder(4096);
    String title;
    String body;

    Article(SplittableRandom r, boolean political, LocalDate date) {
      this.r = r;
      this.political = political;
      this.date = date;
      if (political) {
        int k = 1 + geometric(0.45, 7);
        while (cast.size() < k) {
          GazetteerNames.Entry p = partyOrder.get(pick(partyCumulative, r.nextDouble()));
          if (!cast.contains(p)) {
            cast.add(p);
          }
        }
        int np = geometric(0.5, 5);
        for (int i = 0; i < np; i++) {
          persons.add(gazetteer.persons.get(zipfIndex(gazetteer.persons.size())));
        }
        int nl = 1 + geometric(0.5, 4);
        for (int i = 0; i < nl; i++) {
          places.add(gazetteer.places.get(zipfIndex(gazetteer.places.size())));
        }
      } else {
        int np = geometric(0.6, 3);
        for (int i = 0; i < np && !safePersons.isEmpty(); i++) {
          persons.add(safePersons.get(r.nextInt(safePersons.size())));
        }
        int nl = geometric(0.5, 3);
        for (int i = 0; i < nl && !safePlaces.isEmpty(); i++) {
          places.add(safePlaces.get(r.nextInt(safePlaces.size())));
        }
      }
      // A handful of topic words that this article repeats, as real articles do.
      topic = new String[4 + r.nextInt(12)];
      for (int i = 0; i < topic.length; i++) {
        int rank = 120 + (int) Math.min(vocab.words.length - 121, Math.exp(r.nextDouble() * 9.5));
        topic[i] = vocab.words[rank];
      }
      title = title();
      body = body();
    }

    private int zipfIndex(int n) {
      // Cheap approximate Zipf over a long list: log-uniform rank.
      return (int) Math.min(n - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(n + 1.0)) - 1));
    }

    private int geometric(double p, int max) {
      int k = 0;
      while (k < max && r.nextDouble() > p) {
        k++;
      }
      return k;
    }

    private String title() {
      sb.setLength(0);
      int n = 5 + r.nextInt(8);
      int entityAt = political ? r.nextInt(n) : -1;
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        if (i == entityAt) {
          sb.append(partyMention(cast.get(0), false));
        } else {
          String w = contentWord();
          sb.append(i == 0 ? capitalise(w) : w);
        }
      }
      return sb.toString();
    }

    private String contentWord() {
      if (r.nextDouble() < 0.3) {
        return topic[r.nextInt(topic.length)];
      }
      for (int tries = 0; ; tries++) {
        int rank = vocab.sampleRank(r);
        if (tries > 5 || rank > 60 || r.nextDouble() < 0.1) {
          return vocab.words[rank];
        }
      }
    }

    private String capitalise(String w) {
      if (gazetteer.partyWords.contains(w)) {
        return starters[r.nextInt(starters.length)] + " " + w;
      }
      return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private String body() {
      sb.setLength(0);
      // Log-normal length in words: median about 255, long right tail.
      double z = r.nextGaussian();
      int target = (int) Math.max(40, Math.min(9000, Math.round(255 * Math.exp(0.62 * z))));
      int words = 0;
      boolean caption = r.nextDouble() < 0.3;
      int paragraph = 0;
      // Dateline lede.
      if (!places.isEmpty() && r.nextDouble() < 0.6) {
        sb.append(places.get(0).name().toUpperCase(Locale.ROOT))
            .append(", ")
            .append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .append(" \u2014 ");
      }
      while (words < target) {
        int sentences = 1 + r.nextInt(4);
        for (int s = 0; s < sentences && words < target; s++) {
          if (s > 0) {
            sb.append(' ');
          }
          words += sentence(paragraph == 0 && s == 0);
        }
        sb.append("\n\n");
        paragraph++;
        if (caption && paragraph == 1) {
          caption();
        }
      }
      sb.setLength(sb.length() - 2);
      return sb.toString();
    }

    private void caption() {
      sb.append(captionScenes[r.nextInt(captionScenes.length)]);
      if (!places.isEmpty()) {
        sb.append(" in ").append(places.get(r.nextInt(places.size())).name());
      }
      DayOfWeek day = date.getDayOfWeek();
      sb.append(" on ")
          .append(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .append(". Photo: ")
          .append(firstNames[r.nextInt(firstNames.length)])
          .append(' ')
          .append(lastNames[r.nextInt(lastNames.length)])
          .append(" / ")
          .append(outlets[r.nextInt(outlets.length)])
          .append("\n\n");
    }

    /** Appends one sentence; returns its word count. */
    private int sentence(boolean lede) {
      double kind = r.nextDouble();
      if (!lede && kind < 0.12 && !persons.isEmpty()) {
        return quote();
      }
      int n = 6 + r.nextInt(24);
      int words = 0;
      int entityAt = lede || r.nextDouble() < (political ? 0.45 : 0.15) ? r.nextInt(n) : -1;
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(i % 9 == 8 && r.nextDouble() < 0.4 ? ", " : " ");
        }
        double u = r.nextDouble();
        if (i == entityAt) {
          words += entity(i == 0);
        } else if (u < 0.035) {
          String[] c = vocab.collocations[r.nextInt(vocab.collocations.length)];
          for (int k = 0; k < c.length; k++) {
            sb.append(k == 0 ? "" : " ").append(i == 0 && k == 0 ? capitalise(c[k]) : c[k]);
          }
          words += c.length;
        } else if (u < 0.045) {
          String c = vocab.compounds[r.nextInt(vocab.compounds.length)];
          sb.append(i == 0 ? capitalise(c) : c);
          words++;
        } else if (u < 0.06 && i > 0) {
          sb.append(r.nextBoolean() ? "in " : "since ")
              .append(1945 + r.nextInt(date.getYear() - 1944));
          words += 2;
        } else if (u < 0.07 && i > 0) {
          number();
          words += 2;
        } else {
          String w = r.nextDouble() < 0.1 ? topic[r.nextInt(topic.length)] : vocab.sample(r);
          sb.append(i == 0 ? capitalise(w) : w);
          words++;
        }
      }
      sb.append(r.nextDouble() < 0.05 ? "?" : ".");
      return words;
    }

    private void number() {
      switch (r.nextInt(4)) {
        case 0 ->
            sb.append("about ").append(String.format(Locale.ROOT, "%,d", 100 + r.nextInt(20_000)));
        case 1 -> sb.append(r.nextInt(100)).append('.').append(r.nextInt(10)).append(" percent");
        case 2 -> sb.append(2 + r.nextInt(30)).append(" people");
        default -> sb.append("$").append(1 + r.nextInt(900)).append(" million");
      }
    }

    private int quote() {
      boolean curly = r.nextBoolean();
      sb.append(curly ? '\u201C' : '"');
      int n = 6 + r.nextInt(16);
      for (int i = 0; i < n; i++) {
        String w = vocab.sample(r);
        sb.append(i == 0 ? "" : " ").append(i == 0 ? capitalise(w) : w);
      }
      sb.append(curly ? ",\u201D " : ",\" ");
      GazetteerNames.Entry p = persons.get(r.nextInt(persons.size()));
      String speech = SPEECH[r.nextInt(SPEECH.length)];
      if (political && r.nextBoolean()) {
        sb.append(speech).append(' ').append(p.name());
        if (r.nextBoolean() && !cast.isEmpty()) {
          sb.append(", the ")
              .append(ROLES[r.nextInt(ROLES.length)].toLowerCase(Locale.ROOT))
              .append(" of ")
              .append(partyMention(cast.get(r.nextInt(cast.size())), false));
        }
      } else {
        sb.append(p.name()).append(' ').append(speech);
      }
      sb.append('.');
      return n + 4;
    }

    /** Appends an entity mention; returns its word count (roughly). */
    private int entity(boolean first) {
      double u = r.nextDouble();
      if (political && u < 0.6) {
        GazetteerNames.Entry p =
            r.nextDouble() < 0.5 ? cast.get(0) : cast.get(r.nextInt(cast.size()));
        sb.append(partyMention(p, r.nextDouble() < 0.08));
        return 1;
      }
      if (!persons.isEmpty() && u < 0.85) {
        GazetteerNames.Entry p = persons.get(r.nextInt(persons.size()));
        if (political && r.nextBoolean()) {
          String role = ROLES[r.nextInt(ROLES.length)];
          sb.append(first ? Character.toUpperCase(role.charAt(0)) + role.substring(1) : role);
          sb.append(' ');
        }
        if (afterOffice(sb)) {
          // "President Nikol Pashinyan": the extractor lists the state he leads, so the metadata
          // does too
          parties.addAll(gazetteer.actsFor(p));
        }
        sb.append(p.name());
        return 2;
      }
      if (!places.isEmpty()) {
        GazetteerNames.Entry pl = places.get(r.nextInt(places.size()));
        sb.append(first ? "In " : "in ");
        if (r.nextDouble() < 0.2) {
          sb.append("the village of ");
        }
        sb.append(pl.name());
        return 2;
      }
      String w = vocab.sample(r);
      sb.append(first ? capitalise(w) : w);
      return 1;
    }

    /**
     * Whether the text so far ends in the title of a head of state or government before a space
     * ("President ", "prime minister "), with no "former", "late" or "ex" in the three words before
     * it in its sentence: where the extractor makes a known person name their state.
     */
    private boolean afterOffice(StringBuilder sb) {
      int from = Math.max(0, sb.length() - 80);
      String tail = sb.substring(from);
      int stop =
          Math.max(
              tail.lastIndexOf(". "), Math.max(tail.lastIndexOf("? "), tail.lastIndexOf("\n")));
      if (stop >= 0) {
        tail = tail.substring(stop + 1);
      }
      List<String> w = GazetteerNames.words(tail);
      // "President Name", not '... the president," Name said'
      if (w.isEmpty()
          || tail.length() < 2
          || !tail.endsWith(" ")
          || !Character.isLetter(tail.charAt(tail.length() - 2))) {
        return false;
      }
      int title = w.size() - 1;
      String last = w.get(title);
      boolean office =
          Extractor.OFFICES.contains(last)
              || (last.equals("minister") && title > 0 && w.get(title - 1).equals("prime"));
      if (!office) {
        return false;
      }
      for (int k = title; k >= Math.max(0, title - 3); k--) {
        String x = w.get(k);
        if (x.equals("former") || x.equals("late") || x.equals("ex")) {
          return false;
        }
      }
      return true;
    }

    /** A party by its name or one of its aliases; records it as mentioned. */
    private String partyMention(GazetteerNames.Entry p, boolean possessive) {
      parties.add(p.name());
      String s = p.name();
      if (!p.aliases().isEmpty() && r.nextDouble() < 0.25) {
        s = p.aliases().get(r.nextInt(p.aliases().size()));
      }
      // A possessive is tokenised differently by each engine ("rights’s" is one word to
      // StandardAnalyzer, two to FTS5): only on a one-word name that is no vocabulary word.
      boolean plain = s.chars().allMatch(Character::isLetter);
      return possessive && plain && !vocabWords.contains(s.toLowerCase(Locale.ROOT))
          ? s + "\u2019s"
          : s;
    }
  }

  // Output formats.

  static StringBuilder json(GeneratedArticle a, StringBuilder out) {
    out.append("{\"id\":");
    str(a.id(), out);
    out.append(",\"title\":");
    str(a.title(), out);
    if (a.date() != null) {
      out.append(",\"date\":\"").append(a.date()).append('"');
    } else if (a.year() != null) {
      out.append(",\"year\":").append(a.year());
    }
    out.append(",\"source\":");
    str(a.source(), out);
    out.append(",\"url\":");
    str(a.url(), out);
    if (a.author() != null) {
      out.append(",\"author\":");
      str(a.author(), out);
    }
    if (!a.parties().isEmpty()) {
      out.append(",\"party\":[");
      for (int i = 0; i < a.parties().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        str(a.parties().get(i), out);
      }
      out.append(']');
    }
    out.append(",\"text\":");
    str(a.body(), out);
    return out.append('}');
  }

  private static void str(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static String markdown(GeneratedArticle a) {
    StringBuilder sb = new StringBuilder(a.body().length() + 512);
    sb.append("---\n");
    sb.append("id: ").append(yaml(a.id())).append('\n');
    sb.append("title: ").append(yaml(a.title())).append('\n');
    if (a.date() != null) {
      sb.append("date: ").append(a.date()).append('\n');
    } else if (a.year() != null) {
      sb.append("year: ").append(a.year()).append('\n');
    }
    sb.append("source: ").append(yaml(a.source())).append('\n');
    sb.append("url: ").append(yaml(a.url())).append('\n');
    if (a.author() != null) {
      sb.append("author: ").append(yaml(a.author())).append('\n');
    }
    if (!a.parties().isEmpty()) {
      sb.append("party:\n");
      for (String p : a.parties()) {
        sb.append("  - ").append(yaml(p)).append('\n');
      }
    }
    sb.append("---\n\n").append(a.body()).append('\n');
    return sb.toString();
  }

  private static String yaml(String s) {
    StringBuilder sb = new StringBuilder();
    str(s, sb);
    return sb.toString();
  }

  static String plainText(GeneratedArticle a) {
    StringBuilder sb = new StringBuilder(a.body().length() + 256);
    sb.append(a.title()).append("\n\n");
    if (a.date() != null) {
      sb.append("Published ")
          .append(a.date().getDayOfMonth())
          .append(' ')
          .append(a.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .append(' ')
          .append(a.date().getYear())
          .append("\n\n");
    }
    sb.append(a.body()).append("\n\n/ Source: ").append(a.source()).append('\n');
    return sb.toString();
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
