package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} that carries the facet ordinal state of its reader.
 *
 * <p>Building that state maps every facet label to a global ordinal, which costs time in proportion
 * to the number of distinct values; it is done once per reader, when the {@code SearcherManager}
 * opens or reopens one, never per query.
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState state;
  private volatile StoryOrdinals stories;
  private final ReaderFacets columns;
  private final FieldInfo body;

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    this(reader, config, new ColumnCache());
  }

  FacetedSearcher(IndexReader reader, FacetsConfig config, ColumnCache cache) throws IOException {
    // No IndexSearcher.setTimeout: its windowed scoring breaks DrillSideways. The reader is
    // wrapped instead (see exitable), which bounds term expansion and doc-value iteration.
    super(reader);
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    FieldInfo facets = fields.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    this.body = fields.fieldInfo(Schema.BODY);
    this.state = facets == null ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
    this.columns = state == null ? null : new ReaderFacets(reader, state, cache);
    if (columns != null) {
      // Warm: the dimensions almost every faceted search counts.
      columns.warm(Dimension.PARTY, Dimension.YEAR);
    }
  }

  /** The body field's merged field info (for the highlighter), or {@code null} if none. */
  FieldInfo bodyFieldInfo() {
    return body;
  }

  /** The facet columns of this reader, or {@code null} when no article has a facet value. */
  ReaderFacets columns() {
    return columns;
  }

  /**
   * The story numbering of this reader, built on first use: only searches that count stories or
   * collapse them need it, and at a million articles it is a quarter of a second a fresh process
   * would pay on every open.
   */
  StoryOrdinals stories() throws IOException {
    StoryOrdinals s = stories;
    if (s == null) {
      synchronized (this) {
        s = stories;
        if (s == null) {
          s = StoryOrdinals.of(getIndexReader());
          stories = s;
        }
      }
    }
    return s;
  }

  /** The facet state, or {@code null} when no article in this reader has a facet value. */
  public SortedSetDocValuesReaderState facetState() {
    return state;
  }

  /**
   * Wraps a reader so that term expansion (wildcards, fuzzy, regular expressions) checks the search
   * deadline as it goes. Reopening the wrapper wraps the new reader too.
   */
  public static DirectoryReader exitable(DirectoryReader reader) throws IOException {
    return ExitableDirectoryReader.wrap(reader, SearchDeadline.INSTANCE);
  }

  /** Creates a {@link FacetedSearcher} for every reader a {@code SearcherManager} opens. */
  public static SearcherFactory factory(FacetsConfig config) {
    // One column cache per index: a reopened reader reuses the columns of unchanged segments.
    ColumnCache cache = new ColumnCache();
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
          throws IOException {
        return new FacetedSearcher(reader, config, cache);
      }
    };
  }
}
