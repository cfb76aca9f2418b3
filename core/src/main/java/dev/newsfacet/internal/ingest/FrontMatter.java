package dev.newsfacet.internal.ingest;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Splits Markdown into YAML front matter and text. The YAML is read as plain maps, lists and
 * scalars: no object construction, few aliases, bounded size.
 */
final class FrontMatter {
  /** Front matter and the text after it. */
  record Split(Map<String, Object> meta, String text) {}

  private FrontMatter() {}

  static Split split(String markdown) {
    String s = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    if (!(s.startsWith("---\n") || s.startsWith("---\r\n"))) {
      return new Split(Map.of(), s);
    }
    int from = s.indexOf('\n') + 1;
    int close = findClose(s, from);
    if (close < 0) {
      return new Split(Map.of(), s);
    }
    String yaml = s.substring(from, close);
    int after = s.indexOf('\n', close + 3);
    String text = after < 0 ? "" : s.substring(after + 1);
    LoadSettings settings =
        LoadSettings.builder()
            .setMaxAliasesForCollections(20)
            .setAllowDuplicateKeys(false)
            .setCodePointLimit(1024 * 1024)
            .build();
    Object loaded = new Load(settings).loadFromString(yaml);
    if (loaded == null) {
      return new Split(Map.of(), text);
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("front matter must be a YAML mapping of keys to values");
    }
    Map<String, Object> meta = new java.util.LinkedHashMap<>();
    map.forEach((k, v) -> meta.put(String.valueOf(k), v));
    return new Split(meta, text);
  }

  private static int findClose(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int nl = s.indexOf('\n', i);
      String line = (nl < 0 ? s.substring(i) : s.substring(i, nl)).strip();
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
      if (nl < 0) {
        return -1;
      }
      i = nl + 1;
    }
    return -1;
  }
}
