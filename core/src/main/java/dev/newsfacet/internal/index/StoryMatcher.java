package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Groups syndicated copies into stories as articles are added. An article joins the story of an
 * indexed (or just added) article with the same normalised text, else of the most similar one whose
 * estimated Jaccard similarity reaches the threshold; otherwise it starts a story of its own, whose
 * id is its own id.
 *
 * <p>Articles added since the searcher last refreshed are not visible to it, so they are also kept
 * here until a refresh makes them visible. Assignment is serialised: two copies added at once by
 * different threads still end up in one story.
 */
public final class StoryMatcher {
  /** How many band-sharing candidates are compared on the whole signature. */
  private static final int CANDIDATES = 50;

  private static final Set<String> CANDIDATE_FIELDS = Set.of(Schema.ID, Schema.STORY);

  /** The story an article was put in. */
  public record Match(String storyId, String duplicateOf, boolean exact, double similarity) {}

  /** An article the searcher may not show yet; its generation is set once it is written. */
  private static final class Pending {
    final String id;
    final String storyId;
    final String textHash;
    final byte[] signature;
    long generation = Long.MAX_VALUE;
    boolean forgotten;

    /**
     * An earlier placement of the same id, not written yet when this one was placed. Writes of one
     * id may come in any order from different threads, so the chain is marked written only when all
     * its writes are done, with the generation of the last.
     */
    Pending earlier;

    /** Writes still due for this id's chain (kept on its newest member). */
    int unwritten = 1;

    Pending(String id, String storyId, String textHash, byte[] signature) {
      this.id = id;
      this.storyId = storyId;
      this.textHash = textHash;
      this.signature = signature;
    }
  }

  private final double threshold;
  private int pendingCount;
  private final Map<String, Pending> pendingByHash = new HashMap<>();
  private final Map<String, Pending> pendingById = new HashMap<>();
  private final BandChains<Pending> pendingByBand = new BandChains<>(p -> !p.forgotten);

  /**
   * Written articles in the order they were written, so in nondecreasing generation order (nearly:
   * two threads may enqueue out of order, which only delays forgetting): forgetting pops the head.
   */
  private final ArrayDeque<Pending> written = new ArrayDeque<>();

  public StoryMatcher(double threshold) {
    this.threshold = threshold;
  }

  /** Finds the story of an article and remembers it for the articles that follow. */
  public Match assign(String id, Fingerprint fp, IndexSearcher searcher) throws IOException {
    return assignAll(List.of(id), java.util.Collections.singletonList(fp), searcher).get(0);
  }

  /**
   * What the index shows about a list of articles: for each, its near-duplicate candidates and an
   * indexed exact copy. Read before placing, by any thread, from a searcher that must show at least
   * every article the matcher has forgotten.
   */
  public static final class IndexView {
    private final List<List<Candidate>> candidates;
    private final Match[] exact;

    private IndexView(List<List<Candidate>> candidates, Match[] exact) {
      this.candidates = candidates;
      this.exact = exact;
    }
  }

  /**
   * Reads from the index what placing these articles needs; holds no lock.
   *
   * @param filters what the index may hold, or null to ask the index about every key; band keys and
   *     text hashes the filters rule out are not looked up (the index has none of them)
   */
  public static IndexView lookUp(
      List<String> ids, List<Fingerprint> fps, IndexSearcher searcher, PlacementFilters filters)
      throws IOException {
    List<List<Candidate>> candidates = indexCandidates(fps, searcher, filters);
    Match[] exact = new Match[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      Fingerprint fp = fps.get(i);
      if (fp != null && (filters == null || filters.mayHaveTextHash(fp.textHash()))) {
        exact[i] = indexExact(ids.get(i), fp, searcher);
      }
    }
    return new IndexView(candidates, exact);
  }

  /** {@link #assignAll(List, List, IndexView)} with the index read now, every key asked. */
  public List<Match> assignAll(List<String> ids, List<Fingerprint> fps, IndexSearcher searcher)
      throws IOException {
    IndexView view = lookUp(ids, fps, searcher, null);
    synchronized (this) {
      return assignAll(ids, fps, view);
    }
  }

  /**
   * Finds the stories of several articles, in list order, as if {@link #assign} were called for
   * each in turn: an article can join the story of one earlier in the list. The index is asked once
   * for every article's near-duplicate candidates, not once per article: one walk over the band
   * points costs far less than one point lookup per band and article.
   *
   * @param fps the fingerprints, null entries for articles without one (their match is null)
   * @param view what the index showed of these articles ({@link #lookUp})
   */
  public synchronized List<Match> assignAll(
      List<String> ids, List<Fingerprint> fps, IndexView view) {
    List<List<Candidate>> candidates = view.candidates;
    List<Match> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      Fingerprint fp = fps.get(i);
      if (fp == null) {
        out.add(null);
        continue;
      }
      String id = ids.get(i);
      Match match = pendingExact(id, fp);
      if (match == null) {
        match = view.exact[i];
      }
      if (match == null) {
        match = near(id, fp, candidates.get(i));
      }
      if (match == null || match.storyId().equals(id)) {
        // Alone, or re-indexed as the first article of its own story.
        match = new Match(id, null, false, 0);
      }
      Pending p = new Pending(id, match.storyId(), fp.textHash(), fp.signature());
      pendingCount++;
      Pending previous = pendingById.put(id, p);
      if (previous != null && previous.generation == Long.MAX_VALUE) {
        p.earlier = previous;
        p.unwritten = previous.unwritten + 1;
      }
      pendingByHash.putIfAbsent(fp.textHash(), p);
      for (long band : fp.bands()) {
        pendingByBand.add(band, p);
      }
      out.add(match);
    }
    return out;
  }

  /** An indexed article that shares a band with an article being placed. */
  private record Candidate(int doc, String id, String storyId, byte[] signature) {}

  /**
   * For each fingerprint, the indexed articles that share at least one band with it, in index
   * order: what a band query per article would find.
   */
  private static List<List<Candidate>> indexCandidates(
      List<Fingerprint> fps, IndexSearcher searcher, PlacementFilters filters) throws IOException {
    List<List<Candidate>> out = new ArrayList<>(fps.size());
    BandTable articlesByBand = new BandTable(fps.size() * Fingerprint.BANDS);
    for (int i = 0; i < fps.size(); i++) {
      out.add(new ArrayList<>(0));
      Fingerprint fp = fps.get(i);
      if (fp == null) {
        continue;
      }
      for (long band : fp.bands()) {
        articlesByBand.add(band, i);
      }
    }
    if (articlesByBand.isEmpty()) {
      return out;
    }
    long[] bands = articlesByBand.keys();
    if (filters != null) {
      // A document sharing a band with an article has that band, which the filter then holds: the
      // bands it rules out find nothing, so the walk (a cell per key) covers only the others.
      int kept = filters.retainMaybeBands(bands);
      if (kept == 0) {
        return out;
      }
      bands = java.util.Arrays.copyOf(bands, kept);
    }
    Query q = LongPoint.newSetQuery(Schema.LSH, bands);
    int[] docs = matchingDocs(searcher, q);
    StoredFields stored = searcher.storedFields();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    BinaryDocValues signatures = null;
    for (int doc : docs) {
      // Docs come in increasing order: the leaves are walked once, each doc value read forward.
      while (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(++leafIndex);
        signatures = leaf.reader().getBinaryDocValues(Schema.SIGNATURE_VALUES);
      }
      if (signatures == null || !signatures.advanceExact(doc - leaf.docBase)) {
        continue; // an article without words has no signature
      }
      BytesRef bytes = signatures.binaryValue();
      if (bytes.length != Fingerprint.SLOTS) {
        // Another signature scheme's: schema checks keep such indexes out, compare nothing.
        continue;
      }
      byte[] signature = Fingerprint.signature(bytes.bytes, bytes.offset, bytes.length);
      Document d = stored.document(doc, CANDIDATE_FIELDS);
      Candidate c = new Candidate(doc, d.get(Schema.ID), d.get(Schema.STORY), signature);
      for (long band : Fingerprint.bands(signature)) {
        for (int e = articlesByBand.first(band); e >= 0; e = articlesByBand.next(e)) {
          List<Candidate> list = out.get(articlesByBand.article(e));
          // Docs come in order, so a doc sharing several bands is last in the list if listed.
          if (list.isEmpty() || list.get(list.size() - 1).doc() != doc) {
            list.add(c);
          }
        }
      }
    }
    return out;
  }

  /** Every live document matching the query, in increasing doc id order. */
  private static int[] matchingDocs(IndexSearcher searcher, Query query) throws IOException {
    List<int[]> perSlice =
        searcher.search(
            query,
            new CollectorManager<DocCollector, List<int[]>>() {
              @Override
              public DocCollector newCollector() {
                return new DocCollector();
              }

              @Override
              public List<int[]> reduce(java.util.Collection<DocCollector> collectors) {
                List<int[]> all = new ArrayList<>();
                for (DocCollector c : collectors) {
                  all.add(c.docs());
                }
                return all;
              }
            });
    int total = 0;
    for (int[] d : perSlice) {
      total += d.length;
    }
    int[] docs = new int[total];
    int k = 0;
    for (int[] d : perSlice) {
      System.arraycopy(d, 0, docs, k, d.length);
      k += d.length;
    }
    java.util.Arrays.sort(docs);
    return docs;
  }

  private Match pendingExact(String id, Fingerprint fp) {
    Pending p = pendingByHash.get(fp.textHash());
    if (p != null && !p.id.equals(id)) {
      return new Match(p.storyId, p.id, true, 1);
    }
    return null;
  }

  private static Match indexExact(String id, Fingerprint fp, IndexSearcher searcher)
      throws IOException {
    // What a top-5 term query on the hash returned, without a search per article: the hash is an
    // exact term without norms, so every hit scores the same and the top 5 are the first 5 live
    // documents in index order.
    BytesRef hash = new BytesRef(fp.textHash());
    StoredFields stored = null;
    int seen = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Schema.TEXT_HASH);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(hash)) {
        continue;
      }
      PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        if (seen++ == EXACT_HITS) {
          return null;
        }
        if (stored == null) {
          stored = searcher.storedFields();
        }
        Document doc = stored.document(leaf.docBase + d, CANDIDATE_FIELDS);
        if (!id.equals(doc.get(Schema.ID))) {
          return new Match(doc.get(Schema.STORY), doc.get(Schema.ID), true, 1);
        }
      }
    }
    return null;
  }

  /** How many indexed copies of the same text are looked at for one that is not the article. */
  private static final int EXACT_HITS = 5;

  private Match near(String id, Fingerprint fp, List<Candidate> indexed) {
    String bestId = null;
    String bestStory = null;
    double best = -1;
    long[] bands = fp.bands();
    for (long band : bands) {
      for (int e = pendingByBand.first(band); e >= 0; e = pendingByBand.next(e)) {
        Pending p = pendingByBand.value(e);
        if (p.forgotten) {
          continue;
        }
        double sim = fp.similarity(p.signature);
        if (!p.id.equals(id) && sim > best) {
          best = sim;
          bestId = p.id;
          bestStory = p.storyId;
        }
      }
    }
    // Unrelated bodies almost never share a band, so the candidates are few; as a band query
    // ranking them by doc id would, only the first ones are compared.
    int compared = 0;
    for (Candidate c : indexed) {
      if (compared++ == CANDIDATES) {
        break;
      }
      if (id.equals(c.id())) {
        continue;
      }
      double sim = fp.similarity(c.signature());
      if (sim > best) {
        best = sim;
        bestId = c.id();
        bestStory = c.storyId();
      }
    }
    return best >= threshold ? new Match(bestStory, bestId, false, best) : null;
  }

  /**
   * Called once an article is in the index writer, with the refresh generation then current: a
   * refresh of a later generation shows it. Until then, no refresh may forget it.
   */
  public synchronized void written(String id, long generation) {
    Pending p = pendingById.get(id);
    if (p == null || p.generation != Long.MAX_VALUE || --p.unwritten > 0) {
      return;
    }
    for (Pending q = p; q != null; ) {
      q.generation = generation;
      written.addLast(q);
      Pending next = q.earlier;
      q.earlier = null;
      q = next;
    }
  }

  /**
   * Forgets the written articles of this generation and older: every searcher still in use shows
   * them.
   */
  public synchronized void forget(long upTo) {
    int forgotten = 0;
    while (!written.isEmpty() && written.peekFirst().generation <= upTo) {
      Pending p = written.pollFirst();
      pendingCount--;
      pendingById.remove(p.id, p);
      pendingByHash.remove(p.textHash, p);
      p.forgotten = true;
      forgotten++;
    }
    // Told once for the whole refresh: told per article, the chains would rebuild halfway through
    // and copy the other half of the articles this refresh forgets next.
    if (forgotten > 0) {
      pendingByBand.dropped(forgotten * Fingerprint.BANDS);
    }
  }

  /** Articles remembered until every searcher in use shows them. */
  public synchronized int pending() {
    return pendingCount;
  }
}
