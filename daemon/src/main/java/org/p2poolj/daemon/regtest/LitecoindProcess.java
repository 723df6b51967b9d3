package org.p2poolj.daemon.regtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.daemon.rpc.RpcAuth;
import org.p2poolj.daemon.rpc.RpcClient;
import org.p2poolj.daemon.rpc.RpcConfig;
import org.p2poolj.daemon.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One litecoind regtest process that this object started. It can be stopped and started again on
 * the same datadir and ports (to test daemon restarts); {@link #close()} stops it and deletes the
 * datadir when it was created here.
 */
public final class LitecoindProcess implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LitecoindProcess.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Path binary;
  private final NodeSpec spec;
  private final boolean ownsDatadir;
  private final RpcClient rpcClient;
  private final DaemonRpc rpc;
  private Process process;
  private Thread shutdownHook;

  private LitecoindProcess(Path binary, NodeSpec spec, boolean ownsDatadir) {
    this.binary = binary;
    this.spec = spec;
    this.ownsDatadir = ownsDatadir;
    this.rpcClient =
        new RpcClient(
            new RpcConfig(
                java.net.URI.create("http://127.0.0.1:" + spec.rpcPort() + "/"),
                auth(),
                Duration.ofSeconds(60),
                RpcConfig.DEFAULT_MAX_IN_FLIGHT));
    this.rpc = new DaemonRpc(rpcClient);
  }

  /** Starts a node and waits until its RPC answers; on failure the datadir is removed again. */
  public static LitecoindProcess start(NodeSpec spec, boolean ownsDatadir) {
    LitecoindProcess node = new LitecoindProcess(LitecoindBinary.require(), spec, ownsDatadir);
    try {
      node.startProcess();
      return node;
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /**
   * Starts a node in a new temporary datadir on free loopback ports. A port picked as free can be
   * taken by another process before litecoind binds it; such a start is retried on new ports.
   */
  public static LitecoindProcess startOnFreePorts(
      String datadirPrefix,
      Optional<NodeSpec.Credentials> credentials,
      OptionalInt connectTo,
      List<String> extraArgs) {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      NodeSpec spec =
          new NodeSpec(
              TempDirs.create(datadirPrefix),
              FreePorts.next(),
              FreePorts.next(),
              credentials,
              connectTo,
              extraArgs);
      try {
        return start(spec, true);
      } catch (IllegalStateException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (!text.contains("bind")) {
          throw e;
        }
        LOG.warn("litecoind could not bind its ports, retrying on new ones");
        last = e;
      }
    }
    throw last;
  }

  /** The auth a client of this node should use: the spec's credentials or the cookie file. */
  public RpcAuth auth() {
    return spec.credentials()
        .<RpcAuth>map(c -> new RpcAuth.UserPassword(c.user(), c.password()))
        .orElseGet(() -> new RpcAuth.CookieFile(spec.datadir().resolve("regtest/.cookie")));
  }

  public RpcConfig rpcConfig() {
    return RpcConfig.local(spec.rpcPort(), auth());
  }

  public NodeSpec spec() {
    return spec;
  }

  public int rpcPort() {
    return spec.rpcPort();
  }

  public int p2pPort() {
    return spec.p2pPort();
  }

  /** A client for test-side calls (mining, wallet); the pool code should make its own. */
  public DaemonRpc rpc() {
    return rpc;
  }

  public synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Starts the process again after {@link #stopProcess()}, on the same datadir and ports. */
  public synchronized void startProcess() {
    if (isRunning()) {
      return;
    }
    List<String> cmd = spec.commandLine(binary);
    Path out = spec.datadir().resolve("stdout.log");
    try {
      process =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + binary, e);
    }
    LOG.debug("started litecoind pid {} rpc {} p2p {}", process.pid(), rpcPort(), p2pPort());
    // If the JVM exits without close() (a killed test run), do not leave our daemon behind.
    Process started = process;
    shutdownHook = new Thread(started::destroy, "litecoind-" + started.pid() + "-reaper");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    waitForRpc();
  }

  private void waitForRpc() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure("litecoind exited with code " + process.exitValue() + " during start-up");
      }
      try {
        rpc.getBlockCount();
        return;
      } catch (RpcException e) {
        last = e.getMessage(); // -28 while warming up
      } catch (DaemonRpcException e) {
        last = e.getMessage();
      }
      sleep(100);
    }
    throw failure("litecoind RPC not ready after " + START_TIMEOUT.toSeconds() + " s: " + last);
  }

  /** Stops the process (RPC {@code stop}, then waits; kills only its own PID as a last resort). */
  public synchronized void stopProcess() {
    if (process == null) {
      return;
    }
    if (process.isAlive()) {
      try {
        rpc.client().callWithTimeout("stop", Duration.ofSeconds(10));
      } catch (DaemonRpcException e) {
        LOG.debug("stop RPC failed for pid {}: {}", process.pid(), e.getMessage());
      }
      if (!waitFor(process, STOP_TIMEOUT)) {
        LOG.warn("litecoind pid {} ignored stop; sending SIGTERM", process.pid());
        process.destroy();
        if (!waitFor(process, Duration.ofSeconds(10))) {
          process.destroyForcibly();
          waitFor(process, Duration.ofSeconds(10));
        }
      }
    }
    process = null;
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook runs anyway and finds the process gone.
      }
      shutdownHook = null;
    }
  }

  private static boolean waitFor(Process p, Duration timeout) {
    try {
      return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The last lines of the node's debug.log, for failure messages. */
  public String debugLogTail(int lines) {
    Path log = spec.datadir().resolve("regtest/debug.log");
    try {
      if (!Files.exists(log)) {
        return "(no debug.log at " + log + ")";
      }
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  IllegalStateException failure(String what) {
    String tail = debugLogTail(30);
    LOG.error("{}; debug.log tail:\n{}", what, tail);
    return new IllegalStateException(what + "\n--- debug.log tail ---\n" + tail);
  }

  @Override
  public void close() {
    try {
      stopProcess();
    } finally {
      rpcClient.close();
      if (ownsDatadir) {
        TempDirs.deleteRecursively(spec.datadir());
      }
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
