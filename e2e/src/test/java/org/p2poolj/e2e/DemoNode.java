package org.p2poolj.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.regtest.LitecoindBinary;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.node.config.ConfigOverride;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.demo.InProcessNode;
import org.p2poolj.node.demo.RegtestNodeConfig;
import org.p2poolj.node.lifecycle.Service;
import org.p2poolj.node.runtime.NodeContext;
import org.p2poolj.node.web.WebService;
import org.p2poolj.stratum.miner.CpuMiner;
import org.p2poolj.stratum.miner.MinerConfig;

/**
 * A running demo node for the whole suite: regtest litecoind, the node in-process (SQLite store),
 * and a one-thread CPU miner. Started once by the first test that asks, stopped when the JUnit run
 * ends. The start waits until the share chain is long enough for the pool statistics (height 10)
 * and a block has been found, bounded in time.
 */
final class DemoNode implements AutoCloseable {
  static final ChainParams PARAMS = ChainParams.byName("litecoin-regtest");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration WARM_UP = Duration.ofSeconds(150);
  private static final int MIN_HEIGHT = 12;

  private final RegtestPair pair;
  private final Path tmp;
  private final P2poolConfig config;
  private volatile InProcessNode node;
  private final CpuMiner miner;
  private final Thread minerThread;
  private final String minerAddress;

  private DemoNode(
      RegtestPair pair,
      Path tmp,
      P2poolConfig config,
      InProcessNode node,
      CpuMiner miner,
      String addr) {
    this.pair = pair;
    this.config = config;
    this.tmp = tmp;
    this.node = node;
    this.miner = miner;
    this.minerAddress = addr;
    this.minerThread =
        Thread.ofPlatform()
            .daemon()
            .name("e2e-miner")
            .start(
                () -> {
                  try {
                    miner.run();
                  } catch (IOException e) {
                    System.err.println("e2e miner stopped: " + e);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
  }

  /** The suite's node, started on first use; skips the calling test when litecoind is absent. */
  static DemoNode get(ExtensionContext context) {
    Assumptions.assumeTrue(
        LitecoindBinary.find().isPresent(),
        "skipped: litecoind is not installed (apt-get install -y litecoind)");
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(DemoNode.class, k -> start(), DemoNode.class);
  }

  private static DemoNode start() {
    RegtestPair pair = RegtestPair.mwebOff();
    try {
      Path tmp = Files.createTempDirectory("p2poolj-e2e-");
      P2poolConfig config =
          RegtestNodeConfig.build(
              pair.pool(),
              tmp.resolve("node"),
              tmp,
              List.of(
                  ConfigOverride.of("node", "fee_percent", 0.5),
                  ConfigOverride.of("node", "donation_percent", 1.0)));
      InProcessNode node = InProcessNode.start(config, START_TIMEOUT);
      String addr = pair.pool().rpc().client().call("getnewaddress", "", "bech32").asText();
      CpuMiner miner =
          new CpuMiner(
              MinerConfig.loopback(
                  PARAMS,
                  node.context().mining().port(),
                  addr + ".e2e",
                  1,
                  // outlives the whole e2e suite on a slow machine; close() stops it
                  Duration.ofMinutes(60),
                  false));
      DemoNode demo = new DemoNode(pair, tmp, config, node, miner, addr);
      demo.warmUp();
      System.out.println("e2e: dashboard at " + demo.baseUrl() + "/");
      return demo;
    } catch (Exception e) {
      pair.close();
      throw new IllegalStateException("the demo node did not start: " + e, e);
    }
  }

  // Waits for enough shares for /local_stats and /global_stats, and for a found block.
  private void warmUp() throws InterruptedException {
    long deadline = System.nanoTime() + WARM_UP.toNanos();
    NodeContext ctx = node.context();
    while (System.nanoTime() < deadline) {
      int height = ctx.chain().best().map(b -> ctx.chain().call(t -> t.height(b))).orElse(0);
      if (height >= MIN_HEIGHT && ctx.mining().stats().blocksAccepted() > 0) {
        // Two more refresh rounds so the web caches and graph samples catch up.
        Thread.sleep(11_000);
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "the node did not reach height " + MIN_HEIGHT + " with a block");
  }

  /**
   * Stops the miner and the node, then starts a node again on the same datadir and ports (the
   * suite's last test uses this: afterwards nothing mines).
   */
  void restartWithoutMiner() throws Exception {
    miner.stop();
    minerThread.join(10_000);
    node.close();
    node = InProcessNode.start(config, START_TIMEOUT);
    awaitWeb();
  }

  // InProcessNode returns once mining runs; the web service starts right after it.
  private void awaitWeb() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (node.context().services().running().stream().anyMatch(WebService.class::isInstance)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the web service did not start");
  }

  NodeContext context() {
    return node.context();
  }

  WebService web() {
    for (Service s : node.context().services().running()) {
      if (s instanceof WebService w) {
        return w;
      }
    }
    throw new IllegalStateException("no web service is running");
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  String baseUrl() {
    return "http://127.0.0.1:" + web().port();
  }

  String minerAddress() {
    return minerAddress;
  }

  RegtestPair pair() {
    return pair;
  }

  @Override
  public void close() throws InterruptedException, IOException {
    // JUnit closes AutoCloseable values of the root store when the run ends.
    miner.stop();
    minerThread.join(10_000);
    node.close();
    pair.close();
    try (Stream<Path> files = Files.walk(tmp)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
