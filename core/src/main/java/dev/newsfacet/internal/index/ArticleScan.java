package dev.newsfacet.internal.index;

import dev.newsfacet.ArticleVisitor;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Streams every live article of a reader in id order: the id terms across all segments are already
 * sorted, so an export is deterministic without holding the ids in memory.
 */
public final class ArticleScan {
  private ArticleScan() {}

  /** Visits each live article, bodies and captions included; returns how many. */
  public static long forEach(IndexReader reader, ArticleVisitor visitor) throws IOException {
    Terms ids = MultiTerms.getTerms(reader, Schema.ID);
    if (ids == null) {
      return 0;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    TermsEnum terms = ids.iterator();
    PostingsEnum postings = null;
    long n = 0;
    while (terms.next() != null) {
      postings = terms.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(Schema.toArticle(stored.document(doc)));
          n++;
          // An id has one live document: the others are replaced copies.
          break;
        }
      }
    }
    return n;
  }
}
