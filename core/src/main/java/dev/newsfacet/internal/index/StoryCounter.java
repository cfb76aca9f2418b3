package dev.newsfacet.internal.index;

import dev.newsfacet.Dimension;
import dev.newsfacet.Facet;
import dev.newsfacet.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Counts stories instead of articles: how many distinct stories among the matching articles carry
 * each value, so twenty syndicated copies of one wire report count once.
 *
 * <p>One pass over the matching documents collects (value, story) pairs as longs; sorting them
 * leaves each distinct pair once.
 */
final class StoryCounter {
  private StoryCounter() {}

  /** Distinct stories among the matching articles. */
  static long stories(FacetsCollector matching, StoryOrdinals ords) throws IOException {
    FixedBitSet seen = new FixedBitSet(Math.max(1, ords.count()));
    for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
      if (md.bits() == null) {
        continue;
      }
      SortedDocValues story = DocValues.getSorted(md.context().reader(), Schema.STORY);
      LongValues global = ords.forLeaf(md.context().ord);
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (story.advanceExact(doc)) {
          seen.set((int) global.get(story.ordValue()));
        }
      }
    }
    return seen.cardinality();
  }

  /**
   * Stories per value of one dimension.
   *
   * @param all whether to return every value (for a timeline) rather than the top {@code limit}
   */
  static Facet count(
      FacetsCollector matching, StoryOrdinals ords, Dimension d, int limit, boolean all)
      throws IOException {
    LabelDictionary labels = new LabelDictionary();
    long[] pairs = new long[1024];
    int n = 0;
    for (FacetsCollector.MatchingDocs md : matching.getMatchingDocs()) {
      if (md.bits() == null) {
        continue;
      }
      SortedSetDocValues dv =
          DocValues.getSortedSet(md.context().reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      SortedDocValues story = DocValues.getSorted(md.context().reader(), Schema.STORY);
      LongValues global = ords.forLeaf(md.context().ord);
      LeafDimension dim = new LeafDimension(dv, d.fieldName(), labels);
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!dv.advanceExact(doc) || !story.advanceExact(doc)) {
          continue;
        }
        long s = global.get(story.ordValue());
        for (int i = 0, c = dv.docValueCount(); i < c; i++) {
          int label = dim.number(dv.nextOrd());
          if (label >= 0) {
            if (n == pairs.length) {
              pairs = Arrays.copyOf(pairs, n * 2);
            }
            pairs[n++] = ((long) label << 32) | s;
          }
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    int[] counts = new int[labels.size()];
    for (int i = 0; i < n; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        counts[(int) (pairs[i] >>> 32)]++;
      }
    }
    List<FacetValue> values = new ArrayList<>(labels.size());
    for (int label = 0; label < counts.length; label++) {
      if (counts[label] > 0) {
        values.add(new FacetValue(labels.label(label), counts[label]));
      }
    }
    int distinct = values.size();
    if (all) {
      return new Facet(d, values, distinct);
    }
    values.sort(
        Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return new Facet(d, values.subList(0, Math.min(limit, values.size())), distinct);
  }
}
