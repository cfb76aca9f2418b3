package dev.newsfacet.internal.extract;

import dev.newsfacet.Dimension;
import java.util.List;
import java.util.Objects;

/**
 * One entity of a gazetteer: its canonical name, what kind of thing it is, the other names news
 * uses for it, and what it belongs to.
 *
 * @param dimension {@link Dimension#PARTY}, {@link Dimension#PERSON} or {@link Dimension#PLACE}
 * @param name the canonical label, as it appears in facets
 * @param type e.g. {@code state}, {@code armed_group}, {@code person}, {@code city}
 * @param aliases other surface forms (names, abbreviations, demonyms, seat-of-power metonyms)
 * @param affiliation for a person the party they belong to, for a place its state, for an
 *     organisation's body the organisation (a UN agency: the United Nations); or null
 * @param from the first year the entity existed as such, or null; with {@code until} it decides
 *     between entities that share a name ("Moscow" is the Soviet Union in 1988, Russia in 2008)
 * @param until the last year the entity existed as such, or null
 * @param communities for a state, the parties where the people its demonym names live as a
 *     community of their own (Albanians in Kosovo, Serbs in Bosnia): in an article about one of
 *     them the demonym alone is those people, not the state
 */
record GazetteerEntry(
    Dimension dimension,
    String name,
    String type,
    List<String> aliases,
    String affiliation,
    Integer from,
    Integer until,
    List<String> communities) {
  GazetteerEntry(
      Dimension dimension, String name, String type, List<String> aliases, String affiliation) {
    this(dimension, name, type, aliases, affiliation, null, null, List.of());
  }

  GazetteerEntry {
    Objects.requireNonNull(dimension, "dimension");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    if (dimension != Dimension.PARTY
        && dimension != Dimension.PERSON
        && dimension != Dimension.PLACE) {
      throw new IllegalArgumentException(
          "dimension must be party, person or place, got " + dimension + " for " + name);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    communities = communities == null ? List.of() : List.copyOf(communities);
    if (from != null && until != null && from > until) {
      throw new IllegalArgumentException(
          "\"from\" " + from + " is after \"until\" " + until + " for " + name);
    }
  }

  /** Whether the entity existed in the given year (unknown years and unbounded entities fit). */
  boolean existedIn(Integer year) {
    return year == null || ((from == null || from <= year) && (until == null || year <= until));
  }
}
