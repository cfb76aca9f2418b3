/**
 * newsfacet: index news articles and search them with facets by party, person, place and year.
 *
 * <p>The whole public API is in this package. {@link dev.newsfacet.NewsIndex} holds the articles;
 * {@link dev.newsfacet.SearchRequest} describes a search; {@link dev.newsfacet.SearchResult}
 * answers it with {@link dev.newsfacet.Hit hits}, {@link dev.newsfacet.Facet facets}, a timeline
 * and a {@link dev.newsfacet.Pivot pivot}. Packages under {@code dev.newsfacet.internal} are
 * implementation and may change in any release.
 *
 * <pre>{@code
 * import dev.newsfacet.*;
 * import java.nio.file.Path;
 * import java.util.List;
 *
 * public class Example {
 *   public static void main(String[] args) throws Exception {
 *     try (NewsIndex index = NewsIndex.open(Path.of("news-index"))) {
 *       index.ingest(List.of(Path.of("testdata")), IngestListener.NONE);
 *       SearchResult result = index.search(
 *           SearchRequest.query("ceasefire")
 *               .facet(Dimension.PARTY)
 *               .facet(Dimension.YEAR)
 *               .filter(Dimension.PARTY, "Armenia")
 *               .build());
 *       System.out.println(result.total() + " articles");
 *       for (FacetValue v : result.facet(Dimension.PARTY).values()) {
 *         System.out.println(v.value() + " " + v.count());
 *       }
 *     }
 *   }
 * }
 * }</pre>
 */
package dev.newsfacet;
