package dev.newsfacet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.FileProblem;
import dev.newsfacet.Hit;
import dev.newsfacet.IndexStats;
import dev.newsfacet.IngestReport;
import dev.newsfacet.Mention;
import dev.newsfacet.Pivot;
import dev.newsfacet.SearchResult;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documented {@code --json} shapes (see the README); field order is part of the contract. */
final class JsonViews {
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private JsonViews() {}

  static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String compact(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param snippets whether the request asked for snippets; without them hits have no {@code
   *     snippet} key, so an empty snippet still means "the search found no passage"
   */
  static Map<String, Object> search(SearchResult r, boolean snippets) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    r.stories().ifPresent(s -> m.put("stories", s));
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      hits.add(hit(h, snippets));
    }
    m.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    r.facets().forEach((d, f) -> facets.put(d.fieldName(), values(f)));
    m.put("facets", facets);
    r.timeline().ifPresent(t -> m.put("timeline", Map.of(t.dimension().fieldName(), values(t))));
    r.pivot().ifPresent(p -> m.put("pivot", pivot(p)));
    return m;
  }

  static Map<String, Object> hit(Hit h, boolean snippets) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("title", h.title());
    m.put("date", iso(h.date()));
    m.put("source", h.source());
    m.put("url", h.url());
    m.put("score", h.score());
    if (snippets) {
      m.put("snippet", h.snippet());
    }
    m.put("party", h.parties());
    m.put("person", h.persons());
    m.put("place", h.places());
    m.put("year", h.year());
    m.put("mentioned_year", h.mentionedYears());
    m.put("story_id", h.storyId());
    m.put("copies", h.copies());
    return m;
  }

  static Map<String, Object> article(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("date", iso(a.date()));
    m.put("source", a.source());
    m.put("url", a.url());
    m.put("author", a.author());
    m.put("party", a.parties());
    m.put("person", a.persons());
    m.put("place", a.places());
    m.put("year", a.year());
    m.put("date_precision", lower(a.datePrecision()));
    m.put("date_source", lower(a.dateSource()));
    m.put("dateline", a.dateline());
    m.put("mentioned_year", a.mentionedYears());
    m.put("mentioned_decade", a.mentionedDecades());
    m.put("story_id", a.storyId());
    m.put("captions", a.captions());
    List<Object> mentions = new ArrayList<>();
    for (Mention mention : a.mentions()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("dimension", mention.dimension().fieldName());
      mm.put("value", mention.value());
      mm.put("where", lower(mention.where()));
      mm.put("count", mention.count());
      mentions.add(mm);
    }
    m.put("mentions", mentions);
    m.put("body", a.body());
    return m;
  }

  static List<Object> values(Facet f) {
    List<Object> out = new ArrayList<>();
    for (FacetValue v : f.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", v.value());
      m.put("count", v.count());
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> pivot(Pivot p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", p.rowDimension().fieldName());
    m.put("columns", p.columnDimension().fieldName());
    m.put("column_values", p.columns());
    List<Object> rows = new ArrayList<>();
    for (Pivot.Row row : p.rows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("value", row.value());
      r.put("total", row.total());
      r.put("counts", row.counts());
      rows.add(r);
    }
    m.put("matrix", rows);
    return m;
  }

  static Map<String, Object> stats(IndexStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", s.articles());
    m.put("undated", s.undated());
    m.put("earliest", s.earliest().map(LocalDate::toString).orElse(null));
    m.put("latest", s.latest().map(LocalDate::toString).orElse(null));
    Map<String, Object> dims = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      dims.put(d.fieldName(), s.cardinalities().getOrDefault(d, 0));
    }
    m.put("dimensions", dims);
    return m;
  }

  static Map<String, Object> report(IngestReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", r.files());
    m.put("added", r.added());
    m.put("updated", r.updated());
    m.put("unchanged", r.unchanged());
    m.put("skipped", r.skipped());
    m.put("failed", r.failed());
    m.put("failed_records", r.failedRecords());
    m.put("articles", r.articles());
    m.put("bytes", r.bytes());
    List<Object> problems = new ArrayList<>();
    for (FileProblem p : r.problems()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("file", p.file());
      pm.put("outcome", p.outcome().name().toLowerCase(java.util.Locale.ROOT));
      pm.put("reason", p.reason());
      problems.add(pm);
    }
    m.put("problems", problems);
    List<Object> duplicates = new ArrayList<>();
    for (dev.newsfacet.Duplicate d : r.duplicates()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("file", d.file());
      dm.put("id", d.id());
      dm.put("duplicate_of", d.duplicateOf());
      dm.put("story_id", d.storyId());
      dm.put("exact", d.exact());
      duplicates.add(dm);
    }
    m.put("duplicates", duplicates);
    return m;
  }

  private static String lower(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
