package dev.newsfacet.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacet.Article;
import dev.newsfacet.Dimension;
import dev.newsfacet.Mention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** An article as an OpenSearch document of the {@link IndexMapping} mapping. */
final class ArticleDocument {
  /** OpenSearch's limit on {@code _id}, in UTF-8 bytes; newsfacet ids may be longer. */
  static final int MAX_ID_BYTES = 512;

  private ArticleDocument() {}

  /** The document id: the article id, or a digest of it when it is too long for OpenSearch. */
  static String documentId(String id) {
    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= MAX_ID_BYTES) {
      return id;
    }
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static ObjectNode of(Article a) {
    ObjectNode d = RestClient.JSON.createObjectNode();
    d.put("id", a.id());
    d.put("story_id", a.storyId() == null ? a.id() : a.storyId());
    putIfSet(d, "title", a.title());
    d.put("body", a.body());
    strings(d.putArray("captions"), a.captions());
    putIfSet(d, "dateline", a.dateline());
    putIfSet(d, "url", a.url());
    putIfSet(d, "author", a.author());
    if (a.date() != null) {
      d.put("date", a.date().toString());
    }
    if (a.datePrecision() != null) {
      d.put("date_precision", a.datePrecision().name().toLowerCase(Locale.ROOT));
    }
    if (a.dateSource() != null) {
      d.put("date_source", a.dateSource().name().toLowerCase(Locale.ROOT));
    }
    for (Dimension dim : Dimension.values()) {
      List<String> values = a.values(dim);
      if (dim.multiValued()) {
        strings(d.putArray(dim.fieldName()), values);
      } else if (!values.isEmpty()) {
        d.put(dim.fieldName(), values.get(0));
      }
    }
    ArrayNode decades = d.putArray("mentioned_decade");
    a.mentionedDecades().forEach(decades::add);
    ArrayNode mentions = d.putArray("mentions");
    for (Mention m : a.mentions()) {
      mentions
          .addObject()
          .put("dimension", m.dimension().fieldName())
          .put("value", m.value())
          .put("where", m.where().name().toLowerCase(Locale.ROOT))
          .put("count", m.count());
    }
    return d;
  }

  private static void putIfSet(ObjectNode d, String key, String value) {
    if (value != null) {
      d.put(key, value);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
