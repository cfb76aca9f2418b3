package dev.newsfacet.reliability;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * A fault-injecting Lucene {@link Directory} of our own (lucene-test-framework's
 * MockDirectoryWrapper stops at 10.5.1 and must match lucene-core exactly).
 *
 * <p>Every operation is an event: creating an output, each write call, closing an output, sync,
 * rename, syncMetaData, delete. It can
 *
 * <ul>
 *   <li>lose power at the n-th event: it then takes a snapshot of what a disk would keep, the way
 *       Lucene's own MockDirectoryWrapper models a crash (files synced since they were written keep
 *       their content; files never synced are lost, truncated or kept, at random) and fails every
 *       later operation;
 *   <li>run out of space after a number of bytes ({@code No space left on device}, until healed);
 *   <li>fail the k-th createOutput, the k-th sync, or each event with a probability.
 * </ul>
 */
final class FaultyDirectory extends FilterDirectory {
  static final String DISK_FULL = "No space left on device (injected)";
  static final String IO_ERROR = "Input/output error (injected)";
  static final String POWER_LOSS = "power lost (injected)";

  private final Random random;
  private final Set<String> synced = new HashSet<>();
  private final java.util.List<Long> fileEvents = new java.util.ArrayList<>();
  private long events;
  private long written;

  private long powerLossAt = -1;
  private long capacity = Long.MAX_VALUE;
  private int failCreateOutput = -1;
  private int failSync = -1;
  private double failureRate;

  private int createOutputs;
  private int syncs;
  private int faults;
  private boolean dead;
  private Map<String, byte[]> snapshot;

  FaultyDirectory(Directory in, Random random) {
    super(in);
    this.random = random;
  }

  void powerLossAt(long event) {
    this.powerLossAt = event;
  }

  void capacity(long bytes) {
    this.capacity = bytes;
  }

  void failCreateOutput(int k) {
    this.failCreateOutput = k;
  }

  void failSync(int k) {
    this.failSync = k;
  }

  void failureRate(double p) {
    this.failureRate = p;
  }

  /** Turns every fault off (the disk was freed, the error went away); power stays lost. */
  void heal() {
    capacity = Long.MAX_VALUE;
    failCreateOutput = -1;
    failSync = -1;
    failureRate = 0;
  }

  long events() {
    return events;
  }

  long bytesWritten() {
    return written;
  }

  int faults() {
    return faults;
  }

  /** What the disk held after the power loss, or null if the power never went. */
  Map<String, byte[]> snapshot() {
    return snapshot;
  }

  /** The numbers of the events that were not writes: creates, closes, syncs, renames, deletes. */
  java.util.List<Long> fileEvents() {
    return fileEvents;
  }

  private void event(String what) throws IOException {
    if (dead) {
      throw new IOException(POWER_LOSS + " before " + what);
    }
    events++;
    if (!what.startsWith("write ")) {
      fileEvents.add(events);
    }
    if (events == powerLossAt) {
      snapshot = survivors();
      dead = true;
      faults++;
      throw new IOException(POWER_LOSS + " at " + what);
    }
    if (failureRate > 0 && random.nextDouble() < failureRate) {
      faults++;
      throw new IOException(IO_ERROR + " at " + what);
    }
  }

  private Map<String, byte[]> survivors() throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    for (String name : in.listAll()) {
      byte[] bytes;
      try (IndexInput input = in.openInput(name, IOContext.READONCE)) {
        bytes = new byte[(int) input.length()];
        input.readBytes(bytes, 0, bytes.length);
      } catch (IOException e) {
        continue; // still being written: ByteBuffersDirectory shows it only when closed
      }
      if (synced.contains(name)) {
        out.put(name, bytes);
        continue;
      }
      switch (random.nextInt(3)) {
        case 0 -> {
          // lost
        }
        case 1 -> out.put(name, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
        default -> out.put(name, bytes);
      }
    }
    return out;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    event("createOutput " + name);
    createOutputs++;
    if (createOutputs == failCreateOutput) {
      faults++;
      throw new IOException(IO_ERROR + " creating " + name);
    }
    synced.remove(name);
    return new Output(name, in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    event("createTempOutput " + prefix);
    IndexOutput out = in.createTempOutput(prefix, suffix, context);
    return new Output(out.getName(), out);
  }

  @Override
  public void sync(Collection<String> names) throws IOException {
    event("sync " + names);
    syncs++;
    if (syncs == failSync) {
      faults++;
      throw new IOException(IO_ERROR + " syncing " + names);
    }
    in.sync(names);
    synced.addAll(names);
  }

  @Override
  public void rename(String source, String dest) throws IOException {
    event("rename " + source + " " + dest);
    in.rename(source, dest);
    if (synced.remove(source)) {
      synced.add(dest);
    }
  }

  @Override
  public void syncMetaData() throws IOException {
    event("syncMetaData");
    in.syncMetaData();
  }

  @Override
  public void deleteFile(String name) throws IOException {
    event("deleteFile " + name);
    in.deleteFile(name);
    synced.remove(name);
  }

  @Override
  public IndexInput openInput(String name, IOContext context) throws IOException {
    if (dead) {
      throw new IOException(POWER_LOSS + " before openInput " + name);
    }
    return in.openInput(name, context);
  }

  private final class Output extends IndexOutput {
    private final IndexOutput out;

    Output(String name, IndexOutput out) {
      super("faulty(" + out + ")", name);
      this.out = out;
    }

    private void space(long n) throws IOException {
      event("write " + getName());
      if (written + n > capacity) {
        faults++;
        throw new IOException(DISK_FULL + " writing " + getName());
      }
      written += n;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      space(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      space(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      try {
        event("close " + getName());
      } finally {
        out.close();
      }
    }
  }
}
