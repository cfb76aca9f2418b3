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
  private final double duplicateThreshold;

  private IndexOptions(Builder b) {
    this.extractEntities = b.extractEntities;
    this.ramBufferMb = b.ramBufferMb;
    this.threads = b.threads;
    this.maxFileBytes = b.maxFileBytes;
    this.followSymlinks = b.followSymlinks;
    this.gazetteers = List.copyOf(b.gazetteers);
    this.detectDuplicates = b.detectDuplicates;
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

  /** Files larger than this are skipped with a reason. */
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

  /** Builds {@link IndexOptions}; setters validate at once. */
  public static final class Builder {
    private boolean extractEntities = true;
    private double ramBufferMb = 64;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private long maxFileBytes = 64L * 1024 * 1024;
    private boolean followSymlinks;
    private final List<Path> gazetteers = new ArrayList<>();
    private boolean detectDuplicates = true;
    private double duplicateThreshold = 0.6;

    private Builder() {}

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

    /** Sets the number of ingest threads, at least 1. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Sets the largest file read, in bytes, at least 1. */
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
