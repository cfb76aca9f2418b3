package dev.newsfacet.bench;

import static dev.newsfacet.bench.BenchQuery.and;
import static dev.newsfacet.bench.BenchQuery.or;
import static dev.newsfacet.bench.BenchQuery.phrase;
import static dev.newsfacet.bench.BenchQuery.q;
import static dev.newsfacet.bench.BenchQuery.t;

import java.time.LocalDate;
import java.util.List;

/**
 * The fixed query mix. Terms are plain lower-case words of the generator's vocabulary, which all
 * three analyzers (newsfacet's word-delimiter chain, StandardAnalyzer, FTS5 unicode61) split and
 * fold alike, so hit counts must agree exactly. Frequencies (share of articles, at any corpus
 * size): high 30-45%, medium 2-5%, low 0.05-0.1%.
 */
final class QueryMix {
  private QueryMix() {}

  static final String HIGH = "security";
  static final String HIGH2 = "humanitarian";
  static final String MID = "diplomats";
  static final String MID2 = "amnesty";
  // Rare made-up words of the vocabulary's long tail (rare names and jargon in real news).
  static final String LOW = "bafeva";
  static final String LOW2 = "bemode";

  static List<BenchQuery> queries() {
    LocalDate from = LocalDate.of(2015, 1, 1);
    LocalDate to = LocalDate.of(2020, 12, 31);
    return List.of(
        q("high", "term-high").text(t(HIGH)).build(),
        q("high+f", "term-high").text(t(HIGH)).facets().build(),
        q("high2+f", "term-high").text(t(HIGH2)).facets().build(),
        q("mid", "term-mid").text(t(MID)).build(),
        q("mid+f", "term-mid").text(t(MID)).facets().build(),
        q("mid2+f", "term-mid").text(t(MID2)).facets().build(),
        q("low", "term-low").text(t(LOW)).build(),
        q("low+f", "term-low").text(t(LOW)).facets().build(),
        q("low2+f", "term-low").text(t(LOW2)).facets().build(),
        q("phrase", "phrase").text(phrase("peace", "talks")).build(),
        q("phrase+f", "phrase").text(phrase("human", "rights")).facets().build(),
        q("phrase3+f", "phrase").text(phrase("the", "death", "toll")).facets().build(),
        q("and", "and-or").text(and(t(HIGH), t(MID))).build(),
        q("and+f", "and-or").text(and(t("talks"), t("border"))).facets().build(),
        q("or", "and-or").text(or(t(MID), t(MID2))).build(),
        q("or+f", "and-or").text(or(t(LOW), t(LOW2), t(MID))).facets().build(),
        q("andor+f", "and-or").text(and(t(HIGH2), or(t("drought"), t("flood")))).facets().build(),
        q("party", "fielded").party("Russia").build(),
        q("party+f", "fielded").party("Ukraine").facets().build(),
        q("term+party+f", "fielded").text(t(MID)).party("United States").facets().build(),
        q("rare-party+f", "fielded").party("Botswana").facets().build(),
        q("filter-party+f", "filter").text(t(HIGH)).filter("party", "Armenia").facets().build(),
        q("filter-2party+f", "filter")
            .text(t(MID))
            .filter("party", "Azerbaijan", "Turkey")
            .facets()
            .build(),
        q("filter-year", "filter").text(t(HIGH2)).filter("year", "2016").build(),
        q("filter-party-year+f", "filter")
            .text(t(HIGH2))
            .filter("party", "China")
            .filter("year", "2020")
            .facets()
            .build(),
        q("dates+f", "filter").text(t(HIGH)).dates(from, to).facets().build(),
        q("browse+f", "browse").facets().build(),
        q("browse-party+f", "browse").filter("party", "Russia").facets().build(),
        q("browse-dates+f", "browse").dates(from, to).facets().build(),
        q("browse-newest+f", "browse").newest().facets().build(),
        q("high-newest", "sort").text(t(HIGH)).newest().build(),
        q("deep-high", "deep").text(t(HIGH)).page(1000, 10).build(),
        q("deep-mid+f", "deep").text(t(MID)).page(200, 10).facets().build(),
        q("deep-browse", "deep").page(5000, 10).build());
  }

  /** The query that browses all articles by party and year. */
  static final String BROWSE = "browse+f";
}
