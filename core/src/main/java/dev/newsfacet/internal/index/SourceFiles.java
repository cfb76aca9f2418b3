package dev.newsfacet.internal.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Which file on disk owns which file id, read from the {@link Schema#SOURCE_FILE} terms of live
 * articles. Articles indexed before those terms existed answer nothing.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /** The file id that the file at this real path has in the index, or null. */
  public static String idOf(IndexSearcher searcher, String path) throws IOException {
    return after(searcher, "p" + path + Schema.FILE_SEP);
  }

  /** The real path of the file that owns this file id in the index, or null. */
  public static String pathOf(IndexSearcher searcher, String id) throws IOException {
    return after(searcher, "i" + id + Schema.FILE_SEP);
  }

  /**
   * The articles of earlier versions of the file with this id: those not written with this stamp.
   * Articles indexed before the file terms existed are not among them.
   */
  public static Query olderVersions(String id, String stamp) {
    return new BooleanQuery.Builder()
        .add(
            new PrefixQuery(new Term(Schema.SOURCE_FILE, "i" + id + Schema.FILE_SEP)),
            BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.SOURCE_STAMP, stamp)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** What follows the prefix in the first term with a live article, or null. */
  private static String after(IndexSearcher searcher, String prefix) throws IOException {
    BytesRef p = new BytesRef(prefix);
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Schema.SOURCE_FILE);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
        continue;
      }
      // A replaced article's terms stay in its segment until a merge: only a live one counts.
      Bits live = leaf.reader().getLiveDocs();
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, p); t = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            return t.utf8ToString().substring(prefix.length());
          }
        }
      }
    }
    return null;
  }
}
