package dev.newsfacet.bench;

/**
 * One measured index build.
 *
 * @param engine the engine
 * @param threads indexing threads
 * @param articles articles indexed
 * @param inputBytes bytes of the JSON Lines files read
 * @param indexBytes bytes of the index on disk after the commit
 * @param usage time, CPU and memory of the indexing JVM
 * @param jvm the runtime version
 */
public record IndexRun(
    String engine,
    int threads,
    long articles,
    long inputBytes,
    long indexBytes,
    ResourceMeter.Usage usage,
    String jvm) {

  double mbPerSecond() {
    return inputBytes / 1e6 / usage.wallSeconds();
  }

  double articlesPerSecond() {
    return articles / usage.wallSeconds();
  }

  double mbPerCpuSecond() {
    return inputBytes / 1e6 / usage.cpuSeconds();
  }
}
