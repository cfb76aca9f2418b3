package dev.newsfacet.opensearch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A throwaway OpenSearch cluster of several nodes on loopback, started from an unpacked
 * distribution: one config, data and log directory per node, free ports probed, small heaps, the
 * running JDK. OpenSearch refuses to run as root, so as root each node runs as a system user {@code
 * opensearch} (created if missing) through {@code runuser}.
 */
final class LocalCluster implements AutoCloseable {
  static final String USER = "opensearch";

  private final Path home;
  private final Path work;
  private final int[] httpPorts;
  private final int[] transportPorts;
  private final Process[] processes;
  private final Thread shutdownHook = new Thread(this::stopAll, "stop-opensearch");

  LocalCluster(Path home, Path work, int nodes) throws IOException {
    this.home = home.toAbsolutePath();
    this.work = work.toAbsolutePath();
    this.httpPorts = new int[nodes];
    this.transportPorts = new int[nodes];
    this.processes = new Process[nodes];
    if (!Files.isExecutable(this.home.resolve("bin/opensearch"))) {
      throw new IOException("no OpenSearch distribution at " + this.home);
    }
    int[] ports = freePorts(2 * nodes);
    for (int i = 0; i < nodes; i++) {
      httpPorts[i] = ports[i];
      transportPorts[i] = ports[nodes + i];
    }
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  String url(int node) {
    return "http://127.0.0.1:" + httpPorts[node];
  }

  int nodes() {
    return processes.length;
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Writes every node's configuration; run once before the first start. */
  void configure() throws IOException, InterruptedException {
    if (root()) {
      run(List.of("id", USER), true);
    }
    String seeds =
        Stream.of(box(transportPorts))
            .map(p -> "\"127.0.0.1:" + p + "\"")
            .collect(Collectors.joining(", "));
    String managers =
        Stream.iterate(0, i -> i + 1)
            .limit(nodes())
            .map(i -> "\"node-" + i + "\"")
            .collect(Collectors.joining(", "));
    List<String> jvmOptions = Files.readAllLines(home.resolve("config/jvm.options"));
    for (int i = 0; i < nodes(); i++) {
      Path node = nodeDir(i);
      Path config = node.resolve("config");
      Files.createDirectories(config);
      Files.createDirectories(node.resolve("data"));
      Files.createDirectories(node.resolve("logs"));
      Files.createDirectories(node.resolve("tmp"));
      for (String f : List.of("log4j2.properties", "fips_java.security")) {
        if (Files.exists(home.resolve("config").resolve(f))) {
          Files.copy(
              home.resolve("config").resolve(f),
              config.resolve(f),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.createDirectories(config.resolve("jvm.options.d"));
      // The stock options write GC logs and dumps relative to the distribution, shared by all
      // nodes and not writable by the node's user: point them into the node's own directory.
      List<String> options = new ArrayList<>();
      for (String line : jvmOptions) {
        options.add(
            line.replace("file=logs/", "file=" + node.resolve("logs") + "/")
                .replace("ErrorFile=logs/", "ErrorFile=" + node.resolve("logs") + "/")
                .replace("HeapDumpPath=data", "HeapDumpPath=" + node.resolve("data")));
      }
      Files.write(config.resolve("jvm.options"), options, StandardCharsets.UTF_8);
      String yml =
          String.join(
              "\n",
              "cluster.name: newsfacet-it",
              "node.name: node-" + i,
              "network.host: 127.0.0.1",
              "http.port: " + httpPorts[i],
              "transport.port: " + transportPorts[i],
              "path.data: " + node.resolve("data"),
              "path.logs: " + node.resolve("logs"),
              "discovery.seed_hosts: [" + seeds + "]",
              "cluster.initial_cluster_manager_nodes: [" + managers + "]",
              // A shared build machine's disk may be fuller than the default watermarks allow.
              "cluster.routing.allocation.disk.threshold_enabled: false",
              "action.auto_create_index: false",
              "");
      Files.writeString(config.resolve("opensearch.yml"), yml, StandardCharsets.UTF_8);
    }
    if (root()) {
      run(List.of("chown", "-R", USER + ":" + USER, work.toString()), false);
    }
  }

  private static Integer[] box(int[] a) {
    Integer[] out = new Integer[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }

  Path nodeDir(int i) {
    return work.resolve("node-" + i);
  }

  /** Starts a node; returns at once. */
  void start(int i) throws IOException {
    Path node = nodeDir(i);
    String javaHome = System.getProperty("java.home");
    Map<String, String> env =
        Map.of(
            "OPENSEARCH_PATH_CONF",
            node.resolve("config").toString(),
            "OPENSEARCH_JAVA_HOME",
            javaHome,
            "OPENSEARCH_JAVA_OPTS",
            "-Xms512m -Xmx512m",
            "OPENSEARCH_TMPDIR",
            node.resolve("tmp").toString());
    List<String> command = new ArrayList<>();
    if (root()) {
      command.addAll(List.of("runuser", "-u", USER, "--", "env"));
      env.forEach((k, v) -> command.add(k + "=" + v));
    }
    command.add(home.resolve("bin/opensearch").toString());
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(node.resolve("console.log").toFile());
    processes[i] = pb.start();
  }

  /** Kills a node's JVM with SIGKILL, as a crash or a power loss would, and waits for it. */
  void kill(int i) throws InterruptedException {
    Process p = processes[i];
    if (p == null) {
      return;
    }
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    for (ProcessHandle h : all) {
      // destroyForcibly is SIGKILL on Unix; the node gets no chance to shut down cleanly.
      h.destroyForcibly();
    }
    for (ProcessHandle h : all) {
      h.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> h).join();
    }
    processes[i] = null;
  }

  /** Whether the node's process is still alive. */
  boolean alive(int i) {
    return processes[i] != null && processes[i].isAlive();
  }

  /** The last lines of a node's console, to explain a node that did not come up. */
  String console(int i) {
    try {
      List<String> lines = Files.readAllLines(nodeDir(i).resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no console: " + e + ")";
    }
  }

  private void stopAll() {
    for (int i = 0; i < processes.length; i++) {
      Process p = processes[i];
      if (p == null) {
        continue;
      }
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (int i = 0; i < processes.length; i++) {
      Process p = processes[i];
      if (p == null) {
        continue;
      }
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      processes[i] = null;
    }
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook runs anyway.
    }
  }

  /** Runs a short command; with {@code createUserOnFailure}, a failing {@code id} adds the user. */
  private static void run(List<String> command, boolean createUserOnFailure)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    if (rc == 0) {
      return;
    }
    if (createUserOnFailure) {
      run(List.of("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", USER), false);
      return;
    }
    throw new IOException(
        String.join(" ", command)
            + " failed ("
            + rc
            + "): "
            + out.strip().toLowerCase(Locale.ROOT));
  }
}
