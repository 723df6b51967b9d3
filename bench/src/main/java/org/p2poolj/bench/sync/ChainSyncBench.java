package org.p2poolj.bench.sync;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.node.p2p.DaemonHooks;
import org.p2poolj.node.p2p.P2pService;
import org.p2poolj.node.p2p.P2pSettings;
import org.p2poolj.p2p.P2pConfig;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.store.InMemoryShareStore;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.sqlite.SqliteStore;

/**
 * A fresh node syncs an 8,640-share v35 chain (LTC mainnet parameters, see {@link BenchChain}) from
 * one peer on 127.0.0.1. Both sides are the node's real parts: chain service (tracker on its
 * thread), p2p service, and for the fresh node a SQLite store. The source loads the chain as
 * already verified; the fresh node downloads ({@code sharereq} batches), checks PoW, adds, and
 * verifies through {@code think()}. Timed from the fresh node's p2p start until its best share
 * equals the source's.
 *
 * <p>Measured on the 2-core build machine while other builds ran (load average 9 to 16): 9.0 s to
 * 35.6 s per sync (the first run of a JVM includes JIT warm-up; the spread follows the load), 7.0 s
 * to 14.2 s of process CPU for both nodes. A profile puts about half the CPU in scrypt (run in
 * parallel on the receiving side) and most of the rest in {@code check()} on the chain thread.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.p2poolj.bench.sync.ChainSyncBench
 * [shares] [runs] [cache-file]}.
 */
public final class ChainSyncBench {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private ChainSyncBench() {}

  public static void main(String[] args) throws Exception {
    int shares = args.length > 0 ? Integer.parseInt(args[0]) : 8640;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path cache = Path.of(args.length > 2 ? args[2] : "bench/target/sync-chain-" + shares + ".bin");
    PoolNetwork net = BenchChain.net();
    List<byte[]> wire = BenchChain.load(net, shares, cache);
    List<StoredShare> rows = new ArrayList<>(wire.size());
    long last = 0;
    for (byte[] w : wire) {
      LoadedShare s = ShareLoader.load(RawShare.parse(w), net, false);
      RawShare raw = RawShare.parse(w);
      rows.add(new StoredShare(s.hash(), (int) raw.type(), raw.contents(), true, 0, null));
      last = s.timestamp();
    }
    // Both nodes live 10 s after the newest share, so no share is "from the future".
    Instant now = Instant.ofEpochSecond(last + 10);
    InstantSource clock = InstantSource.fixed(now);
    System.out.printf(
        "chain: %d v35 shares, %s (CHAIN_LENGTH %d, MAX_TARGET 2^256/2-1), %d cores, load avg"
            + " %.1f%n",
        wire.size(),
        net.name(),
        net.chainLength(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    InMemoryShareStore sourceStore = new InMemoryShareStore();
    sourceStore.addAll(rows);
    ChainService source = new ChainService(net, sourceStore, clock, new Random(1));
    source.start();
    Hash256 best = source.best().orElseThrow(() -> new IllegalStateException("source has no best"));
    P2pService server = new P2pService(config(net).build(), source, DaemonHooks.NONE, clock);
    server.start();
    int port = server.node().orElseThrow().port();
    System.out.printf("source serves best %s on 127.0.0.1:%d%n", best.toHex(), port);

    long[] ms = new long[runs];
    for (int run = 0; run < runs; run++) {
      ms[run] = syncOnce(net, clock, port, best, wire.size(), run + 1);
    }
    server.stop();
    source.stop();
    long[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "sync of %d shares from one loopback peer, verification included: runs %s ms, median %d"
            + " ms, best %d ms (target < 10000 ms)%n",
        wire.size(), Arrays.toString(ms), sorted[sorted.length / 2], sorted[0]);
  }

  private static long syncOnce(
      PoolNetwork net, InstantSource clock, int port, Hash256 best, int expected, int run)
      throws Exception {
    Path dir = Files.createTempDirectory("p2poolj-sync-bench");
    try (SqliteStore store = SqliteStore.open(dir.resolve("shares.db"))) {
      ChainService fresh = new ChainService(net, store.shares(), clock, new Random(2));
      fresh.start();
      P2pService client =
          new P2pService(
              config(net).persistentPeer(new HostPort("127.0.0.1", port)).build(),
              fresh,
              DaemonHooks.NONE,
              clock);
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      client.start();
      long deadline = t0 + TIMEOUT.toNanos();
      long downloaded = 0;
      int total = fresh.size() + expected;
      while (!fresh.best().equals(Optional.of(best))) {
        if (downloaded == 0 && fresh.size() >= total) {
          downloaded = System.nanoTime();
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "sync stalled: " + fresh.size() + " shares after " + TIMEOUT);
        }
        Thread.sleep(5);
      }
      long done = System.nanoTime();
      long cpuMs = (processCpuNanos() - cpu0) / 1_000_000;
      long elapsed = (done - t0) / 1_000_000;
      long downloadMs = ((downloaded == 0 ? done : downloaded) - t0) / 1_000_000;
      int verified = fresh.<Integer>call(t -> t.verifiedCount());
      System.out.printf(
          "run %d: synced in %d ms (all shares in after %d ms), process CPU %d ms (both nodes):"
              + " %d shares held, %d verified, %d received (%d new), load avg %.1f%n",
          run,
          elapsed,
          downloadMs,
          cpuMs,
          fresh.size(),
          verified,
          client.port().sharesReceived(),
          client.port().sharesAdded(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      client.stop();
      fresh.stop();
      return elapsed;
    } finally {
      deleteTree(dir);
    }
  }

  /** CPU time of this whole process (both nodes, GC, JIT): what the sync costs without load. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static P2pConfig.Builder config(PoolNetwork net) {
    return P2pConfig.builder(P2pSettings.network(net))
        .bindHost("127.0.0.1")
        .port(0)
        .useBootstrap(false)
        .outgoingTarget(0)
        .reconnectDelay(Duration.ofMillis(200));
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
