package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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

  private static final Set<String> CANDIDATE_FIELDS =
      Set.of(Schema.ID, Schema.STORY, Schema.SIGNATURE);

  /** The story an article was put in. */
  public record Match(String storyId, String duplicateOf, boolean exact, double similarity) {}

  /** An article the searcher may not show yet; its generation is set once it is written. */
  private static final class Pending {
    final String id;
    final String storyId;
    final int[] signature;
    long generation = Long.MAX_VALUE;

    Pending(String id, String storyId, int[] signature) {
      this.id = id;
      this.storyId = storyId;
      this.signature = signature;
    }
  }

  private final double threshold;
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, Pending> pendingByHash = new HashMap<>();
  private final Map<String, Pending> pendingById = new HashMap<>();
  private final Map<Long, List<Pending>> pendingByBand = new HashMap<>();
  private long generation;
  private long refreshing = -1;

  public StoryMatcher(double threshold) {
    this.threshold = threshold;
  }

  /** Finds the story of an article and remembers it for the articles that follow. */
  public synchronized Match assign(String id, Fingerprint fp, IndexSearcher searcher)
      throws IOException {
    Match match = exact(id, fp, searcher);
    if (match == null) {
      match = near(id, fp, searcher);
    }
    if (match == null || match.storyId().equals(id)) {
      // Alone, or re-indexed as the first article of its own story.
      match = new Match(id, null, false, 0);
    }
    Pending p = new Pending(id, match.storyId(), fp.signature());
    pending.add(p);
    pendingById.put(id, p);
    pendingByHash.putIfAbsent(fp.textHash(), p);
    for (long band : fp.bands()) {
      pendingByBand.computeIfAbsent(band, b -> new ArrayList<>(1)).add(p);
    }
    return match;
  }

  private Match exact(String id, Fingerprint fp, IndexSearcher searcher) throws IOException {
    Pending p = pendingByHash.get(fp.textHash());
    if (p != null && !p.id.equals(id)) {
      return new Match(p.storyId, p.id, true, 1);
    }
    TopDocs td = searcher.search(new TermQuery(new Term(Schema.TEXT_HASH, fp.textHash())), 5);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : td.scoreDocs) {
      Document doc = stored.document(sd.doc, CANDIDATE_FIELDS);
      if (!id.equals(doc.get(Schema.ID))) {
        return new Match(doc.get(Schema.STORY), doc.get(Schema.ID), true, 1);
      }
    }
    return null;
  }

  private Match near(String id, Fingerprint fp, IndexSearcher searcher) throws IOException {
    String bestId = null;
    String bestStory = null;
    double best = -1;
    long[] bands = fp.bands();
    for (long band : bands) {
      for (Pending p : pendingByBand.getOrDefault(band, List.of())) {
        double sim = fp.similarity(p.signature);
        if (!p.id.equals(id) && sim > best) {
          best = sim;
          bestId = p.id;
          bestStory = p.storyId;
        }
      }
    }
    // Unrelated bodies almost never share a band, so the candidates are few.
    Query q = LongPoint.newSetQuery(Schema.LSH, bands);
    TopDocs td = searcher.search(q, CANDIDATES);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : td.scoreDocs) {
      Document doc = stored.document(sd.doc, CANDIDATE_FIELDS);
      IndexableField sigField = doc.getField(Schema.SIGNATURE);
      if (sigField == null || id.equals(doc.get(Schema.ID))) {
        continue;
      }
      BytesRef bytes = sigField.binaryValue();
      double sim = fp.similarity(Fingerprint.signature(bytes.bytes, bytes.offset, bytes.length));
      if (sim > best) {
        best = sim;
        bestId = doc.get(Schema.ID);
        bestStory = doc.get(Schema.STORY);
      }
    }
    return best >= threshold ? new Match(bestStory, bestId, false, best) : null;
  }

  /**
   * Called once an article is in the index writer: a refresh that starts after this shows it. Until
   * then, no refresh may forget it.
   */
  public synchronized void written(String id) {
    Pending p = pendingById.get(id);
    if (p != null && p.generation == Long.MAX_VALUE) {
      p.generation = generation;
    }
  }

  /** Called before the searcher refreshes: what is written now will be visible after it. */
  public synchronized void beforeRefresh() {
    refreshing = generation++;
  }

  /** Called after the searcher refreshed: forgets what the new searcher shows. */
  public synchronized void afterRefresh(boolean didRefresh) {
    if (didRefresh && refreshing >= 0) {
      long visible = refreshing;
      pending.removeIf(p -> p.generation <= visible);
      pendingById.values().removeIf(p -> p.generation <= visible);
      pendingByHash.values().removeIf(p -> p.generation <= visible);
      pendingByBand
          .values()
          .removeIf(list -> {
            list.removeIf(p -> p.generation <= visible);
            return list.isEmpty();
          });
    }
    refreshing = -1;
  }

  /** Articles remembered until the next refresh. */
  public synchronized int pending() {
    return pending.size();
  }
}
