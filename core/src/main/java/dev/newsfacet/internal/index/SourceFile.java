package dev.newsfacet.internal.index;

import java.util.Objects;

/**
 * The file an article was read from, as the index records it: what tells a later run that the file
 * is unchanged and indexed completely, and which file on disk owns which file id.
 *
 * @param stamp the file id, size, modification time and extraction settings; equal stamps mean an
 *     unchanged file read the same way
 * @param articles how many articles the file holds, bad records included
 * @param id the file id, which article ids derive from
 * @param path the file's real path (links resolved), or null when it could not be resolved
 * @param unreadable records that could not be read, in the file or the piece of it that this
 *     article was read with; one article of each carries the number, the others 0, so that the
 *     index can tell that a file with bad records is complete without them
 */
public record SourceFile(String stamp, int articles, String id, String path, int unreadable) {
  public SourceFile {
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(id, "id");
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0, got " + articles);
    }
    if (unreadable < 0 || unreadable > articles) {
      throw new IllegalArgumentException(
          "unreadable must be within 0.." + articles + ", got " + unreadable);
    }
  }

  /** The same file, as carried by an article that does not count the unreadable records. */
  public SourceFile withoutUnreadable() {
    return unreadable == 0 ? this : new SourceFile(stamp, articles, id, path, 0);
  }
}
