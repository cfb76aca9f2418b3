package dev.newsfacet.cli;

import dev.newsfacet.Duplicate;
import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.NewsIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfacet index}: add or update the articles under some paths. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Add or update the articles in files and directories (walked recursively).",
      "Formats: plain text (txt), Markdown with YAML front matter (md, markdown), JSON (json), JSON Lines (jsonl, ndjson), HTML (html, htm), and each of them gzipped (gz).",
      "Re-indexing a file replaces its articles. Every file is reported as added, updated, unchanged, skipped or failed; the exit code is 1 if a file or a record in one failed, after the rest is indexed."
    })
final class IndexCommand implements Callable<Integer> {
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
  List<Path> paths;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Reader threads (default: CPU count).")
  Integer threads;

  @Option(
      names = "--no-extract",
      description = "Do not extract parties, persons, places and years.")
  boolean noExtract;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "Extra entities (JSON Lines); repeatable.")
  List<Path> gazetteers = List.of();

  @Option(names = "--follow-symlinks", description = "Follow symbolic links in directories.")
  boolean followSymlinks;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      description =
          "Skip larger files: bytes, or with k, M, G (default: 64M). Large JSON Lines files are"
              + " streamed in pieces; for them this limits a line.")
  Long maxFileSize;

  @Option(
      names = "--force",
      description =
          "Read every file again, even those indexed as they are (same path, size, time).")
  boolean force;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit after this many articles (default: 100000) or every minute; a kill loses at"
              + " most that.")
  Integer commitEvery;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IndexOptions.Builder b =
        IndexOptions.builder().extractEntities(!noExtract).followSymlinks(followSymlinks);
    if (threads != null) {
      b.threads(atLeastOne("--threads", threads));
    }
    if (commitEvery != null) {
      b.commitEvery(atLeastOne("--commit-every", commitEvery));
    }
    b.skipUnchanged(!force);
    if (maxFileSize != null) {
      b.maxFileBytes(atLeastOne("--max-file-size", maxFileSize));
    }
    gazetteers.forEach(b::gazetteer);
    checkPaths();
    PrintWriter out = spec.commandLine().getOut();
    IngestReport report;
    try (NewsIndex idx = NewsIndex.open(index.dir(), b.build());
        Progress progress = Progress.start(!json)) {
      report = idx.ingest(paths, progress);
    }
    if (json) {
      out.println(JsonViews.pretty(JsonViews.report(report)));
    } else {
      printSummary(out, report, index.dir());
    }
    out.flush();
    long failed = report.problems().stream().filter(p -> p.outcome() == FileOutcome.FAILED).count();
    if (failed > 0) {
      // As tar and rsync do: the rest is indexed, and a script still learns that something failed.
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "newsfacet: %d file%s or record%s could not be indexed (listed in the report)%n",
          failed,
          failed == 1 ? "" : "s",
          failed == 1 ? "" : "s");
      err.flush();
      return 1;
    }
    return 0;
  }

  private static <T extends Number> T atLeastOne(String option, T value) {
    if (value.longValue() < 1) {
      throw new Errors.UsageException(option + " must be at least 1, got " + value);
    }
    return value;
  }

  /**
   * A path that is not there is a typing mistake, found before anything is written: no index is
   * created for it. The index directory itself is no source of articles.
   */
  private void checkPaths() throws java.io.IOException {
    Path dir = index.dir().toAbsolutePath().normalize();
    for (Path p : paths) {
      if (!java.nio.file.Files.exists(p) && !java.nio.file.Files.isSymbolicLink(p)) {
        throw new Errors.UsageException("no such file or directory: " + p);
      }
      Path abs = p.toAbsolutePath().normalize();
      if (abs.equals(dir)) {
        throw new Errors.UsageException(
            "the index directory " + index.dir() + " holds the index, not articles: " + p);
      }
    }
  }

  private static void printSummary(PrintWriter out, IngestReport r, Path dir) {
    out.printf(
        Locale.ROOT,
        "indexed %d article%s from %d file%s into %s%n",
        r.articles(),
        r.articles() == 1 ? "" : "s",
        r.files(),
        r.files() == 1 ? "" : "s",
        dir);
    out.printf(
        Locale.ROOT,
        "  added %d, updated %d, unchanged %d, skipped %d, failed %d%s%n",
        r.added(),
        r.updated(),
        r.unchanged(),
        r.skipped(),
        r.failed(),
        r.failedRecords() == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; %d record%s of indexed files failed",
                r.failedRecords(),
                r.failedRecords() == 1 ? "" : "s"));
    for (FileProblem p : r.problems()) {
      out.printf(
          Locale.ROOT,
          "  %s %s: %s%n",
          p.outcome() == FileOutcome.SKIPPED ? "skipped" : "failed ",
          p.file(),
          p.reason());
    }
    if (!r.duplicates().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  %d duplicate%s grouped into stories:%n",
          r.duplicates().size(),
          r.duplicates().size() == 1 ? "" : "s");
      for (Duplicate d : r.duplicates()) {
        out.printf(
            Locale.ROOT,
            "  duplicate %s: %s copy of %s%n",
            d.file().endsWith(d.id()) ? d.file() : d.file() + " (" + d.id() + ")",
            d.exact() ? "exact" : "near",
            d.duplicateOf());
      }
    }
  }

  /**
   * A progress bar on stderr while files are read, only on a terminal: megabytes done, which move
   * during a single large file too, and files done beside them.
   */
  private static final class Progress implements IngestListener, AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;
    private int files;
    private int filesDone;

    private Progress(boolean enabled) {
      this.enabled = enabled;
    }

    static Progress start(boolean wanted) {
      return new Progress(wanted && Terminal.interactive());
    }

    @Override
    public void started(int files, long bytes) {
      if (enabled && files > 0) {
        this.files = files;
        bar =
            new ProgressBarBuilder()
                .setTaskName("indexing")
                .setInitialMax(Math.max(1, bytes))
                .setUnit(" MB", 1_000_000)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build();
        bar.setExtraMessage(filesMessage());
      }
    }

    @Override
    public void bytesDone(long bytes) {
      if (bar != null) {
        bar.stepBy(bytes);
      }
    }

    @Override
    public void fileDone(String file, FileOutcome outcome) {
      if (bar != null) {
        filesDone++;
        bar.setExtraMessage(filesMessage());
      }
    }

    private String filesMessage() {
      return " " + filesDone + "/" + files + " files";
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
