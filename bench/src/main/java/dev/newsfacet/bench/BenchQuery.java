package dev.newsfacet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One query of the mix, in a form every engine renders in its own syntax: a full-text expression
 * over title and body (or none: all articles), an optional fielded party clause, filters with
 * multi-select facet counts, a publication date range, party and year facets, sort and paging.
 *
 * @param name short unique name, shown in tables and the chart
 * @param category what kind of query it is (term-high, phrase, browse, ...)
 * @param text the full-text part, or {@code null} for all articles
 * @param party a fielded {@code party:VALUE} clause AND-ed to the text, or {@code null}
 * @param filters dimension ({@code party} or {@code year}) to values: values of one dimension
 *     OR-ed, dimensions AND-ed; counts of a filtered dimension ignore its own filter
 * @param from inclusive lower publication date, or {@code null}
 * @param to inclusive upper publication date, or {@code null}
 * @param facets whether to count the party and year facets
 * @param newest sort by publication date, newest first (otherwise by relevance)
 * @param offset hits to skip
 * @param limit hits to return
 */
public record BenchQuery(
    String name,
    String category,
    Text text,
    String party,
    Map<String, List<String>> filters,
    LocalDate from,
    LocalDate to,
    boolean facets,
    boolean newest,
    int offset,
    int limit) {

  public BenchQuery {
    filters = filters == null ? Map.of() : new LinkedHashMap<>(filters);
  }

  /** A full-text expression. */
  public sealed interface Text permits Term, Phrase, And, Or {
    /** Lucene classic query syntax. */
    String lucene();

    /** SQLite FTS5 query syntax. */
    String fts5();
  }

  /** A single word. */
  public record Term(String word) implements Text {
    @Override
    public String lucene() {
      return word;
    }

    @Override
    public String fts5() {
      return word;
    }
  }

  /** Words in this order, adjacent, within one field. */
  public record Phrase(List<String> words) implements Text {
    @Override
    public String lucene() {
      return "\"" + String.join(" ", words) + "\"";
    }

    @Override
    public String fts5() {
      return "\"" + String.join(" ", words) + "\"";
    }
  }

  /** All of the parts. */
  public record And(List<Text> parts) implements Text {
    @Override
    public String lucene() {
      return "(" + parts.stream().map(Text::lucene).collect(Collectors.joining(" AND ")) + ")";
    }

    @Override
    public String fts5() {
      return "(" + parts.stream().map(Text::fts5).collect(Collectors.joining(" AND ")) + ")";
    }
  }

  /** Any of the parts. */
  public record Or(List<Text> parts) implements Text {
    @Override
    public String lucene() {
      return "(" + parts.stream().map(Text::lucene).collect(Collectors.joining(" OR ")) + ")";
    }

    @Override
    public String fts5() {
      return "(" + parts.stream().map(Text::fts5).collect(Collectors.joining(" OR ")) + ")";
    }
  }

  /** The query string in Lucene syntax, fielded party clause included; empty for all articles. */
  public String luceneQuery() {
    List<String> parts = new ArrayList<>();
    if (text != null) {
      parts.add(text.lucene());
    }
    if (party != null) {
      parts.add("party:\"" + party + "\"");
    }
    return String.join(" AND ", parts);
  }

  /** A one-line description for tables. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    String q = luceneQuery();
    sb.append(q.isEmpty() ? "*" : q);
    filters.forEach((k, v) -> sb.append(" | ").append(k).append('=').append(String.join("|", v)));
    if (from != null || to != null) {
      sb.append(" | date ")
          .append(from == null ? "*" : from)
          .append("..")
          .append(to == null ? "*" : to);
    }
    if (facets) {
      sb.append(" | facets party,year");
    }
    if (newest) {
      sb.append(" | newest");
    }
    if (offset > 0) {
      sb.append(" | offset ").append(offset);
    }
    sb.append(" | top ").append(limit);
    return sb.toString();
  }

  /** Builds queries tersely. */
  static final class Builder {
    private final String name;
    private final String category;
    private Text text;
    private String party;
    private final Map<String, List<String>> filters = new LinkedHashMap<>();
    private LocalDate from;
    private LocalDate to;
    private boolean facets;
    private boolean newest;
    private int offset;
    private int limit = 10;

    Builder(String name, String category) {
      this.name = name;
      this.category = category;
    }

    Builder text(Text t) {
      this.text = t;
      return this;
    }

    Builder party(String p) {
      this.party = p;
      return this;
    }

    Builder filter(String dim, String... values) {
      filters.put(dim, List.of(values));
      return this;
    }

    Builder dates(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    Builder facets() {
      this.facets = true;
      return this;
    }

    Builder newest() {
      this.newest = true;
      return this;
    }

    Builder page(int offset, int limit) {
      this.offset = offset;
      this.limit = limit;
      return this;
    }

    BenchQuery build() {
      return new BenchQuery(
          name, category, text, party, filters, from, to, facets, newest, offset, limit);
    }
  }

  static Builder q(String name, String category) {
    return new Builder(name, category);
  }

  static Term t(String w) {
    return new Term(w);
  }

  static Phrase phrase(String... words) {
    return new Phrase(List.of(words));
  }

  static And and(Text... parts) {
    return new And(List.of(parts));
  }

  static Or or(Text... parts) {
    return new Or(List.of(parts));
  }
}
