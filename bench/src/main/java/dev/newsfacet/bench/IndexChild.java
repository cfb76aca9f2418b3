package dev.newsfacet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/**
 * Indexes the corpus with one engine in a JVM of its own, so that heap limits, peak memory and CPU
 * time belong to that engine alone. Arguments: ENGINE THREADS JSONL_DIR INDEX_DIR RESULT_FILE; the
 * result is an {@link IndexRun} as JSON.
 */
public final class IndexChild {
  private IndexChild() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: IndexChild ENGINE THREADS JSONL_DIR INDEX_DIR RESULT_FILE");
      System.exit(2);
    }
    Harness.quietLogging();
    Engine engine = Engine.byName(args[0]);
    int threads = Integer.parseInt(args[1]);
    IndexRun run = run(engine, threads, Path.of(args[2]), Path.of(args[3]));
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[4]).toFile(), run);
  }

  /** Indexes and measures, in this JVM. */
  static IndexRun run(Engine engine, int threads, Path jsonlDir, Path indexDir) throws Exception {
    long inputBytes = ResourceMeter.directorySize(jsonlDir);
    long articles;
    ResourceMeter.Usage usage;
    try (ResourceMeter meter = new ResourceMeter()) {
      articles = engine.index(jsonlDir, indexDir, threads);
      usage = meter.stop();
    }
    return new IndexRun(
        engine.name(),
        threads,
        articles,
        inputBytes,
        ResourceMeter.directorySize(indexDir),
        usage,
        Runtime.version().toString());
  }
}
