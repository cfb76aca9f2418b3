package dev.newsfacet.internal.ingest;

import dev.newsfacet.Hit;
import dev.newsfacet.NewsIndex;
import dev.newsfacet.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the ingest tests share: writing a corpus file, listing an index's ids. */
final class IngestTesting {
  private IngestTesting() {}

  /** Writes a UTF-8 file at a path relative to the directory, making its parents. */
  static Path write(Path dir, String rel, String content) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** The ids of every article in the index, sorted. */
  static List<String> ids(NewsIndex index) throws IOException {
    List<String> ids = new ArrayList<>();
    for (Hit h : index.search(SearchRequest.builder().limit(1000).build()).hits()) {
      ids.add(h.id());
    }
    Collections.sort(ids);
    return ids;
  }
}
