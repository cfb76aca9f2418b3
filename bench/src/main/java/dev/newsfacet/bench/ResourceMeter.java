package dev.newsfacet.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Measures one phase of this process: wall time, process CPU time, the load average before and
 * after (the machines are shared), garbage collections, the peak heap in use (sampled every 10 ms
 * and the pools' own peaks), the largest heap still live right after a collection, and the peak
 * resident set size.
 */
public final class ResourceMeter implements AutoCloseable {
  /** What a phase cost. */
  public record Usage(
      double wallSeconds,
      double cpuSeconds,
      double loadBefore,
      double loadAfter,
      long peakHeapBytes,
      long liveAfterGcBytes,
      long maxHeapBytes,
      long gcCount,
      long gcMillis,
      long peakRssBytes) {}

  private final long wall0 = System.nanoTime();
  private final double cpu0 = processCpuSeconds();
  private final double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  private final long gcCount0 = gcCount();
  private final long gcMillis0 = gcMillis();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakHeap;
  private volatile long liveAfterGc;

  ResourceMeter() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    sampler =
        Thread.ofPlatform()
            .daemon()
            .name("resource-meter")
            .start(() -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
  }

  private void sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    if (used > peakHeap) {
      peakHeap = used;
    }
    long live = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        MemoryUsage u = p.getCollectionUsage();
        if (u != null) {
          live += u.getUsed();
        }
      }
    }
    if (live > liveAfterGc) {
      liveAfterGc = live;
    }
  }

  /** Stops measuring and returns the usage since construction. */
  Usage stop() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
    long poolPeaks = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        poolPeaks = Math.max(poolPeaks, p.getPeakUsage().getUsed());
      }
    }
    return new Usage(
        (System.nanoTime() - wall0) / 1e9,
        processCpuSeconds() - cpu0,
        load0,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Math.max(peakHeap, poolPeaks),
        liveAfterGc,
        Runtime.getRuntime().maxMemory(),
        gcCount() - gcCount0,
        gcMillis() - gcMillis0,
        peakRss());
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  static double processCpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long gcMillis() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionTime());
    }
    return n;
  }

  /** VmHWM from /proc/self/status (Linux), or -1. */
  static long peakRss() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).strip().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Bytes of all regular files under a directory. */
  static long directorySize(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(p -> {
            try {
              return Files.size(p);
            } catch (IOException e) {
              return 0;
            }
          })
          .sum();
    }
  }
}
