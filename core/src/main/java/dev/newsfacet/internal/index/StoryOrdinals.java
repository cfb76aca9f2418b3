package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Numbers the stories of a reader across its segments (global ordinals of the {@code story} doc
 * values), so that stories can be counted with bit sets. Built once per reader, like the facet
 * state.
 */
final class StoryOrdinals {
  private final OrdinalMap map;
  private final int count;

  private StoryOrdinals(OrdinalMap map, int count) {
    this.map = map;
    this.count = count;
  }

  static StoryOrdinals of(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaves.get(i).reader(), Schema.STORY);
    }
    if (values.length == 1) {
      return new StoryOrdinals(null, values[0].getValueCount());
    }
    OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
    return new StoryOrdinals(map, (int) map.getValueCount());
  }

  /** Maps a segment's story ordinals to global ones. */
  LongValues forLeaf(int leafOrd) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leafOrd);
  }

  /** The number of distinct stories in the reader (deleted articles' stories included). */
  int count() {
    return count;
  }
}
