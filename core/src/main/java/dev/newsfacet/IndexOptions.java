package dev.newsfacet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable settings of a {@link NewsIndex}. Build with {@link #builder()}; {@link #defaults()}
 * suits most uses.
 */
public final class IndexOptions {
  private static final IndexOptions DEFAULTS = builder().build();

  private final boolean extractEntities;
  private final double ramBufferMb;
  private final int threads;
  private final long maxFileBytes;
  private final boolean followSymlinks;
  private final List<Path> gazetteers;
  private final boolean detectDuplicates;
  private final java.time.Duration searchTimeout;
  private final int searchThreads;
  private final int commitEvery;
  private final java.time.Duration commitInterval;
  private final boolean skipUnchanged;
  private final double duplicateThreshold;

  private IndexOptions(Builder b) {
    this.extractEntities = b.extractEntities;
    this.ramBufferMb = b.ramBufferMb;
    this.threads = b.threads;
    this.maxFileBytes = b.maxFileBytes;
    this.followSymlinks = b.followSymlinks;
    this.gazetteers = List.copyOf(b.gazetteers);
    this.detectDuplicates = b.detectDuplicates;
    this.searchTimeout = b.searchTimeout;
    this.searchThreads = b.searchThreads;
    this.commitEvery = b.commitEvery;
    this.commitInterval = b.commitInterval;
    this.skipUnchanged = b.skipUnchanged;
    this.duplicateThreshold = b.duplicateThreshold;
  }

  /** The default settings. */
  public static IndexOptions defaults() {
    return DEFAULTS;
  }

  /** Starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether articles added get parties, persons, places and years extracted from their text. */
  public boolean extractEntities() {
    return extractEntities;
  }

  /** Memory Lucene buffers before it flushes a segment, in MB. */
  public double ramBufferMb() {
    return ramBufferMb;
  }

  /** Threads that read and extract files during {@link NewsIndex#ingest}. */
  public int threads() {
    return threads;
  }

  /**
   * Files larger than this are skipped with a reason. Large plain JSON Lines files are read in
   * pieces instead, and for them this limits a line: a longer one is a record error.
   */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** Whether directory walks follow symbolic links. */
  public boolean followSymlinks() {
    return followSymlinks;
  }

  /** User gazetteer files merged over the built-in one, later files winning. */
  public List<Path> gazetteers() {
    return gazetteers;
  }

  /** Whether copies of an article are grouped into one story as they are added. */
  public boolean detectDuplicates() {
    return detectDuplicates;
  }

  /**
   * The estimated Jaccard similarity of two bodies' word 5-shingles from which the later one joins
   * the earlier one's story.
   */
  public double duplicateThreshold() {
    return duplicateThreshold;
  }

  /** How long one search may run before it fails with a {@link SearchTimeoutException}. */
  public java.time.Duration searchTimeout() {
    return searchTimeout;
  }

  /**
   * How many threads one search may use for its passes. A faceted search walks its matches more
   * than once (the page of hits, the counts, and one pass per filtered dimension that is counted);
   * with two or more threads these independent passes run at the same time, which shortens a search
   * without changing what it costs in CPU. A pass finds no idle thread when the index is busy with
   * other searches and then runs on the calling thread, so a loaded index never queues behind its
   * own helpers. 1 runs every pass on the calling thread.
   */
  public int searchThreads() {
    return searchThreads;
  }

  /** During {@link NewsIndex#ingest}, commit after at least this many articles. */
  public int commitEvery() {
    return commitEvery;
  }

  /** During {@link NewsIndex#ingest}, commit at least this often. */
  public java.time.Duration commitInterval() {
    return commitInterval;
  }

  /**
   * Whether {@link NewsIndex#ingest} passes over files already indexed as they are (same path, size
   * and modification time), so that an interrupted run resumes where it stopped.
   */
  public boolean skipUnchanged() {
    return skipUnchanged;
  }

  /** Builds {@link IndexOptions}; setters validate at once. */
  public static final class Builder {
    private boolean extractEntities = true;
    private double ramBufferMb = 64;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private long maxFileBytes = 64L * 1024 * 1024;
    private boolean followSymlinks;
    private final List<Path> gazetteers = new ArrayList<>();
    private boolean detectDuplicates = true;
    private java.time.Duration searchTimeout = java.time.Duration.ofSeconds(30);
    private int searchThreads =
        Math.min(2, Math.max(1, Runtime.getRuntime().availableProcessors()));
    private int commitEvery = 100_000;
    private java.time.Duration commitInterval = java.time.Duration.ofSeconds(60);
    private boolean skipUnchanged = true;
    private double duplicateThreshold = 0.6;

    private Builder() {}

    /** Sets the time limit of one search (default 30 seconds), more than zero. */
    public Builder searchTimeout(java.time.Duration limit) {
      if (limit == null || limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("searchTimeout must be positive, got " + limit);
      }
      this.searchTimeout = limit;
      return this;
    }

    /** Commits during ingest after at least this many articles (default 100,000), at least 1. */
    public Builder commitEvery(int articles) {
      if (articles < 1) {
        throw new IllegalArgumentException("commitEvery must be >= 1, got " + articles);
      }
      this.commitEvery = articles;
      return this;
    }

    /** Commits during ingest at least this often (default 60 seconds), more than zero. */
    public Builder commitInterval(java.time.Duration interval) {
      if (interval == null || interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("commitInterval must be positive, got " + interval);
      }
      this.commitInterval = interval;
      return this;
    }

    /** Re-reads files even when they are indexed as they are (default: pass over them). */
    public Builder skipUnchanged(boolean skip) {
      this.skipUnchanged = skip;
      return this;
    }

    /** Turns grouping of duplicates into stories on (the default) or off. */
    public Builder detectDuplicates(boolean on) {
      this.detectDuplicates = on;
      return this;
    }

    /** Sets the near-duplicate similarity threshold, above 0 and at most 1 (default 0.6). */
    public Builder duplicateThreshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException(
            "duplicateThreshold must be in (0, 1], got " + threshold);
      }
      this.duplicateThreshold = threshold;
      return this;
    }

    /** Turns entity and year extraction on (the default) or off. */
    public Builder extractEntities(boolean on) {
      this.extractEntities = on;
      return this;
    }

    /** Sets Lucene's RAM buffer, in MB (1 to 2047). */
    public Builder ramBufferMb(double mb) {
      if (!(mb >= 1 && mb < 2048)) {
        throw new IllegalArgumentException("ramBufferMb must be in [1, 2048), got " + mb);
      }
      this.ramBufferMb = mb;
      return this;
    }

    /**
     * Sets how many threads one search may use for its independent passes, 1 to 64 (default: 2, or
     * 1 on a single-core machine). See {@link IndexOptions#searchThreads()}.
     */
    public Builder searchThreads(int threads) {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("searchThreads must be in [1, 64], got " + threads);
      }
      this.searchThreads = threads;
      return this;
    }

    /** Sets the number of ingest threads, at least 1. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets the largest file read, in bytes, at least 1; for large JSON Lines files, read in pieces,
     * the longest line.
     */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be >= 1, got " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /** Follows symbolic links during directory walks (off by default). */
    public Builder followSymlinks(boolean follow) {
      this.followSymlinks = follow;
      return this;
    }

    /** Adds a user gazetteer file (JSON Lines, see the README). */
    public Builder gazetteer(Path file) {
      gazetteers.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Builds the options. */
    public IndexOptions build() {
      return new IndexOptions(this);
    }
  }
}
