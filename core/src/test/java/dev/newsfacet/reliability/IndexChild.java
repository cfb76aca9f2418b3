package dev.newsfacet.reliability;

import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The child JVM of the crash and second-writer tests. Modes:
 *
 * <ul>
 *   <li>{@code ingest INDEX CORPUS COMMIT_EVERY COMMIT_INTERVAL_MS THREADS EXTRACT}: ingests the
 *       corpus, printing {@code OPENING}, {@code OPEN}, one {@code ACK\tfile...\t$} line per commit
 *       as the listener hears it (after the commit is durable), and {@code DONE n} at the end.
 *   <li>{@code hold INDEX}: opens the index for writing, prints {@code OPEN} and holds it until its
 *       standard input closes.
 *   <li>{@code tryopen INDEX}: tries to open the index for writing and prints {@code OPENED} or
 *       {@code FAILED\tclass\tmessage}.
 * </ul>
 */
public final class IndexChild {
  private IndexChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    switch (args[0]) {
      case "ingest" -> ingest(args, out);
      case "hold" -> hold(Path.of(args[1]), out);
      case "tryopen" -> tryOpen(Path.of(args[1]), out);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void ingest(String[] args, PrintStream out) throws IOException {
    Path index = Path.of(args[1]);
    Path corpus = Path.of(args[2]);
    IndexOptions options =
        IndexOptions.builder()
            .commitEvery(Integer.parseInt(args[3]))
            .commitInterval(Duration.ofMillis(Long.parseLong(args[4])))
            .threads(Integer.parseInt(args[5]))
            .extractEntities(Boolean.parseBoolean(args[6]))
            .ramBufferMb(4)
            .build();
    line(out, "OPENING");
    try (NewsIndex idx = NewsIndex.open(index, options)) {
      line(out, "OPEN");
      IngestReport report =
          idx.ingest(
              List.of(corpus),
              new IngestListener() {
                @Override
                public void committed(List<String> files) {
                  line(out, "ACK\t" + String.join("\t", files) + "\t$");
                }
              });
      line(out, "DONE " + report.articles());
    }
  }

  private static void hold(Path index, PrintStream out) throws IOException {
    try (NewsIndex idx = NewsIndex.open(index)) {
      line(out, "OPEN " + idx.writable());
      InputStream in = System.in;
      while (in.read() >= 0) {
        // hold the writer until the parent closes our stdin
      }
    }
  }

  private static void tryOpen(Path index, PrintStream out) {
    try (NewsIndex idx = NewsIndex.open(index)) {
      line(out, "OPENED " + idx.writable());
    } catch (IOException | RuntimeException e) {
      line(
          out,
          "FAILED\t"
              + e.getClass().getName()
              + "\t"
              + String.valueOf(e.getMessage()).replace('\n', '|'));
    }
  }

  private static void line(PrintStream out, String s) {
    synchronized (out) {
      out.println(s);
      out.flush();
    }
  }
}
