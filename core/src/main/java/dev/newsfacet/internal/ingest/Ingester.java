package dev.newsfacet.internal.ingest;

import dev.newsfacet.AddResult;
import dev.newsfacet.Article;
import dev.newsfacet.Duplicate;
import dev.newsfacet.FileOutcome;
import dev.newsfacet.FileProblem;
import dev.newsfacet.IndexOptions;
import dev.newsfacet.IngestListener;
import dev.newsfacet.IngestReport;
import dev.newsfacet.internal.index.SourceFile;
import dev.newsfacet.internal.index.StagedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks files and directories, reads every article file on several threads and hands the articles
 * to a sink, accounting for every file: added, updated, skipped or failed, with a reason. The unit
 * of work is a file, or a piece of a large JSON Lines file ({@link JsonLinesPieces}); units are
 * placed in the order of the files and of the lines within them, whichever thread read them.
 *
 * <p>Directories are walked recursively; hidden entries (names starting with a dot) and Lucene
 * index directories are passed over. A {@code .newsfacetignore} file in a directory given to the
 * walk lists glob patterns, relative to that directory, of files to leave out (documentation beside
 * a corpus, say). Symbolic links are not followed unless the options say so.
 */
public final class Ingester {
  /** The name of the per-directory ignore file. */
  public static final String IGNORE_FILE = ".newsfacetignore";

  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  /**
   * Where articles go. {@link #stage} and {@link #write} run on any thread in any order; {@link
   * #lookUp} too, once per file; {@link #place} is called in file order, once per file with its
   * articles in record order, one call at a time.
   */
  public interface ArticleSink {
    /** Enriches and fingerprints an article: the costly part, done in parallel. */
    StagedArticle stage(Article article) throws IOException;

    /**
     * Reads from the index what placing these articles needs, before their turn: any thread, in
     * parallel. The result is passed to {@link #place} and closed after it.
     */
    Lookup lookUp(List<StagedArticle> articles) throws IOException;

    /**
     * Decides, in list order, whether each article replaces one and which story it joins (an
     * article can join the story of one before it in the list), from the lookup and what was placed
     * since it was made.
     */
    void place(List<StagedArticle> articles, Lookup lookup) throws IOException;

    /** What {@link #lookUp} read; holds index resources until closed. */
    interface Lookup extends AutoCloseable {
      @Override
      void close() throws IOException;
    }

    /** Writes a placed article to the index. */
    AddResult write(StagedArticle article) throws IOException;

    /**
     * Whether every article of the file with this id and stamp is already in the index, and none of
     * an earlier version of it ({@link #retire}) is left.
     */
    boolean complete(String fileId, String stamp) throws IOException;

    /** The file id that the file at this real path has in the index, or null. */
    String fileId(String path) throws IOException;

    /** The real path of the file that owns this file id in the index, or null. */
    String filePath(String id) throws IOException;

    /**
     * Deletes what an earlier version of the file with this id left: its articles not written with
     * this stamp (records since removed, or now unreadable).
     */
    void retire(String fileId, String stamp) throws IOException;

    /** Makes everything written so far durable. */
    void commit() throws IOException;
  }

  private final IndexOptions options;
  private final int pieceBytes;

  /** What the stamps of this run add for the extraction settings; set when a run starts. */
  private String settings = "";

  public Ingester(IndexOptions options) {
    this(options, JsonLinesPieces.PIECE_BYTES);
  }

  /** With large JSON Lines files cut into pieces of {@code pieceBytes} (tests cut small files). */
  Ingester(IndexOptions options, int pieceBytes) {
    if (pieceBytes < 1) {
      throw new IllegalArgumentException("pieceBytes must be >= 1, got " + pieceBytes);
    }
    this.options = options;
    this.pieceBytes = pieceBytes;
  }

  /**
   * A file to read.
   *
   * @param absolute its absolute path as given, for longer ids ({@link FileIds})
   * @param id its id: relative to the directory it was found in until {@link FileIds} settles it
   * @param size its size when walked, for progress
   * @param path its real path once settled, or null
   * @param indexed whether the index held articles of a file with its id when it was settled
   */
  private record Source(
      Path file,
      String display,
      Path absolute,
      String id,
      long size,
      String path,
      boolean indexed) {
    Source settled(FileIds.Claim claim) {
      return new Source(file, display, absolute, claim.id(), size, claim.path(), claim.indexed());
    }
  }

  /** What happened to one file. */
  record Done(
      String display,
      FileOutcome outcome,
      int articles,
      long bytes,
      List<FileProblem> problems,
      List<Duplicate> duplicates) {}

  public IngestReport run(List<Path> paths, ArticleSink sink, IngestListener listener)
      throws IOException {
    settings = settingsStamp(options);
    List<Source> sources = new ArrayList<>();
    List<Done> done = new ArrayList<>();
    for (Path p : paths) {
      walk(p, sources, done);
    }
    long totalBytes = 0;
    for (Source s : sources) {
      totalBytes += s.size();
    }
    listener.started(sources.size() + done.size(), totalBytes);
    for (Done d : done) {
      listener.fileDone(d.display(), d.outcome());
    }
    // Threads start as units are submitted: a single small file starts one.
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<Done>> futures = new ArrayList<>();
      Done[] results = new Done[sources.size()];
      PiecedFile[] pieced = new PiecedFile[sources.size()];
      Turns turns = new Turns();
      Commits commits = new Commits(options);
      int tickets = 0;
      // Pieces are submitted a few ahead of the threads, no more.
      Units units =
          new Units(
              pool, futures, new Semaphore(2 * options.threads()), sink, turns, commits, listener);
      // Tickets go out in submission order and the pool runs units in that order, so a unit only
      // ever waits for the turn of one that a thread already holds.
      FileIds ids =
          new FileIds(
              sink,
              sources.stream().map(Source::file).toList(),
              sources.stream().map(Source::display).toList());
      for (int i = 0; i < sources.size(); i++) {
        Source walked = sources.get(i);
        FileIds.Claim claim = ids.claim(i, walked.absolute(), walked.id());
        Source s = walked.settled(claim);
        Object plan =
            claim.sameAs() != null
                ? problem(s, FileOutcome.SKIPPED, "the same file as " + claim.sameAs())
                : plan(s, sink);
        if (plan instanceof Done d) {
          results[i] = d;
          synchronized (listener) {
            listener.bytesDone(s.size());
            listener.fileDone(d.display(), d.outcome());
          }
        } else if (plan instanceof PiecedFile f) {
          pieced[i] = f;
          tickets = submitPieces(f, tickets, units);
        } else {
          int ticket = tickets++;
          int slot = i;
          futures.add(
              pool.submit(() -> {
                Done d = process(s, sink, turns, ticket);
                results[slot] = d;
                synchronized (listener) {
                  listener.bytesDone(s.size());
                  listener.fileDone(d.display(), d.outcome());
                }
                commits.written(d.articles(), d, sink, listener);
                return d;
              }));
        }
      }
      for (Future<Done> f : futures) {
        f.get();
      }
      for (int i = 0; i < results.length; i++) {
        done.add(pieced[i] != null ? pieced[i].done() : results[i]);
      }
      commits.commit(sink, listener);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      throw new IOException("indexing failed: " + c, c);
    } finally {
      pool.shutdownNow();
    }
    return report(done);
  }

  /** What submitting units needs. */
  private record Units(
      ExecutorService pool,
      List<Future<Done>> futures,
      Semaphore inFlight,
      ArticleSink sink,
      Turns turns,
      Commits commits,
      IngestListener listener) {}

  /**
   * Submits a file's pieces as units, with tickets from {@code tickets} on, at most a few ahead of
   * the threads; returns the next ticket. A gzipped file's pieces are decompressed here, in order.
   */
  private int submitPieces(PiecedFile f, int tickets, Units run) throws InterruptedException {
    List<JsonLinesPieces.Piece> pieces = f.pieces.pieces();
    JsonLinesPieces.Gunzipped gunzipped = null;
    IOException failed = null;
    if (f.pieces.gzip()) {
      try {
        gunzipped = f.pieces.gzipPieces(f.source.file());
      } catch (IOException e) {
        failed = e;
      }
    }
    try {
      for (int k = 0; k < pieces.size(); k++) {
        int ticket = tickets++;
        int piece = k;
        JsonLinesPieces.Piece at = pieces.get(k);
        // At most a few pieces ahead of the threads: a gzipped piece's bytes are held until its
        // unit runs, and a plain file is scanned just before its pieces are read (while the
        // page cache still holds it) rather than all files long before.
        run.inFlight().acquire();
        Read read;
        if (!f.pieces.gzip()) {
          read = () -> f.pieces.read(f.source.file(), at, f.source.id());
        } else {
          byte[] bytes = null;
          if (failed == null) {
            try {
              bytes = gunzipped.next(at);
            } catch (IOException e) {
              LOG.debug("cannot read {}", f.source.file(), e);
              failed = e;
            }
          }
          // After a failure every later piece fails with it: the stream is gone.
          byte[] got = bytes;
          IOException cause = failed;
          read =
              () -> {
                if (got == null) {
                  throw cause;
                }
                return f.pieces.parse(got, at, f.source.id());
              };
        }
        run.futures().add(run.pool().submit(() -> piece(f, piece, read, ticket, run)));
      }
    } finally {
      if (gunzipped != null) {
        try {
          gunzipped.close();
        } catch (IOException e) {
          LOG.debug("cannot close {}", f.source.file(), e);
        }
      }
    }
    return tickets;
  }

  /** One piece as a unit: its part of the file, and the file's outcome if it was the last in. */
  private Done piece(PiecedFile f, int piece, Read read, int ticket, Units run)
      throws IOException, InterruptedException {
    Part part;
    try {
      part = processPiece(f, piece, read, run.sink(), run.turns(), ticket);
    } finally {
      run.inFlight().release();
    }
    Done d = f.add(piece, part);
    if (d != null && d.articles() > 0 && f.source.indexed()) {
      run.sink().retire(f.source.id(), f.stamp);
    }
    synchronized (run.listener()) {
      run.listener().bytesDone(f.progress(piece));
      if (d != null) {
        run.listener().fileDone(d.display(), d.outcome());
      }
    }
    run.commits().written(part.indexed(), d, run.sink(), run.listener());
    return d;
  }

  /**
   * How a file is read: a {@link PiecedFile} for large JSON Lines, a {@link Done} when that is
   * already known (unchanged since the last ingest, or the scan failed), else null (read whole).
   */
  private Object plan(Source s, ArticleSink sink) {
    long size;
    try {
      size = Files.size(s.file());
    } catch (IOException e) {
      return null; // Read whole, which reports why it cannot be.
    }
    if (!JsonLinesPieces.cuttable(s.file(), size, pieceBytes)) {
      return null;
    }
    try {
      String stamp = stamp(s);
      if (options.skipUnchanged() && sink.complete(s.id(), stamp)) {
        return new Done(s.display(), FileOutcome.UNCHANGED, 0, 0, List.of(), List.of());
      }
      JsonLinesPieces pieces = JsonLinesPieces.scan(s.file(), pieceBytes, options.maxFileBytes());
      return pieces == null ? null : new PiecedFile(s, stamp, pieces);
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read {}", s.file(), e);
      return problem(s, FileOutcome.FAILED, reason(e));
    }
  }

  /**
   * A large JSON Lines file read in pieces: what they share, and what each came to. The last piece
   * in makes the file's {@link Done}.
   */
  private static final class PiecedFile {
    final Source source;
    final String stamp;
    final JsonLinesPieces pieces;
    private final Part[] parts;
    private int remaining;
    private Done done;

    PiecedFile(Source source, String stamp, JsonLinesPieces pieces) {
      this.source = source;
      this.stamp = stamp;
      this.pieces = pieces;
      this.parts = new Part[pieces.pieces().size()];
      this.remaining = parts.length;
    }

    /** Notes what a piece came to; the file's outcome once it was the last, else null. */
    synchronized Done add(int piece, Part part) {
      parts[piece] = part;
      if (--remaining > 0) {
        return null;
      }
      int indexed = 0;
      long bytes = 0;
      boolean anyUpdated = false;
      List<FileProblem> problems = new ArrayList<>();
      List<Duplicate> duplicates = new ArrayList<>();
      for (Part p : parts) {
        indexed += p.indexed();
        bytes += p.bytes();
        anyUpdated |= p.anyUpdated();
        problems.addAll(p.problems());
        duplicates.addAll(p.duplicates());
      }
      done = outcome(source.display(), indexed, bytes, anyUpdated, problems, duplicates);
      return done;
    }

    synchronized Done done() {
      return done;
    }

    /**
     * The share of the file's size on disk that a piece stands for, for progress: the pieces'
     * shares add up to the size exactly, compressed or not.
     */
    long progress(int piece) {
      return upTo(piece) - (piece == 0 ? 0 : upTo(piece - 1));
    }

    private long upTo(int piece) {
      List<JsonLinesPieces.Piece> list = pieces.pieces();
      if (piece == list.size() - 1) {
        return source.size();
      }
      long total = list.get(list.size() - 1).end();
      return (long) ((double) source.size() * list.get(piece).end() / total);
    }
  }

  /** By file, and a file's records by number ({@code f#9} before {@code f#10}). */
  private static final Comparator<FileProblem> PROBLEM_ORDER =
      Comparator.comparing((FileProblem p) -> p.file().substring(0, recordMark(p.file())))
          .thenComparingLong(p -> recordNumber(p.file()))
          .thenComparing(FileProblem::file);

  /** Where a {@code FILE#N} record name's {@code #} is, or the length of any other name. */
  private static int recordMark(String name) {
    int hash = name.lastIndexOf('#');
    if (hash < 0 || hash == name.length() - 1) {
      return name.length();
    }
    for (int i = hash + 1; i < name.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return name.length();
      }
    }
    return hash;
  }

  private static long recordNumber(String name) {
    int mark = recordMark(name);
    if (mark == name.length()) {
      return -1;
    }
    String digits = name.substring(mark + 1);
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private static IngestReport report(List<Done> done) {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    int failed = 0;
    int failedRecords = 0;
    long articles = 0;
    long bytes = 0;
    List<FileProblem> problems = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    for (Done d : done) {
      switch (d.outcome()) {
        case ADDED -> added++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
        case SKIPPED -> skipped++;
        case FAILED -> failed++;
      }
      if (d.outcome() == FileOutcome.ADDED || d.outcome() == FileOutcome.UPDATED) {
        failedRecords += d.problems().size();
      }
      articles += d.articles();
      bytes += d.bytes();
      problems.addAll(d.problems());
      duplicates.addAll(d.duplicates());
    }
    problems.sort(PROBLEM_ORDER);
    duplicates.sort(Comparator.comparing(Duplicate::file).thenComparing(Duplicate::id));
    return new IngestReport(
        done.size(),
        added,
        updated,
        unchanged,
        skipped,
        failed,
        failedRecords,
        articles,
        bytes,
        problems,
        duplicates);
  }

  private Done process(Source s, ArticleSink sink, Turns turns, int ticket)
      throws IOException, InterruptedException {
    String stamp;
    try {
      stamp = stamp(s);
      if (options.skipUnchanged() && sink.complete(s.id(), stamp)) {
        turns.await(ticket);
        turns.done(ticket);
        return new Done(s.display(), FileOutcome.UNCHANGED, 0, 0, List.of(), List.of());
      }
    } catch (IOException | RuntimeException e) {
      turns.await(ticket);
      turns.done(ticket);
      return problem(s, FileOutcome.FAILED, reason(e));
    }
    Part p =
        part(
            s,
            () -> ArticleFiles.read(s.file(), s.id(), options.maxFileBytes()),
            stamp,
            -1,
            sink,
            turns,
            ticket);
    if (p.early() != null) {
      return problem(s, p.early().outcome(), p.early().reason());
    }
    if (p.indexed() > 0 && s.indexed()) {
      sink.retire(s.id(), stamp);
    }
    return outcome(
        s.display(), p.indexed(), p.bytes(), p.anyUpdated(), p.problems(), p.duplicates());
  }

  private Part processPiece(
      PiecedFile f, int piece, Read read, ArticleSink sink, Turns turns, int ticket)
      throws IOException, InterruptedException {
    JsonLinesPieces.Piece at = f.pieces.pieces().get(piece);
    Part p = part(f.source, read, f.stamp, f.pieces.records(), sink, turns, ticket);
    if (p.early() == null) {
      return p;
    }
    // One piece that cannot be read costs its own lines, not the file's.
    return new Part(
        null,
        0,
        0,
        false,
        List.of(
            new FileProblem(
                f.source.display() + " (bytes " + at.start() + " to " + at.end() + ")",
                p.early().outcome(),
                p.early().reason())),
        List.of());
  }

  /** A file's outcome from what its articles came to. */
  private static Done outcome(
      String display,
      int indexed,
      long bytes,
      boolean anyUpdated,
      List<FileProblem> problems,
      List<Duplicate> duplicates) {
    FileOutcome outcome;
    if (indexed == 0) {
      outcome = FileOutcome.FAILED;
      if (problems.isEmpty()) {
        problems = List.of(new FileProblem(display, FileOutcome.FAILED, "no article in file"));
      }
    } else {
      outcome = anyUpdated ? FileOutcome.UPDATED : FileOutcome.ADDED;
    }
    return new Done(display, outcome, indexed, bytes, problems, duplicates);
  }

  /** Reads a file or a piece of one. */
  private interface Read {
    ArticleFiles.FileRead read() throws IOException;
  }

  /** Why a file or piece was not read at all. */
  private record Early(FileOutcome outcome, String reason) {}

  /**
   * What one file or piece came to.
   *
   * @param early why it was not read, or null
   */
  private record Part(
      Early early,
      int indexed,
      long bytes,
      boolean anyUpdated,
      List<FileProblem> problems,
      List<Duplicate> duplicates) {}

  /**
   * Reads, stages, places in its turn and writes the articles of one file or piece.
   *
   * @param records the file's records, or -1 for those read
   */
  private Part part(
      Source file,
      Read source,
      String stamp,
      int records,
      ArticleSink sink,
      Turns turns,
      int ticket)
      throws IOException, InterruptedException {
    String display = file.display();
    ArticleFiles.FileRead read = null;
    Early early = null;
    List<FileProblem> problems = new ArrayList<>();
    List<StagedArticle> staged = new ArrayList<>();
    try {
      read = source.read();
      for (ArticleFiles.RecordError err : read.recordErrors()) {
        problems.add(
            new FileProblem(display + "#" + err.number(), FileOutcome.FAILED, err.reason()));
      }
      int count = records >= 0 ? records : read.articles().size() + read.recordErrors().size();
      int unreadable = read.recordErrors().size();
      for (Article a : read.articles()) {
        try {
          staged.add(sink.stage(a));
        } catch (IllegalArgumentException e) {
          unreadable++;
          problems.add(
              new FileProblem(display, FileOutcome.FAILED, "article " + a.id() + ": " + reason(e)));
        }
      }
      // The first article counts the records this file or piece could not give, so that the
      // file is complete without them: reading it again as it is would not give them either.
      SourceFile from = new SourceFile(stamp, count, file.id(), file.path(), unreadable);
      for (StagedArticle st : staged) {
        st.source(from);
        from = from.withoutUnreadable();
      }
    } catch (ArticleFiles.SkippedException e) {
      early = new Early(FileOutcome.SKIPPED, e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read {}", display, e);
      early = new Early(FileOutcome.FAILED, reason(e));
    } catch (StackOverflowError e) {
      early = new Early(FileOutcome.FAILED, "nested too deeply to read");
    }
    ArticleSink.Lookup lookup;
    try {
      lookup = sink.lookUp(staged);
    } catch (IOException | RuntimeException e) {
      // The units after this one wait for its turn.
      turns.await(ticket);
      turns.done(ticket);
      throw e;
    }
    try (lookup) {
      // Placing in file order makes the first copy of a story the same on every run.
      turns.await(ticket);
      try {
        sink.place(staged, lookup);
      } finally {
        turns.done(ticket);
      }
    }
    if (early != null) {
      return new Part(early, 0, 0, false, List.of(), List.of());
    }
    boolean anyUpdated = false;
    int indexed = 0;
    List<Duplicate> duplicates = new ArrayList<>();
    for (StagedArticle st : staged) {
      AddResult added;
      try {
        added = sink.write(st);
      } catch (IllegalArgumentException e) {
        // Lucene refuses the document (a term over its size limit, say): this article only.
        problems.add(
            new FileProblem(
                display, FileOutcome.FAILED, "article " + st.article().id() + ": " + reason(e)));
        continue;
      }
      anyUpdated |= added.replaced();
      if (added.isDuplicate()) {
        duplicates.add(
            new Duplicate(
                display, added.id(), added.duplicateOf(), added.storyId(), added.exactDuplicate()));
      }
      indexed++;
    }
    return new Part(null, indexed, read.bytes(), anyUpdated, problems, duplicates);
  }

  /**
   * Id, size, modification time and extraction settings: what tells that a file has not changed
   * since and would be read the same way.
   */
  private String stamp(Source s) throws IOException {
    BasicFileAttributes a = Files.readAttributes(s.file(), BasicFileAttributes.class);
    return s.id() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis() + settings;
  }

  /**
   * The part of a stamp that says how articles are extracted: nothing for the built-in gazetteer
   * (so indexes made before this part existed stay current), a mark when extraction is off, a
   * digest of the user gazetteers' contents when there are some. A file read under other settings
   * is read again, since its facets would differ.
   */
  private static String settingsStamp(IndexOptions options) throws IOException {
    if (!options.extractEntities()) {
      return "|noextract";
    }
    if (options.gazetteers().isEmpty()) {
      return "";
    }
    java.security.MessageDigest digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (Path g : options.gazetteers()) {
      byte[] bytes = Files.readAllBytes(g);
      // The length first, so that two files' contents cannot shift into each other.
      digest.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
      digest.update(bytes);
    }
    return "|g" + java.util.HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  private static Done problem(String display, FileOutcome outcome, String reason) {
    return new Done(
        display, outcome, 0, 0, List.of(new FileProblem(display, outcome, reason)), List.of());
  }

  private static Done problem(Source s, FileOutcome outcome, String reason) {
    return problem(s.display(), outcome, reason);
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : m.lines().findFirst().orElse(m);
  }

  private void walk(Path root, List<Source> sources, List<Done> done) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      done.add(problem(root.toString(), FileOutcome.FAILED, "no such file or directory"));
      return;
    }
    if (!Files.isDirectory(root)) {
      Path name = root.getFileName();
      sources.add(
          new Source(
              root,
              root.toString(),
              root.toAbsolutePath().normalize(),
              name == null ? root.toString() : name.toString(),
              sizeOrZero(root),
              null,
              false));
      return;
    }
    List<PathMatcher> ignored = ignorePatterns(root);
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Set<FileVisitOption> visit =
        options.followSymlinks()
            ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
            : EnumSet.noneOf(FileVisitOption.class);
    // A directory named on the command line is walked even when it is a link to one.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    List<Source> found = new ArrayList<>();
    Files.walkFileTree(
        start,
        visit,
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(start)
                && (hidden(dir) || Files.exists(dir.resolve("write.lock")) || isIndex(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path rel = start.relativize(file);
            if (hidden(file) || matches(ignored, rel)) {
              return FileVisitResult.CONTINUE;
            }
            String display = root.resolve(rel).toString();
            if (attrs.isSymbolicLink() && options.followSymlinks()) {
              // Following links, a link still seen as a link points nowhere.
              done.add(problem(display, FileOutcome.FAILED, "broken symbolic link"));
            } else if (attrs.isSymbolicLink()) {
              done.add(
                  problem(
                      display,
                      FileOutcome.SKIPPED,
                      "symbolic link, not followed (use --follow-symlinks)"));
            } else if (attrs.isRegularFile()) {
              found.add(
                  new Source(
                      file,
                      display,
                      absoluteRoot.resolve(rel),
                      rel.toString().replace('\\', '/'),
                      attrs.size(),
                      null,
                      false));
            } else if (!attrs.isDirectory()) {
              done.add(problem(display, FileOutcome.SKIPPED, "not a regular file"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String display = file.toString();
            String why =
                e instanceof java.nio.file.FileSystemLoopException
                    ? "symbolic link loop"
                    : reason(e);
            done.add(problem(display, FileOutcome.FAILED, why));
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Source::id));
    sources.addAll(found);
  }

  private static long sizeOrZero(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0; // Reading it will say why it cannot be read.
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isIndex(Path dir) {
    try (var files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean matches(List<PathMatcher> patterns, Path rel) {
    for (PathMatcher m : patterns) {
      if (m.matches(rel)) {
        return true;
      }
    }
    return false;
  }

  private static List<PathMatcher> ignorePatterns(Path root) throws IOException {
    Path file = root.resolve(IGNORE_FILE);
    List<PathMatcher> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String pattern = line.strip();
      if (pattern.isEmpty() || pattern.startsWith("#")) {
        continue;
      }
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
    }
    return out;
  }
}
