package dev.newsfacet.internal.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each file of a run an id no other file has. The id is the file's path relative to the
 * directory it was found in (its name, when it was given directly), so that a corpus keeps its ids
 * when it moves. When the index or this run already gave that id to another file that still exists,
 * the id takes more of the file's path, up to the whole of it. A file the index already holds keeps
 * its id there, whichever directory it is now found through; a file met twice in one run (through
 * links, or a directory and a file in it both given) is read once.
 */
final class FileIds {
  /**
   * What a file is read as.
   *
   * @param id its id
   * @param path its real path, or null when it cannot be resolved (reading it will say why)
   * @param sameAs the display name under which this run reads the same file, or null
   * @param indexed whether the index holds articles of a file with this id (an earlier version of
   *     this file, or a file moved away), whose leftovers the new version's articles retire
   */
  record Claim(String id, String path, String sameAs, boolean indexed) {}

  private final Ingester.ArticleSink sink;
  private final List<String> displays;
  private final String[] paths;

  /** For each real path, the index of the file read for it. */
  private final Map<String, Integer> chosen = new HashMap<>();

  private final Map<String, String> pathById = new HashMap<>();

  /** The id last looked up in the index and its owner there: the chosen id is the last one. */
  private String lookedUp;

  private String lookedUpOwner;

  /**
   * Resolves the real paths of a run's files. Of several ways to one file, the first without links
   * is read, else the first.
   */
  FileIds(Ingester.ArticleSink sink, List<Path> files, List<String> displays) {
    this.sink = sink;
    this.displays = displays;
    this.paths = new String[files.size()];
    boolean[] direct = new boolean[paths.length];
    for (int i = 0; i < paths.length; i++) {
      Path file = files.get(i);
      Path real;
      try {
        real = file.toRealPath();
      } catch (IOException e) {
        continue; // Reading it will say why it cannot be read.
      }
      paths[i] = real.toString();
      direct[i] = real.equals(file.toAbsolutePath().normalize());
      Integer was = chosen.putIfAbsent(paths[i], i);
      if (was != null && !direct[was] && direct[i]) {
        chosen.put(paths[i], i);
      }
    }
  }

  /**
   * Claims an id for the i-th file.
   *
   * @param absolute its absolute, normalised path as given (links not resolved), whose last names
   *     make the longer ids
   * @param proposed its id relative to the directory it was found in
   */
  Claim claim(int i, Path absolute, String proposed) throws IOException {
    String path = paths[i];
    if (path == null) {
      return new Claim(proposed, null, null, false);
    }
    int read = chosen.get(path);
    if (read != i) {
      return new Claim(proposed, path, displays.get(read), false);
    }
    String known = sink.fileId(path);
    String id;
    if (known != null && free(known, path)) {
      id = known;
    } else if (free(proposed, path)) {
      id = proposed;
    } else {
      id = longer(absolute, proposed.split("/", -1).length, path);
    }
    pathById.put(id, path);
    boolean indexed = id.equals(known) || indexOwner(id) != null;
    return new Claim(id, path, null, indexed);
  }

  /** The shortest id made of more of the file's path than the proposed id that is free. */
  private String longer(Path absolute, int proposedNames, String path) throws IOException {
    int names = absolute.getNameCount();
    for (int k = proposedNames + 1; k < names; k++) {
      String candidate = absolute.subpath(names - k, names).toString().replace('\\', '/');
      if (free(candidate, path)) {
        return candidate;
      }
    }
    String whole = absolute.toString().replace('\\', '/');
    // The real path is one file's alone, whatever else holds the absolute path as its id.
    return free(whole, path) ? whole : path;
  }

  /** Whether a file at this path may take this id. */
  private boolean free(String id, String path) throws IOException {
    String owner = pathById.get(id);
    if (owner != null) {
      return owner.equals(path);
    }
    owner = indexOwner(id);
    // A file moved or deleted since leaves its id to whatever file now claims it.
    return owner == null || owner.equals(path) || !Files.exists(Path.of(owner));
  }

  /** The real path of the file that owns this id in the index, or null. */
  private String indexOwner(String id) throws IOException {
    if (!id.equals(lookedUp)) {
      lookedUpOwner = sink.filePath(id);
      lookedUp = id;
    }
    return lookedUpOwner;
  }
}
