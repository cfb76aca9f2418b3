package dev.newsfacet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One matching article in a {@link SearchResult}, without its full body.
 *
 * @param id the article id
 * @param title the headline, or {@code null}
 * @param date the publication date, or {@code null}
 * @param year the publication year, or {@code null}
 * @param source the outlet, or {@code null}
 * @param url the URL, or {@code null}
 * @param score relevance score (0 when sorted by date with an empty query)
 * @param snippet a passage of the body as an HTML fragment: its text escapes {@code & < > "} as
 *     entities, and query terms are between {@code <b>} and {@code </b>}; the body's opening when
 *     no term matches it; empty when the request asked for no snippets ({@link
 *     SearchRequest#snippets()}); never {@code null}
 * @param parties the party values
 * @param persons the person values
 * @param places the place values
 * @param mentionedYears the years mentioned
 * @param storyId the story the article belongs to
 * @param copies the matching articles of its story: 1 unless hits are collapsed
 */
public record Hit(
    String id,
    String title,
    LocalDate date,
    Integer year,
    String source,
    String url,
    float score,
    String snippet,
    List<String> parties,
    List<String> persons,
    List<String> places,
    List<Integer> mentionedYears,
    String storyId,
    int copies) {

  /** Validates the fields and copies the lists. */
  public Hit {
    Objects.requireNonNull(id, "id");
    snippet = snippet == null ? "" : snippet;
    parties = List.copyOf(parties);
    persons = List.copyOf(persons);
    places = List.copyOf(places);
    mentionedYears = List.copyOf(mentionedYears);
    storyId = storyId == null ? id : storyId;
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be >= 1, got " + copies + " for " + id);
    }
  }
}
