package dev.newsfacet.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Shared by the reliability tests: the CI or long variant, seeds, printed figures, CheckIndex and
 * child JVMs.
 *
 * <p>The long variant runs with {@code -Dnewsfacet.reliability=long}; a seed is replayed with
 * {@code -Dnewsfacet.seed=N}.
 */
public final class Reliability {
  /** Whether the heavy variant runs. */
  public static final boolean LONG =
      "long".equalsIgnoreCase(System.getProperty("newsfacet.reliability", ""));

  private Reliability() {}

  /** The CI figure, or the long one. */
  public static int scale(int ci, int longRun) {
    return LONG ? longRun : ci;
  }

  /**
   * The seed of a test: {@code -Dnewsfacet.seed}, else a fixed one in CI (reproducible) and a fresh
   * one in the long variant. Printed, so that a failure can be replayed.
   */
  public static long seed(String test, long ciSeed) {
    String given = System.getProperty("newsfacet.seed");
    long seed =
        given != null && !given.isBlank()
            ? Long.parseLong(given.strip())
            : LONG ? System.nanoTime() : ciSeed;
    print(test, "seed " + seed + " (replay with -Dnewsfacet.seed=" + seed + ")");
    return seed;
  }

  /** Prints one figure line of a test, the way RELIABILITY.md quotes them. */
  public static void print(String test, String figures) {
    System.out.println("[reliability] " + test + (LONG ? " (long)" : " (ci)") + ": " + figures);
    System.out.flush();
  }

  /** Formats with {@link Locale#ROOT}. */
  @SuppressWarnings("AnnotateFormatMethod") // error_prone_annotations is not on the classpath
  public static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /** Lucene CheckIndex on a directory on disk; returns the status (check {@code clean}). */
  public static CheckIndex.Status checkIndex(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return checkIndex(d);
    }
  }

  /** Lucene CheckIndex on a directory that holds an index. */
  public static CheckIndex.Status checkIndex(Directory d) throws IOException {
    try (CheckIndex check = new CheckIndex(d)) {
      check.setLevel(
          LONG
              ? CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS
              : CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
      return check.checkIndex();
    }
  }

  /** Whether a directory on disk holds a commit. */
  public static boolean indexExists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** The java binary running this test. */
  public static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * The test classpath: surefire's {@code surefire.test.class.path} when set (its {@code
   * java.class.path} may be a manifest-only jar), else {@code java.class.path}.
   */
  public static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
  }

  /** A command line that runs {@code main} of a test class in a fresh JVM. */
  public static List<String> javaCommand(Class<?> main, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.add("-Xshare:auto");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Xmx256m");
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(testClassPath());
    cmd.add(main.getName());
    cmd.addAll(args);
    return cmd;
  }

  /** Copies a directory tree (an index), leaving out {@code write.lock}. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Deletes a directory tree, if it exists. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
