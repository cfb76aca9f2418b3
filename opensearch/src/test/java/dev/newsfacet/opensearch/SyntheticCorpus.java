package dev.newsfacet.opensearch;

import dev.newsfacet.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded corpus of short, freshly written wire stories about talks and truces between states and
 * organisations, for comparing engines on more articles than the test corpus holds. Entities are
 * left to newsfacet's extraction; some articles carry only a year, some none, some are copies.
 */
final class SyntheticCorpus {
  private static final String[] PARTIES = {
    "Armenia",
    "Azerbaijan",
    "Russia",
    "Turkey",
    "Georgia",
    "Ukraine",
    "France",
    "Germany",
    "Iran",
    "Egypt",
    "Sudan",
    "Colombia",
    "Yemen",
    "Syria",
    "Lebanon",
    "Qatar",
    "the United Nations",
    "the European Union",
    "NATO",
    "the United States"
  };
  private static final String[] CITIES = {
    "Geneva", "Vienna", "Moscow", "Doha", "Cairo", "Istanbul", "Minsk", "Paris", "Baku", "Yerevan"
  };
  private static final String[] TOPICS = {
    "ceasefire",
    "cease-fire",
    "truce",
    "peace talks",
    "prisoner exchange",
    "humanitarian corridor",
    "border commission",
    "grain deal",
    "monitoring mission",
    "de-escalation plan"
  };
  private static final String[] VERBS = {
    "signed", "rejected", "welcomed", "proposed", "extended", "violated", "suspended", "endorsed"
  };
  private static final String[] OPENERS = {
    "Negotiators met again on Tuesday",
    "Diplomats said late on Friday",
    "Officials confirmed over the weekend",
    "Envoys gathered behind closed doors",
    "Mediators worked through the night"
  };

  private SyntheticCorpus() {}

  static List<Article> generate(int n, long seed) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String a = pick(r, PARTIES);
      String b = pick(r, PARTIES);
      while (b.equals(a)) {
        b = pick(r, PARTIES);
      }
      String topic = pick(r, TOPICS);
      String city = pick(r, CITIES);
      String verb = pick(r, VERBS);
      int year = 1991 + r.nextInt(34);
      int recalled = 1988 + r.nextInt(30);
      String title = cap(a) + " and " + b + " " + verb + " " + topic + " in " + city;
      StringBuilder body = new StringBuilder();
      body.append(pick(r, OPENERS))
          .append(" in ")
          .append(city)
          .append(" as ")
          .append(a)
          .append(" and ")
          .append(b)
          .append(' ')
          .append(verb)
          .append(" a ")
          .append(topic)
          .append(". ");
      body.append("The text builds on an understanding reached in ")
          .append(recalled)
          .append(", delegates said. ");
      if (r.nextInt(3) == 0) {
        String c = pick(r, PARTIES);
        body.append(cap(c)).append(" offered to host the next round of talks. ");
      }
      if (r.nextInt(4) == 0) {
        body.append("Observers from ")
            .append(pick(r, PARTIES))
            .append(" called the ")
            .append(pick(r, TOPICS))
            .append(" fragile but holding. ");
      }
      body.append("Round ").append(1 + r.nextInt(12)).append(" is expected within weeks.");
      Article.Builder art =
          Article.builder(String.format(Locale.ROOT, "gen-%05d", i))
              .title(title)
              .body(body.toString())
              .source(r.nextBoolean() ? "Northwind Wire" : "Harbour Daily");
      int dated = r.nextInt(20);
      if (dated == 0) {
        // Undated: stays searchable, never gets a year.
      } else if (dated == 1) {
        art.year(year);
      } else {
        art.date(LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
      }
      out.add(art.build());
    }
    return out;
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
