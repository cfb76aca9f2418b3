package dev.newsfacet;

import dev.newsfacet.internal.extract.Extractor;
import dev.newsfacet.internal.index.ArticleScan;
import dev.newsfacet.internal.index.FacetedSearcher;
import dev.newsfacet.internal.index.Fingerprint;
import dev.newsfacet.internal.index.PlacementFilters;
import dev.newsfacet.internal.index.RefreshGenerations;
import dev.newsfacet.internal.index.Schema;
import dev.newsfacet.internal.index.SearchPasses;
import dev.newsfacet.internal.index.Searches;
import dev.newsfacet.internal.index.SourceFiles;
import dev.newsfacet.internal.index.StagedArticle;
import dev.newsfacet.internal.index.StoryMatcher;
import dev.newsfacet.internal.ingest.Ingester;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A searchable index of news articles, stored in a directory.
 *
 * <p>Open one with {@link #open(Path)} to add articles and search, or {@link #openReadOnly(Path)}
 * to search an index that another process may be writing. {@link #inMemory()} keeps everything in
 * memory. Close it when done: closing commits what was added.
 *
 * <p><b>Thread safety:</b> an instance is safe to share between threads. Searches run in parallel
 * with each other and with {@link #add}; each search sees a consistent point-in-time view that
 * includes every article added before it started. One search may run its independent passes on a
 * helper thread of the index ({@link IndexOptions#searchThreads()}). Only one {@code NewsIndex} (in
 * any process) may write to a directory at a time; a second writer fails at once with a clear
 * {@link IOException}.
 *
 * <pre>{@code
 * try (NewsIndex index = NewsIndex.open(Path.of("news-index"))) {
 *   index.add(Article.builder("a1").title("Truce holds").body("The ceasefire held ...").build());
 *   SearchResult r = index.search(SearchRequest.query("ceasefire").facet(Dimension.PARTY).build());
 * }
 * }</pre>
 */
public final class NewsIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsIndex.class);
  private static final String SCHEMA_KEY = "newsfacet.schema";
  private static final String SCHEMA_VERSION = "4";

  private final String name;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Schema schema;
  private final Searches searches;
  private final SearchPasses searchPasses;
  private final IndexOptions options;
  private final Extractor extractor;

  /**
   * Ids placed that a searcher still in use for placing may not show yet, with the refresh
   * generation in which they were written ({@code Long.MAX_VALUE} until then).
   */
  private final Map<String, Long> unrefreshedIds = new ConcurrentHashMap<>();

  /** The written ids of {@link #unrefreshedIds} in the order they were written, to forget them. */
  private final ArrayDeque<Map.Entry<String, Long>> writtenIds = new ArrayDeque<>();

  /**
   * Articles placed as the first with their id the index ever had and not written yet, by id: a
   * later placement of the same id must know them (see {@link StagedArticle#placedAgainAs}).
   */
  private final Map<String, StagedArticle> freshUnwritten = new ConcurrentHashMap<>();

  /** Counts refreshes and tells what every searcher still used for placing shows. */
  private final RefreshGenerations generations = new RefreshGenerations();

  private final StoryMatcher stories;

  /**
   * What placing may find in the index (band keys, text hashes, ids), filled at the first placement
   * from {@link #openedReader}; null until then.
   */
  private volatile PlacementFilters filters;

  /**
   * The index as the writer opened it, held until the filters are filled from it: every document
   * any later searcher shows is in it or was placed through this instance (which adds its keys).
   */
  private DirectoryReader openedReader;

  private final Object fillLock = new Object();

  /** Read-only: the commit generation the searcher was last refreshed for. */
  private volatile long seenCommit = -1;

  private final Pipeline pipeline = new Pipeline();

  /**
   * Adds between refreshes: bounds what the id set and the story matcher hold in memory. An ingest
   * refreshes at each commit anyway, so refreshing more often than it commits only costs (every
   * refresh writes a segment and reopens the readers); at least this often for {@link #add}. The
   * bound is half a commit period above the commits' own: at exactly one period, adds counted from
   * the last commit's refresh raced the next commit, and a build refreshed twice per commit, each
   * time flushing both threads' part-full buffers into small segments of their own.
   */
  private static final int MIN_REFRESH_EVERY = 20_000;

  private final int refreshEvery;

  private final java.util.concurrent.atomic.AtomicInteger addsSinceRefresh =
      new java.util.concurrent.atomic.AtomicInteger();

  private NewsIndex(String name, Directory directory, boolean writable, IndexOptions options)
      throws IOException {
    this.name = name;
    this.directory = directory;
    this.options = options;
    this.schema = new Schema();
    Analyzer queryAnalyzer = Schema.analyzer(false);
    this.searchPasses = new SearchPasses(options.searchThreads());
    this.searches = new Searches(schema, queryAnalyzer, options.searchTimeout(), searchPasses);
    this.extractor =
        writable && options.extractEntities() ? Extractor.create(options.gazetteers()) : null;
    this.stories = new StoryMatcher(options.duplicateThreshold());
    this.refreshEvery =
        (int)
            Math.min(
                Integer.MAX_VALUE,
                Math.max(MIN_REFRESH_EVERY, options.commitEvery() + options.commitEvery() / 2L));
    if (writable) {
      this.writer = openWriter(name, directory, options);
      DirectoryReader opened = DirectoryReader.open(writer);
      if (opened.maxDoc() > 0) {
        opened.incRef();
        this.openedReader = opened;
      }
      this.searchers =
          new SearcherManager(
              FacetedSearcher.exitable(opened), FacetedSearcher.factory(schema.facetsConfig()));
      this.searchers.addListener(new PendingIdsListener());
    } else {
      this.writer = null;
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index at " + name + "; NewsIndex.open creates one");
      }
      checkSchema(name, SegmentInfos.readLatestCommit(directory).getUserData());
      this.searchers =
          new SearcherManager(
              FacetedSearcher.exitable(DirectoryReader.open(directory)),
              FacetedSearcher.factory(schema.facetsConfig()));
    }
  }

  /** Opens the index in {@code dir} for reading and writing, creating it if needed. */
  public static NewsIndex open(Path dir) throws IOException {
    return open(dir, IndexOptions.defaults());
  }

  /** Opens the index in {@code dir} for reading and writing with the given options. */
  public static NewsIndex open(Path dir, IndexOptions options) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    Files.createDirectories(dir);
    FSDirectory directory = FSDirectory.open(dir);
    try {
      return new NewsIndex(dir.toString(), directory, true, options);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens an existing index for searching only. It sees the last commit when opened and picks up
   * later commits of a writer in another process as they land.
   *
   * @throws IOException if there is no index in {@code dir}
   */
  public static NewsIndex openReadOnly(Path dir) throws IOException {
    return openReadOnly(dir, IndexOptions.defaults());
  }

  /**
   * Opens an existing index for searching only, with options (the search time limit; options about
   * adding articles do not apply).
   *
   * @throws IOException if there is no index in {@code dir}
   */
  public static NewsIndex openReadOnly(Path dir, IndexOptions options) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    if (!Files.isDirectory(dir)) {
      throw new IOException("no index at " + dir + "; NewsIndex.open creates one");
    }
    FSDirectory directory = FSDirectory.open(dir);
    try {
      return new NewsIndex(dir.toString(), directory, false, options);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Creates an empty index held in memory, with default options. */
  public static NewsIndex inMemory() {
    return inMemory(IndexOptions.defaults());
  }

  /** Creates an empty index held in memory. */
  public static NewsIndex inMemory(IndexOptions options) {
    try {
      return new NewsIndex("(memory)", new ByteBuffersDirectory(), true, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IndexWriter openWriter(String name, Directory directory, IndexOptions options)
      throws IOException {
    boolean exists = DirectoryReader.indexExists(directory);
    if (exists) {
      checkSchema(name, SegmentInfos.readLatestCommit(directory).getUserData());
    }
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer(true));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(options.ramBufferMb());
    config.setCommitOnClose(true);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IOException(
          "the index at " + name + " is being written by another process; wait for it to finish",
          e);
    }
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
    if (!exists) {
      // A crash during the first commit of a new index could leave it unreadable: commit empty now.
      writer.commit();
      LOG.info("created index at {}", name);
    }
    return writer;
  }

  private static void checkSchema(String name, Map<String, String> userData) throws IOException {
    String version = userData.get(SCHEMA_KEY);
    if (version == null) {
      // Every commit newsfacet makes carries the stamp, its very first one too: an index without
      // one is some other program's, and writing newsfacet's documents into it would spoil both.
      throw new IOException(
          "the index at "
              + name
              + " has no newsfacet schema version (another program's Lucene index?); "
              + "index into a new directory");
    }
    if (!version.equals(SCHEMA_VERSION)) {
      throw new IOException(
          "the index at "
              + name
              + " has schema version "
              + version
              + ", this newsfacet reads "
              + SCHEMA_VERSION
              + "; re-index into a new directory");
    }
  }

  /**
   * Adds an article, or replaces the one with the same id. When entity extraction is on, the
   * dimensions the article leaves empty are filled from its text; dimensions it sets are kept as
   * they are (metadata wins). When duplicate detection is on, the article joins the story of an
   * indexed article it copies (same normalised text, or a near copy); its own story id is ignored.
   * When detection is off, the article keeps its own story id (else its id).
   *
   * @return whether it replaced an article and which story it joined
   */
  public AddResult add(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    requireWriter();
    StagedArticle staged = pipeline.stage(article);
    List<StagedArticle> one = List.of(staged);
    try (Ingester.ArticleSink.Lookup lookup = pipeline.lookUp(one)) {
      pipeline.place(one, lookup);
    }
    return pipeline.write(staged);
  }

  /** The three steps of adding an article, which {@link #ingest} spreads over threads. */
  private final class Pipeline implements Ingester.ArticleSink {
    /** What {@link #searching} runs. */
    private interface OnSearcher<T> {
      T on(IndexSearcher searcher) throws IOException;
    }

    @Override
    public StagedArticle stage(Article article) {
      Article a = extractor == null ? article : extractor.enrich(article);
      return new StagedArticle(a, options.detectDuplicates() ? Fingerprint.of(a.body()) : null);
    }

    @Override
    public Ingester.ArticleSink.Lookup lookUp(List<StagedArticle> articles) throws IOException {
      // Pinned before acquiring: until released, nothing the searcher may not show is forgotten.
      long pin = generations.pin();
      IndexSearcher s;
      try {
        s = searchers.acquire();
      } catch (IOException | RuntimeException e) {
        forget(generations.unpin(pin));
        throw e;
      }
      PlacementLookup lookup = new PlacementLookup(s, pin);
      try {
        lookup.read(articles);
      } catch (IOException | RuntimeException e) {
        lookup.close();
        throw e;
      }
      return lookup;
    }

    @Override
    public void place(List<StagedArticle> articles, Ingester.ArticleSink.Lookup lookup) {
      if (articles.isEmpty()) {
        return;
      }
      PlacementLookup l = (PlacementLookup) lookup;
      // Only what the searcher cannot show is decided here, from memory: the ids and stories of
      // the articles placed since it was acquired.
      synchronized (stories) {
        List<String> ids = new ArrayList<>(articles.size());
        List<Fingerprint> fingerprints = new ArrayList<>(articles.size());
        boolean[] existed = new boolean[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
          StagedArticle st = articles.get(i);
          String id = st.article().id();
          boolean known = unrefreshedIds.containsKey(id);
          existed[i] = l.inIndex[i] || known;
          unrefreshedIds.put(id, Long.MAX_VALUE);
          StagedArticle earlier = freshUnwritten.isEmpty() ? null : freshUnwritten.remove(id);
          if (earlier != null) {
            earlier.placedAgainAs(st);
          } else if (!known && !l.filtersUsed.mayHaveId(id)) {
            // Asked now, in the turn: every earlier placement of the id is in the filter by now, so
            // "no" means no document with this id was ever in the index or placed by this writer.
            st.fresh();
            freshUnwritten.put(id, st);
          }
          ids.add(id);
          fingerprints.add(st.fingerprint());
        }
        List<StoryMatcher.Match> matches = stories.assignAll(ids, fingerprints, l.view);
        for (int i = 0; i < articles.size(); i++) {
          // Before the write: a searcher that shows the article must find its keys in the filters.
          l.filtersUsed.placed(ids.get(i), fingerprints.get(i));
        }
        for (int i = 0; i < articles.size(); i++) {
          articles.get(i).place(existed[i], matches.get(i));
        }
      }
    }

    @Override
    public AddResult write(StagedArticle st) throws IOException {
      Article a = st.article();
      StoryMatcher.Match match = st.match();
      String storyId = match != null ? match.storyId() : ownStory(a);
      IndexWriter w = requireWriter();
      org.apache.lucene.document.Document doc =
          schema.toDocument(a, storyId, st.fingerprint(), st.source());
      if (st.startAdd()) {
        // No older document to delete: an add spares the writer a delete term to buffer and apply.
        try {
          w.addDocument(doc);
        } finally {
          st.written();
          freshUnwritten.remove(a.id(), st);
        }
      } else {
        w.updateDocument(Schema.idTerm(a.id()), doc);
      }
      long g = generations.current();
      if (unrefreshedIds.replace(a.id(), Long.MAX_VALUE, g)) {
        synchronized (writtenIds) {
          writtenIds.addLast(Map.entry(a.id(), g));
        }
      }
      stories.written(a.id(), g);
      if (addsSinceRefresh.incrementAndGet() >= refreshEvery) {
        addsSinceRefresh.set(0);
        searchers.maybeRefresh();
      }
      return new AddResult(
          a.id(),
          st.existed(),
          storyId,
          match == null ? null : match.duplicateOf(),
          match != null && match.exact());
    }

    @Override
    public boolean complete(String fileId, String stamp) throws IOException {
      // A run that stopped between writing a file's new version and retiring the old one left
      // both: the file is read again, and the old one retired then.
      return searching(s ->
          Searches.complete(s, stamp) && s.count(SourceFiles.olderVersions(fileId, stamp)) == 0);
    }

    @Override
    public String fileId(String path) throws IOException {
      return searching(s -> SourceFiles.idOf(s, path));
    }

    @Override
    public String filePath(String id) throws IOException {
      return searching(s -> SourceFiles.pathOf(s, id));
    }

    @Override
    public void retire(String fileId, String stamp) throws IOException {
      requireWriter().deleteDocuments(SourceFiles.olderVersions(fileId, stamp));
    }

    /** A look-up on the current searcher. */
    private <T> T searching(OnSearcher<T> read) throws IOException {
      IndexSearcher s = searchers.acquire();
      try {
        return read.on(s);
      } finally {
        searchers.release(s);
      }
    }

    @Override
    public void commit() throws IOException {
      NewsIndex.this.commit();
    }
  }

  /**
   * Deletes the article with this id.
   *
   * @return {@code true} if there was one
   */
  public boolean delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    IndexWriter w = requireWriter();
    boolean existed = contains(id);
    w.deleteDocuments(Schema.idTerm(id));
    searchers.maybeRefreshBlocking();
    return existed;
  }

  private boolean contains(String id) throws IOException {
    if (unrefreshedIds.containsKey(id)) {
      return true;
    }
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(Schema.idTerm(id))) > 0;
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Reads every article file under the given files and directories and adds its articles. One bad
   * file never stops the run: it is reported with its reason, and every file seen is counted once.
   * Commits every {@link IndexOptions#commitEvery()} articles or {@link
   * IndexOptions#commitInterval()}, and at the end, telling the listener which files each commit
   * made durable; a killed run loses at most the files since the last commit. Files already indexed
   * as they are (same path, size and modification time) are passed over, so running the same ingest
   * again resumes an interrupted one. A large JSON Lines file (over 8 MiB, or gzipped over 2 MiB)
   * is read in pieces of about 4 MiB that every thread works on, in memory bounded by a piece
   * whatever the file's size; its articles are placed in line order, as if it were read whole.
   *
   * @param paths files and directories; directories are walked recursively
   * @param listener hears progress; {@link IngestListener#NONE} for none
   */
  public IngestReport ingest(List<Path> paths, IngestListener listener) throws IOException {
    requireWriter();
    return new Ingester(options).run(paths, pipeline, listener);
  }

  /** Makes everything added so far durable and visible to other processes. */
  public void commit() throws IOException {
    requireWriter().commit();
    searchers.maybeRefresh();
  }

  /**
   * Runs a search.
   *
   * @throws InvalidQueryException if the query cannot be parsed or run
   */
  public SearchResult search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    refreshIfDue();
    IndexSearcher s = searchers.acquire();
    try {
      return searches.search((FacetedSearcher) s, request);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The story id an article keeps when no duplicate detection placed it: its own story id when
   * detection is off (an import keeps the stories it was exported with), else its id.
   */
  private String ownStory(Article a) {
    return options.detectDuplicates() || a.storyId() == null ? a.id() : a.storyId();
  }

  /**
   * Streams every article, bodies, captions and provenance included, in id order, from one
   * point-in-time view of the index.
   *
   * @return how many articles were visited
   */
  public long forEachArticle(ArticleVisitor visitor) throws IOException {
    Objects.requireNonNull(visitor, "visitor");
    refreshIfDue();
    IndexSearcher s = searchers.acquire();
    try {
      return ArticleScan.forEach(s.getIndexReader(), visitor);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Writes every article as canonical JSON Lines ({@link ArticleJson}), in id order, in UTF-8. The
   * stream is flushed, not closed.
   *
   * @return how many articles were written
   */
  public long export(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long n =
        forEachArticle(a -> {
          w.write(ArticleJson.write(a));
          w.write('\n');
        });
    w.flush();
    return n;
  }

  /**
   * Adds every article of a canonical JSON Lines stream ({@link ArticleJson}) as it is. Open the
   * index with extraction and duplicate detection off to keep the exported values and stories
   * exactly; blank lines are skipped. Commits at the end.
   *
   * @return how many articles were added
   * @throws IllegalArgumentException naming the line number of the first record that cannot be read
   */
  public long importArticles(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    requireWriter();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    long n = 0;
    long lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Article a;
      try {
        a = ArticleJson.read(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
      }
      add(a);
      n++;
    }
    commit();
    return n;
  }

  /** The article with this id, with its body. */
  public Optional<Article> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    refreshIfDue();
    IndexSearcher s = searchers.acquire();
    try {
      return Searches.get(s, id);
    } finally {
      searchers.release(s);
    }
  }

  /** Counts articles, undated articles, the date span and distinct values per dimension. */
  public IndexStats stats() throws IOException {
    refreshIfDue();
    IndexSearcher s = searchers.acquire();
    try {
      return searches.stats((FacetedSearcher) s);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Lets searches see new articles: the writer's own additions, or another process's commits (two
   * file checks, and a directory listing when they show a change; cheap next to a search).
   */
  private void refreshIfDue() throws IOException {
    if (writer == null) {
      // Read-only: another process's commit shows as a newer segments_N in the listing; re-reading
      // the current commit on every search cost more than some searches themselves.
      long seen = seenCommit;
      if (seen > 0 && stillLatestCommit(seen)) {
        return;
      }
      long commit = SegmentInfos.getLastCommitGeneration(directory);
      if (commit != seenCommit && searchers.maybeRefresh()) {
        seenCommit = commit;
      }
      return;
    }
    searchers.maybeRefresh();
  }

  /**
   * Whether commit {@code generation} is, by two file checks, still the latest: its segments_N is
   * there and the next one is not. A writer (newsfacet keeps Lucene's default of only the last
   * commit) removes the old segments_N as it finishes a new commit, so a finished commit always
   * fails one check; listing the directory on every search cost more than a small search's page.
   * False when the directory is not a file system one: the caller then lists it.
   */
  private boolean stillLatestCommit(long generation) {
    if (!(directory instanceof FSDirectory fs)) {
      return false;
    }
    Path dir = fs.getDirectory();
    return Files.exists(dir.resolve(segmentsFile(generation)))
        && !Files.exists(dir.resolve(segmentsFile(generation + 1)));
  }

  private static String segmentsFile(long generation) {
    return IndexFileNames.fileNameFromGeneration(IndexFileNames.SEGMENTS, "", generation);
  }

  /** Whether this instance can add articles (it was not opened read-only). */
  public boolean writable() {
    return writer != null;
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("the index at " + name + " was opened read-only");
    }
    return writer;
  }

  /** Commits what was added (if writable) and releases the directory. */
  @Override
  public void close() throws IOException {
    try {
      synchronized (fillLock) {
        if (openedReader != null) {
          openedReader.decRef();
          openedReader = null;
        }
      }
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    } finally {
      searchPasses.close();
      directory.close();
    }
  }

  @Override
  public String toString() {
    return "NewsIndex[" + name + (writer == null ? ", read-only]" : "]");
  }

  /**
   * What placing a file's articles read from the index before its turn, through a searcher pinned
   * until this is closed.
   */
  private final class PlacementLookup implements Ingester.ArticleSink.Lookup {
    private final IndexSearcher searcher;
    private final long pin;
    private boolean[] inIndex = new boolean[0];
    private StoryMatcher.IndexView view;
    private PlacementFilters filtersUsed;
    private boolean closed;

    PlacementLookup(IndexSearcher searcher, long pin) {
      this.searcher = searcher;
      this.pin = pin;
    }

    void read(List<StagedArticle> articles) throws IOException {
      // The band walk visits every point of the index: without the search time limit's
      // per-point checks, which only searches need.
      IndexSearcher plain =
          new IndexSearcher(
              FilterDirectoryReader.unwrap((DirectoryReader) searcher.getIndexReader()));
      plain.setQueryCache(null);
      filtersUsed = placementFilters();
      List<String> ids = new ArrayList<>(articles.size());
      List<Fingerprint> fingerprints = new ArrayList<>(articles.size());
      inIndex = new boolean[articles.size()];
      for (int i = 0; i < articles.size(); i++) {
        StagedArticle st = articles.get(i);
        String id = st.article().id();
        ids.add(id);
        fingerprints.add(st.fingerprint());
        inIndex[i] = filtersUsed.mayHaveId(id) && plain.count(new TermQuery(Schema.idTerm(id))) > 0;
      }
      view = StoryMatcher.lookUp(ids, fingerprints, plain, filtersUsed);
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        searchers.release(searcher);
      } finally {
        forget(generations.unpin(pin));
      }
    }
  }

  /** The placement filters, filled from the index as opened on first use. */
  private PlacementFilters placementFilters() throws IOException {
    PlacementFilters f = filters;
    if (f != null) {
      return f;
    }
    synchronized (fillLock) {
      if (filters == null) {
        DirectoryReader r = openedReader;
        if (r == null) {
          filters = PlacementFilters.empty();
        } else {
          long start = System.nanoTime();
          PlacementFilters filled = PlacementFilters.fill(r);
          filters = filled;
          openedReader = null;
          r.decRef();
          LOG.debug(
              "placement filters filled from {} documents in {} ms: {} MB",
              r.maxDoc(),
              (System.nanoTime() - start) / 1_000_000,
              filled.bytes() >> 20);
        }
      }
      return filters;
    }
  }

  /** Forgets the placed articles of this refresh generation and older. */
  private void forget(long upTo) {
    if (upTo < 0) {
      return;
    }
    synchronized (writtenIds) {
      while (!writtenIds.isEmpty() && writtenIds.peekFirst().getValue() <= upTo) {
        Map.Entry<String, Long> e = writtenIds.pollFirst();
        unrefreshedIds.remove(e.getKey(), e.getValue());
      }
    }
    stories.forget(upTo);
  }

  /** Forgets pending ids once a refresh has made them visible to every searcher in use. */
  private final class PendingIdsListener implements ReferenceManager.RefreshListener {
    @Override
    public void beforeRefresh() {
      generations.beforeRefresh();
    }

    @Override
    public void afterRefresh(boolean didRefresh) {
      if (didRefresh) {
        // Any refresh (a commit's too) bounds the pending memory for the next period.
        addsSinceRefresh.set(0);
      }
      forget(generations.afterRefresh(didRefresh));
    }
  }
}
