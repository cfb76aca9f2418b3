package dev.newsfacet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The canonical export format of an article: one JSON object on one line, holding every stored and
 * extracted field, so that extraction runs once and any engine can be fed from the file.
 *
 * <p>Keys, in this order: {@code schema} (always {@value #SCHEMA_VERSION}), {@code id}, {@code
 * story_id}, {@code title}, {@code body}, {@code captions}, {@code source}, {@code dateline},
 * {@code url}, {@code author}, {@code date} (ISO day), {@code year}, {@code date_precision} ({@code
 * day}, {@code month}, {@code year}), {@code date_source} ({@code metadata}, {@code html}, {@code
 * text}, {@code file_name}), {@code party}, {@code person}, {@code place}, {@code mentioned_year},
 * {@code mentioned_decade}, {@code mentions} (objects with {@code dimension}, {@code value}, {@code
 * where}: {@code title}/{@code body}/{@code caption}, {@code count}). Absent values are left out;
 * lists are always written, possibly empty. {@code docs/article-export.schema.json} is the JSON
 * Schema.
 *
 * <p>{@link #read(String)} of {@link #write(Article)} gives an equal article.
 */
public final class ArticleJson {
  /** The version written in every record's {@code schema} key. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxStringLength(64 * 1024 * 1024)
                  .maxNumberLength(20)
                  .build())
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private ArticleJson() {}

  /** The article as one line of canonical JSON, without a line break. */
  public static String write(Article a) {
    StringWriter sw = new StringWriter(a.body().length() + 512);
    try (JsonGenerator g = FACTORY.createGenerator(sw)) {
      g.writeStartObject();
      g.writeNumberField("schema", SCHEMA_VERSION);
      g.writeStringField("id", a.id());
      optional(g, "story_id", a.storyId());
      optional(g, "title", a.title());
      g.writeStringField("body", a.body());
      strings(g, "captions", a.captions());
      optional(g, "source", a.source());
      optional(g, "dateline", a.dateline());
      optional(g, "url", a.url());
      optional(g, "author", a.author());
      if (a.date() != null) {
        g.writeStringField("date", a.date().toString());
      }
      if (a.year() != null) {
        g.writeNumberField("year", a.year());
      }
      if (a.datePrecision() != null) {
        g.writeStringField("date_precision", lower(a.datePrecision().name()));
      }
      if (a.dateSource() != null) {
        g.writeStringField("date_source", lower(a.dateSource().name()));
      }
      strings(g, Dimension.PARTY.fieldName(), a.parties());
      strings(g, Dimension.PERSON.fieldName(), a.persons());
      strings(g, Dimension.PLACE.fieldName(), a.places());
      ints(g, Dimension.MENTIONED_YEAR.fieldName(), a.mentionedYears());
      ints(g, "mentioned_decade", a.mentionedDecades());
      g.writeArrayFieldStart("mentions");
      for (Mention m : a.mentions()) {
        g.writeStartObject();
        g.writeStringField("dimension", m.dimension().fieldName());
        g.writeStringField("value", m.value());
        g.writeStringField("where", lower(m.where().name()));
        g.writeNumberField("count", m.count());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  /**
   * Reads one line of canonical JSON back into an article, exactly as it was written.
   *
   * @throws IllegalArgumentException naming the problem if the line is not a canonical record of a
   *     schema version this newsfacet reads
   */
  public static Article read(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode schema = n.get("schema");
    if (schema == null || !schema.isInt() || schema.intValue() != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "schema must be " + SCHEMA_VERSION + ", got " + (schema == null ? "none" : schema));
    }
    Article.Builder b =
        Article.builder(text(n, "id"))
            .storyId(text(n, "story_id"))
            .title(text(n, "title"))
            .body(text(n, "body"))
            .captions(strings(n, "captions"))
            .source(text(n, "source"))
            .dateline(text(n, "dateline"))
            .url(text(n, "url"))
            .author(text(n, "author"))
            .parties(strings(n, Dimension.PARTY.fieldName()))
            .persons(strings(n, Dimension.PERSON.fieldName()))
            .places(strings(n, Dimension.PLACE.fieldName()))
            .mentionedYears(ints(n, Dimension.MENTIONED_YEAR.fieldName()))
            .mentionedDecades(ints(n, "mentioned_decade"));
    String date = text(n, "date");
    if (date != null) {
      try {
        b.date(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("date '" + date + "' is not YYYY-MM-DD", e);
      }
    } else if (n.hasNonNull("year")) {
      b.year(number(n.get("year"), "year"));
    }
    String precision = text(n, "date_precision");
    if (precision != null) {
      b.datePrecision(constant(DatePrecision.class, precision, "date_precision"));
    }
    String source = text(n, "date_source");
    if (source != null) {
      b.dateSource(constant(DateSource.class, source, "date_source"));
    }
    List<Mention> mentions = new ArrayList<>();
    JsonNode ms = n.get("mentions");
    if (ms != null && !ms.isNull()) {
      if (!ms.isArray()) {
        throw new IllegalArgumentException("mentions must be a list");
      }
      for (JsonNode m : ms) {
        mentions.add(
            new Mention(
                Dimension.of(text(m, "dimension")),
                text(m, "value"),
                constant(Mention.Where.class, text(m, "where"), "where"),
                number(m.get("count"), "count")));
      }
    }
    return b.mentions(mentions).build();
  }

  private static void optional(JsonGenerator g, String key, String value) throws IOException {
    if (value != null) {
      g.writeStringField(key, value);
    }
  }

  private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void ints(JsonGenerator g, String key, List<Integer> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (int v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n == null ? null : n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(key + " must be a string, got " + v.getNodeType());
    }
    return v.textValue();
  }

  private static List<String> strings(JsonNode n, String key) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(key + " must be a list of strings");
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new IllegalArgumentException(key + " must be a list of strings");
      }
      out.add(e.textValue());
    }
    return out;
  }

  private static List<Integer> ints(JsonNode n, String key) {
    List<Integer> out = new ArrayList<>();
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(key + " must be a list of integers");
    }
    for (JsonNode e : v) {
      out.add(number(e, key));
    }
    return out;
  }

  private static int number(JsonNode v, String key) {
    if (v == null || !v.isInt()) {
      throw new IllegalArgumentException(key + " must be an integer, got " + v);
    }
    return v.intValue();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String key) {
    if (value == null) {
      throw new IllegalArgumentException(key + " is missing");
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " '" + value + "' is not known", e);
    }
  }
}
