package dev.newsfacet.internal.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * What placing an article may find in the index, kept in memory so that the lookups that would find
 * nothing (nearly all: most articles are new and unique) never reach the index: the band keys, the
 * text hashes and the ids of every document the index may hold.
 *
 * <p>Each filter is a superset: it answers "no" only for a key that no document of the index has.
 * It holds the keys of the documents that were in the index when its writer opened ({@link #fill},
 * from a reader of that moment) and of every article placed since ({@link #placed}, called before
 * the article is written). Nothing else adds documents: the writer holds the index's write lock, so
 * no other process writes, and refreshes and commits only make written documents visible or
 * durable. Deleted and replaced documents leave their keys behind, which only costs a "maybe".
 *
 * <p>{@link #placed} must be called by one thread at a time (the placement turn); lookups run on
 * any thread meanwhile.
 */
public final class PlacementFilters {
  /** Bits per band key: a false positive rate near 0.1% per filter. */
  private static final int BITS_PER_KEY = 16;

  /** Articles the first filters are sized for when the index starts empty or small. */
  private static final int MIN_ARTICLES = 1 << 17;

  private final KeyFilterChain bands;
  private final KeyFilterChain hashes;
  private final KeyFilterChain ids;

  private PlacementFilters(long articles) {
    long n = Math.max(MIN_ARTICLES, articles);
    bands = new KeyFilterChain(n * Fingerprint.BANDS, BITS_PER_KEY);
    hashes = new KeyFilterChain(n, BITS_PER_KEY);
    ids = new KeyFilterChain(n, BITS_PER_KEY);
  }

  /** Filters for an index that holds no document. */
  public static PlacementFilters empty() {
    return new PlacementFilters(0);
  }

  /**
   * Filters holding the keys of every document of a reader, deleted ones included, sized for twice
   * as many documents so that the next ingest of the same size fits in the first filters.
   */
  public static PlacementFilters fill(IndexReader reader) throws IOException {
    PlacementFilters f = new PlacementFilters(2L * reader.maxDoc());
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = leaf.reader().getPointValues(Schema.LSH);
      if (points != null) {
        points.intersect(new AllPoints(f.bands));
      }
      f.fillTerms(leaf, Schema.TEXT_HASH, f.hashes);
      f.fillTerms(leaf, Schema.ID, f.ids);
    }
    return f;
  }

  private void fillTerms(LeafReaderContext leaf, String field, KeyFilterChain into)
      throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      into.addUnshared(key(t.bytes, t.offset, t.length));
    }
  }

  /** Takes every point of the field; the filter wants them all. */
  private static final class AllPoints implements PointValues.IntersectVisitor {
    private final KeyFilterChain into;

    AllPoints(KeyFilterChain into) {
      this.into = into;
    }

    @Override
    public void visit(int docID) {
      throw new IllegalStateException("the cell is always crossed, never inside");
    }

    @Override
    public void visit(int docID, byte[] packedValue) {
      into.addUnshared(NumericUtils.sortableBytesToLong(packedValue, 0));
    }

    @Override
    public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
      // Crossing, so that every point is visited with its value.
      return PointValues.Relation.CELL_CROSSES_QUERY;
    }
  }

  /** Records an article being placed; call before it is written. */
  public void placed(String id, Fingerprint fp) {
    ids.add(key(id));
    if (fp != null) {
      hashes.add(key(fp.textHash()));
      bands.addAll(fp.bands());
    }
  }

  /**
   * Moves the band keys that some document of the index may have to the front of the array, in
   * order; the rest of the array is left undefined.
   *
   * @return how many were kept
   */
  public int retainMaybeBands(long[] keys) {
    return bands.retainMaybe(keys);
  }

  /** False only if no document of the index has this text hash. */
  public boolean mayHaveTextHash(String textHash) {
    return hashes.mightContain(key(textHash));
  }

  /** False only if no document of the index has this id. */
  public boolean mayHaveId(String id) {
    return ids.mightContain(key(id));
  }

  /** Heap bytes of the three filters. */
  public long bytes() {
    return bands.bytes() + hashes.bytes() + ids.bytes();
  }

  /** How many filters each chain has grown to: bands, text hashes, ids. */
  public String shape() {
    return bands.filters() + "/" + hashes.filters() + "/" + ids.filters();
  }

  /** The key of a term as the index holds it: its UTF-8 bytes, hashed. */
  static long key(String term) {
    // Ids and text hashes are ASCII, whose UTF-8 bytes are its chars: the same key without
    // encoding the term into a new array first (a fifth of the lookups' own time at 1M).
    int length = term.length();
    long h = 0xcbf29ce484222325L ^ length;
    int seen = 0;
    int i = 0;
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      long w = 0;
      for (int s = 0; s < Long.BYTES; s++) {
        char c = term.charAt(i + s);
        seen |= c;
        w |= (long) c << (s * 8);
      }
      h = Fingerprint.mix(h ^ w);
    }
    long tail = 0;
    for (int s = 0; i < length; i++, s += 8) {
      char c = term.charAt(i);
      seen |= c;
      tail |= (long) c << s;
    }
    if (seen >= 0x80) {
      BytesRef b = new BytesRef(term);
      return key(b.bytes, b.offset, b.length);
    }
    return Fingerprint.mix(h ^ tail);
  }

  static long key(byte[] bytes, int offset, int length) {
    long h = 0xcbf29ce484222325L ^ length;
    int i = offset;
    int end = offset + length;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      h = Fingerprint.mix(h ^ (long) LONGS.get(bytes, i));
    }
    long tail = 0;
    for (int s = 0; i < end; i++, s += 8) {
      tail |= (bytes[i] & 0xFFL) << s;
    }
    return Fingerprint.mix(h ^ tail);
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
}
