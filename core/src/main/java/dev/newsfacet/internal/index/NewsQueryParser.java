package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import dev.newsfacet.InvalidQueryException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene query syntax over title (boosted) and body, with exact-value dimension fields and a {@code
 * date} field that takes ISO days, months or years ({@code date:2016}, {@code date:[2020-09-27 TO
 * 2020-11-10]}). Terms are required by default, as in a search box: {@code ceasefire Armenia} finds
 * articles with both; {@code OR} widens.
 *
 * <p>Every failure, whatever the parser or the automaton library throws, becomes an {@link
 * InvalidQueryException} with a one-line message and the position when it is known.
 */
public final class NewsQueryParser extends MultiFieldQueryParser {
  private static final float TITLE_BOOST = 2.0f;
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Set<String> FIELDS;

  static {
    TreeSet<String> fields =
        new TreeSet<>(Set.of(Schema.TITLE, Schema.BODY, Schema.ID, Schema.DATE));
    for (Dimension d : Dimension.values()) {
      fields.add(d.fieldName());
    }
    FIELDS = fields;
  }

  private NewsQueryParser(Analyzer analyzer) {
    super(
        new String[] {Schema.TITLE, Schema.BODY},
        analyzer,
        Map.of(Schema.TITLE, TITLE_BOOST, Schema.BODY, 1.0f));
    setDefaultOperator(QueryParser.Operator.AND);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * Parses a query; blank matches all articles.
   *
   * @throws InvalidQueryException for any query that cannot be run
   */
  public static Query parse(String query, Analyzer analyzer) {
    if (query == null || query.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    int tooDeep = nestedTooDeeply(query);
    if (tooDeep >= 0) {
      throw new InvalidQueryException(
          query, tooDeep, "the query nests more than " + MAX_DEPTH + " groups", null);
    }
    try {
      return new NewsQueryParser(analyzer).parse(query);
    } catch (StackOverflowError e) {
      // The parser recurses on every group; whatever the depth check let through, say so.
      throw new InvalidQueryException(query, -1, "the query is nested too deeply", null);
    } catch (UnknownFieldException e) {
      throw new InvalidQueryException(
          query,
          query.indexOf(e.field + ":"),
          "unknown field '" + e.field + "'; fields: " + String.join(", ", FIELDS),
          e);
    } catch (BadValueException e) {
      throw badValue(query, e, e);
    } catch (ParseException e) {
      throw fromParseException(query, e);
    } catch (TokenMgrError e) {
      throw new InvalidQueryException(query, column(e.getMessage()), lexicalReason(e), e);
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException(
          query, -1, "a wildcard or regular expression in the query is too complex", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          query,
          -1,
          "the query has too many clauses (at most " + IndexSearcher.getMaxClauseCount() + ")",
          e);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(query, -1, "invalid query: " + firstLine(e.getMessage()), e);
    }
  }

  private static InvalidQueryException fromParseException(String query, ParseException e) {
    // QueryParser.parse wraps whatever went wrong in a new ParseException: look down the chain.
    ParseException withToken = e.currentToken != null ? e : null;
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof UnknownFieldException u) {
        return new InvalidQueryException(
            query,
            query.indexOf(u.field + ":"),
            "unknown field '" + u.field + "'; fields: " + String.join(", ", FIELDS),
            e);
      }
      if (t instanceof BadValueException b) {
        return badValue(query, b, e);
      }
      if (t instanceof TooComplexToDeterminizeException) {
        return new InvalidQueryException(
            query, -1, "a wildcard or regular expression in the query is too complex", e);
      }
      if (t instanceof IndexSearcher.TooManyClauses) {
        return new InvalidQueryException(
            query,
            -1,
            "the query has too many clauses (at most " + IndexSearcher.getMaxClauseCount() + ")",
            e);
      }
      if (t instanceof TokenMgrError tme) {
        return new InvalidQueryException(query, column(tme.getMessage()), lexicalReason(tme), e);
      }
      if (t instanceof IllegalArgumentException iae) {
        return new InvalidQueryException(
            query, -1, "invalid query: " + firstLine(iae.getMessage()), e);
      }
      if (t instanceof ParseException pe && pe.currentToken != null && withToken == null) {
        withToken = pe;
      }
    }
    if (withToken != null && withToken.currentToken.next != null) {
      Token bad = withToken.currentToken.next;
      // The parser's character stream counts columns from 0.
      int position = bad.kind == 0 ? query.length() : bad.beginColumn;
      String reason =
          bad.kind == 0 ? "unexpected end of query" : "unexpected '" + printable(bad.image) + "'";
      return new InvalidQueryException(query, position, reason, e);
    }
    String reason = innermostMessage(e);
    if (reason.contains("not allowed as first character in WildcardQuery")) {
      return new InvalidQueryException(
          query, leadingWildcard(query), "a term cannot start with * or ?", e);
    }
    return new InvalidQueryException(query, -1, "invalid query: " + reason, e);
  }

  /** The error of a value its field cannot hold, placed at the value. */
  private static InvalidQueryException badValue(String query, BadValueException b, Throwable e) {
    int at = query.indexOf(b.field + ":");
    if (at >= 0) {
      int value = query.indexOf(b.value, at + b.field.length() + 1);
      at = value >= 0 ? value : at;
    }
    return new InvalidQueryException(query, at, b.getMessage(), e);
  }

  private static String innermostMessage(Throwable e) {
    Throwable t = e;
    for (int depth = 0; depth < 16 && t.getCause() != null; depth++) {
      t = t.getCause();
    }
    String message = firstLine(t.getMessage());
    String prefix = "Cannot parse '";
    if (message.startsWith(prefix)) {
      int colon = message.indexOf("': ");
      if (colon >= 0) {
        message = message.substring(colon + 3);
      }
    }
    return message;
  }

  /** Groups the parser may nest: it recurses per group, and the stack is not unlimited. */
  static final int MAX_DEPTH = 200;

  /** The position of the first bracket past {@link #MAX_DEPTH}, else -1. */
  private static int nestedTooDeeply(String query) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
        if (++depth > MAX_DEPTH) {
          return i;
        }
      } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
        depth = Math.max(0, depth - 1);
      }
    }
    return -1;
  }

  /** A token's text for a one-line message: control characters escaped, long text cut. */
  static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < 40; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (Character.isISOControl(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.length() < s.length() ? sb + "…" : sb.toString();
  }

  private static int leadingWildcard(String query) {
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if ((c == '*' || c == '?') && (i == 0 || " (:\"+-".indexOf(query.charAt(i - 1)) >= 0)) {
        return i;
      }
    }
    return -1;
  }

  private static String lexicalReason(TokenMgrError e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("<EOF>")) {
      return message.contains("\"\\\"") || message.contains("\"")
          ? "unterminated quote or escape"
          : "unexpected end of query";
    }
    return "unexpected character";
  }

  private static int column(String message) {
    if (message == null) {
      return -1;
    }
    Matcher m = COLUMN.matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) - 1 : -1;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl >= 0 ? s.substring(0, nl) : s).strip();
  }

  private static void checkField(String field) throws ParseException {
    if (field != null && !FIELDS.contains(field)) {
      ParseException e = new ParseException("unknown field " + field);
      e.initCause(new UnknownFieldException(field));
      throw e;
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    checkField(field);
    if (Schema.DATE.equals(field)) {
      return dateRange(queryText, queryText, true, true);
    }
    checkYear(field, queryText);
    return super.getFieldQuery(field, queryText, quoted);
  }

  /**
   * A group of only negated clauses ("NOT ceasefire", "-year:2016") matches every article but
   * those, as in Elasticsearch and SQL, where Lucene's own boolean query would match nothing.
   */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    Query q = super.getBooleanQuery(clauses);
    if (q instanceof BooleanQuery b && !b.clauses().isEmpty()) {
      for (BooleanClause c : b.clauses()) {
        if (c.occur() != BooleanClause.Occur.MUST_NOT) {
          return q;
        }
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      all.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
      for (BooleanClause c : b.clauses()) {
        all.add(c);
      }
      return all.build();
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    checkField(field);
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    checkField(field);
    if (Schema.DATE.equals(field)) {
      return dateRange(part1, part2, startInclusive, endInclusive);
    }
    checkYear(field, part1);
    checkYear(field, part2);
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    checkField(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getRegexpQuery(field, termStr);
  }

  /**
   * A year field holds four-digit years: "year:abc" is a mistake to report, not a query that
   * quietly matches nothing.
   */
  private static void checkYear(String field, String value) throws ParseException {
    if (value == null
        || value.equals("*")
        || !(Dimension.YEAR.fieldName().equals(field)
            || Dimension.MENTIONED_YEAR.fieldName().equals(field))) {
      return;
    }
    if (!YEAR.matcher(value).matches()) {
      throw badValue(field, value, field + " '" + printable(value) + "' is not a year (YYYY)");
    }
  }

  private static final Pattern YEAR = Pattern.compile("-?\\d{1,4}");

  private static ParseException badValue(String field, String value, String reason) {
    ParseException e = new ParseException(reason);
    e.initCause(new BadValueException(field, value, reason));
    return e;
  }

  private static Query dateRange(String lower, String upper, boolean incLower, boolean incUpper)
      throws ParseException {
    long lo = lower == null || lower.equals("*") ? Long.MIN_VALUE : firstDay(lower).toEpochDay();
    long hi = upper == null || upper.equals("*") ? Long.MAX_VALUE : lastDay(upper).toEpochDay();
    if (!incLower && lo != Long.MIN_VALUE) {
      lo = lastDay(lower).toEpochDay() + 1;
    }
    if (!incUpper && hi != Long.MAX_VALUE) {
      hi = firstDay(upper).toEpochDay() - 1;
    }
    return LongPoint.newRangeQuery(Schema.DATE, lo, hi);
  }

  private static LocalDate firstDay(String s) throws ParseException {
    try {
      return switch (s.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
        case 7 -> YearMonth.parse(s).atDay(1);
        default -> LocalDate.parse(s);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw badDate(s);
    }
  }

  private static LocalDate lastDay(String s) throws ParseException {
    try {
      return switch (s.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(s), 12, 31);
        case 7 -> YearMonth.parse(s).atEndOfMonth();
        default -> LocalDate.parse(s);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw badDate(s);
    }
  }

  private static ParseException badDate(String s) {
    return badValue(
        Schema.DATE, s, "date '" + printable(s) + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
  }

  /** Carries a value its field cannot hold out of the parser. */
  private static final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;
    final String value;

    BadValueException(String field, String value, String reason) {
      super(reason, null, false, false);
      this.field = field;
      this.value = value;
    }
  }

  /** Carries an unknown field name out of the parser. */
  private static final class UnknownFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    UnknownFieldException(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }
}
