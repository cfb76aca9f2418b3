package dev.newsfacet.cli;

import dev.newsfacet.Dimension;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import dev.newsfacet.Hit;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.Pivot;
import dev.newsfacet.SearchRequest;
import dev.newsfacet.SearchResult;
import dev.newsfacet.SortOrder;
import dev.newsfacet.opensearch.OpenSearchSearcher;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfacet search}: a faceted search. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index, with facets by party, person, place and year.",
      "QUERY uses Lucene syntax over title and body: all its words are required; \"quoted phrases\", OR, NOT, wild* and fields such as party:Russia, person:\"Nikol Pashinyan\", year:2016, place:Stepanakert or date:[2020-09-27 TO 2020-11-10] work too. Quote a query with -word ('ceasefire -russia') or put it after --.",
      "No QUERY matches every article; only negations (NOT ceasefire) match every article but those."
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin IndexOption index;
  @Mixin OpenSearchOptions os;

  @Option(
      names = "--stemmed",
      description = "With --opensearch: match English word forms (talks finds talk).")
  boolean stemmed;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Query words (joined with spaces).")
  List<String> query = List.of();

  @Option(
      names = {"-f", "--facet"},
      paramLabel = "DIM",
      description =
          "Count a dimension: party, person, place, year, mentioned_year, source. Repeatable.")
  List<String> facets = new ArrayList<>();

  @Option(
      names = "--facet-limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Values listed per facet (default: ${DEFAULT-VALUE}).")
  int facetLimit;

  @Option(
      names = "--filter",
      paramLabel = "DIM=VALUE",
      description =
          "Keep articles with this value. Values of one dimension are OR-ed, dimensions AND-ed. Repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after (YYYY-MM-DD, YYYY-MM or YYYY).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Published on or before (YYYY-MM-DD, YYYY-MM or YYYY).")
  String to;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  SortOrder sort;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Hits to skip, for paging.")
  int offset;

  @Option(
      names = "--pivot",
      paramLabel = "DIM,DIM",
      description = "Cross-tabulate two dimensions, e.g. party,year.")
  String pivot;

  @Option(
      names = "--timeline",
      description = "Show articles per publication year, every year in the span.")
  boolean timeline;

  @Option(
      names = "--collapse",
      description = "One hit per story (syndicated copies grouped), with its number of copies.")
  boolean collapse;

  @Option(
      names = "--count",
      paramLabel = "WHAT",
      defaultValue = "articles",
      description =
          "What facets and the timeline count: articles or stories (default: ${DEFAULT-VALUE}).")
  String count;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Give up on a search after this long (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--no-snippets",
      description = "List hits without highlighted snippets (faster: bodies are not read).")
  boolean noSnippets;

  @Option(names = "--json", description = "Print JSON (schema in the README).")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = request();
    SearchResult result;
    long nanos = (long) (timeoutSeconds * 1e9);
    if (!(timeoutSeconds > 0) || nanos <= 0) {
      throw new Errors.UsageException(
          "--timeout must be more than 0 seconds, got " + timeoutSeconds);
    }
    IndexOptions options =
        IndexOptions.builder().searchTimeout(java.time.Duration.ofNanos(nanos)).build();
    if (os.enabled()) {
      try {
        result = new OpenSearchSearcher(os.config(), stemmed).search(request);
      } catch (IllegalArgumentException e) {
        throw new Errors.UsageException(e.getMessage());
      }
    } else if (stemmed) {
      throw new Errors.UsageException("--stemmed needs --opensearch URL");
    } else {
      try (NewsIndex idx = NewsIndex.openReadOnly(index.existing(), options)) {
        result = idx.search(request);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonViews.pretty(JsonViews.search(result, request.snippets())));
    } else {
      new SearchPrinter(out, Style.detect()).print(request, result);
    }
    out.flush();
    return 0;
  }

  SearchRequest request() {
    SearchRequest.Builder b = SearchRequest.query(String.join(" ", query));
    try {
      for (String f : facets) {
        for (String d : f.split(",", -1)) {
          if (!d.isBlank()) {
            b.facet(Dimension.of(d));
          }
        }
      }
      b.facetLimit(facetLimit).sort(sort).limit(limit).offset(offset).collapse(collapse);
      b.snippets(!noSnippets);
      switch (count.toLowerCase(Locale.ROOT)) {
        case "articles" -> b.countStories(false);
        case "stories" -> b.countStories(true);
        default ->
            throw new Errors.UsageException(
                "--count takes articles or stories; got '" + count + "'");
      }
      for (String f : filters) {
        int eq = f.indexOf('=');
        if (eq <= 0 || eq == f.length() - 1) {
          throw new Errors.UsageException(
              "--filter takes DIM=VALUE, e.g. party=Armenia; got '" + f + "'");
        }
        b.filter(Dimension.of(f.substring(0, eq)), f.substring(eq + 1));
      }
      if (from != null) {
        b.from(date(from, "--from", true));
      }
      if (to != null) {
        b.to(date(to, "--to", false));
      }
      if (timeline) {
        b.timeline(Dimension.YEAR);
      }
      if (pivot != null) {
        String[] dims = pivot.split(",", -1);
        if (dims.length != 2) {
          throw new Errors.UsageException(
              "--pivot takes two dimensions, e.g. party,year; got '" + pivot + "'");
        }
        b.pivot(Dimension.of(dims[0]), Dimension.of(dims[1]));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new Errors.UsageException(e.getMessage());
    }
  }

  private static LocalDate date(String s, String option, boolean start) {
    try {
      String v = s.strip();
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        java.time.YearMonth ym = java.time.YearMonth.parse(v);
        return start ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new Errors.UsageException(
          option + " takes YYYY-MM-DD, YYYY-MM or YYYY; got '" + s + "'");
    }
  }

  /** The human-readable view of a result. */
  static final class SearchPrinter {
    private static final int SNIPPET_WIDTH = 240;
    private final PrintWriter out;
    private final Style style;

    SearchPrinter(PrintWriter out, Style style) {
      this.out = out;
      this.style = style;
    }

    void print(SearchRequest request, SearchResult r) {
      String stories =
          r.stories().isPresent()
              ? " in "
                  + r.stories().getAsLong()
                  + " stor"
                  + (r.stories().getAsLong() == 1 ? "y" : "ies")
              : "";
      List<String> limits = new ArrayList<>();
      request
          .filters()
          .forEach((d, values) -> limits.add(d.fieldName() + "=" + String.join(" or ", values)));
      request.from().ifPresent(d -> limits.add("from " + d));
      request.to().ifPresent(d -> limits.add("to " + d));
      String verb = r.total() == 1 ? " matches " : " match ";
      String what;
      if (!request.query().isEmpty()) {
        what = verb + "\"" + request.query() + "\"";
      } else {
        what = limits.isEmpty() ? "" : verb + "the filters";
      }
      out.println(
          style.bold(r.total() + " article" + (r.total() == 1 ? "" : "s"))
              + stories
              + what
              + (limits.isEmpty() ? "" : "  " + style.dim(String.join(", ", limits))));
      if (r.hits().isEmpty() && request.offset() > 0 && r.total() > 0) {
        out.println();
        out.println(
            style.dim(
                "  no hits from --offset "
                    + request.offset()
                    + ": there are "
                    + r.total()
                    + " (the first is at offset 0)"));
      }
      int n = request.offset();
      for (Hit h : r.hits()) {
        n++;
        out.println();
        String title = h.title() == null ? "(untitled)" : h.title();
        out.println(String.format(Locale.ROOT, "%3d. ", n) + style.bold(title));
        List<String> meta = new ArrayList<>();
        meta.add(
            h.date() != null
                ? h.date().toString()
                : h.year() != null ? h.year().toString() : "undated");
        if (h.source() != null) {
          meta.add(h.source());
        }
        meta.add(String.format(Locale.ROOT, "score %.2f", h.score()));
        meta.add(h.id());
        if (h.copies() > 1) {
          meta.add(h.copies() + " copies");
        }
        out.println("     " + style.dim(String.join(" · ", meta)));
        if (!h.snippet().isEmpty()) {
          out.println("     " + style.highlight(shorten(h.snippet())));
        }
      }
      for (Facet f : r.facets().values()) {
        printFacet(
            f,
            f.dimension().fieldName()
                + "  "
                + style.dim(
                    "("
                        + f.distinctValues()
                        + " value"
                        + (f.distinctValues() == 1 ? "" : "s")
                        + ")"));
      }
      r.timeline()
          .ifPresent(t -> {
            printFacet(t, "timeline by " + t.dimension().fieldName());
            // A year is one value an article has or lacks: what the bars leave out is undated.
            long counted = t.values().stream().mapToLong(FacetValue::count).sum();
            long all = r.stories().orElse(r.total());
            if (t.dimension() == Dimension.YEAR && counted < all) {
              out.println(
                  style.dim(
                      "  ("
                          + (all - counted)
                          + (r.stories().isPresent() ? " stor" : " article")
                          + (all - counted == 1
                              ? (r.stories().isPresent() ? "y" : "")
                              : (r.stories().isPresent() ? "ies" : "s"))
                          + " without a year, not on the timeline)"));
            }
          });
      r.pivot().ifPresent(this::printPivot);
    }

    private void printFacet(Facet f, String heading) {
      out.println();
      out.println(style.accent(heading));
      if (f.values().isEmpty()) {
        out.println("  (none)");
        return;
      }
      int width = 4;
      int max = 0;
      for (FacetValue v : f.values()) {
        width = Math.max(width, v.value().length());
        max = Math.max(max, v.count());
      }
      width = Math.min(width, 40);
      for (FacetValue v : f.values()) {
        out.printf(
            Locale.ROOT,
            "  %-" + width + "s %6d  %s%n",
            clip(v.value(), width),
            v.count(),
            Bars.bar(v.count(), max, 30));
      }
    }

    private void printPivot(Pivot p) {
      out.println();
      out.println(
          style.accent(p.rowDimension().fieldName() + " × " + p.columnDimension().fieldName()));
      if (p.rows().isEmpty()) {
        out.println("  (none)");
        return;
      }
      int rowWidth = 4;
      for (Pivot.Row row : p.rows()) {
        rowWidth = Math.min(30, Math.max(rowWidth, row.value().length()));
      }
      int cell = 4;
      for (String c : p.columns()) {
        cell = Math.max(cell, Math.min(c.length(), 12));
      }
      StringBuilder header =
          new StringBuilder(String.format(Locale.ROOT, "  %-" + rowWidth + "s", ""));
      for (String c : p.columns()) {
        header.append(String.format(Locale.ROOT, " %" + cell + "s", clip(c, cell)));
      }
      header.append(String.format(Locale.ROOT, " %6s", "total"));
      out.println(style.dim(header.toString()));
      for (Pivot.Row row : p.rows()) {
        StringBuilder line =
            new StringBuilder(
                String.format(Locale.ROOT, "  %-" + rowWidth + "s", clip(row.value(), rowWidth)));
        for (int count : row.counts()) {
          line.append(
              String.format(
                  Locale.ROOT, " %" + cell + "s", count == 0 ? "·" : Integer.toString(count)));
        }
        line.append(String.format(Locale.ROOT, " %6d", row.total()));
        out.println(line);
      }
    }

    private static String shorten(String s) {
      return s.length() <= SNIPPET_WIDTH
          ? s
          : s.substring(0, SNIPPET_WIDTH).replaceAll("<b>[^<]*$", "").replaceAll("&[a-z]*$", "")
              + " …";
    }

    private static String clip(String s, int width) {
      return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
  }
}
