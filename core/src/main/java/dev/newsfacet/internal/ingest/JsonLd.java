package dev.newsfacet.internal.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the {@code NewsArticle} (or similar) object of a page's JSON-LD, if it has one. */
final class JsonLd {
  private JsonLd() {}

  static JsonNode find(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = Json.MAPPER.readTree(script.data());
        JsonNode hit = articleNode(n);
        if (hit != null) {
          return hit;
        }
      } catch (java.io.IOException | RuntimeException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return null;
  }

  private static JsonNode articleNode(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        JsonNode hit = articleNode(c);
        if (hit != null) {
          return hit;
        }
      }
      return null;
    }
    if (n.has("@graph")) {
      return articleNode(n.get("@graph"));
    }
    return n.has("datePublished") || n.has("headline") ? n : null;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isValueNode() ? null : v.asText();
  }

  static String author(JsonNode n) {
    JsonNode a = n.get("author");
    if (a == null) {
      return null;
    }
    if (a.isArray() && !a.isEmpty()) {
      a = a.get(0);
    }
    return a.isTextual() ? a.asText() : text(a, "name");
  }

  static String publisher(JsonNode n) {
    JsonNode p = n.get("publisher");
    return p == null ? null : p.isTextual() ? p.asText() : text(p, "name");
  }
}
