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
 * @param affiliation for a person the party they belong to, for a place its state; or null
 */
record GazetteerEntry(
    Dimension dimension, String name, String type, List<String> aliases, String affiliation) {
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
  }
}
