package org.p2poolj.node.demo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.stratum.miner.CpuMiner;
import org.p2poolj.stratum.miner.MinerConfig;
import org.p2poolj.stratum.miner.MinerReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The built-in CPU miner on its own thread, connected over TCP stratum like any miner. */
final class DemoMiner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("demo");

  private final CpuMiner miner;
  private final Thread thread;
  private final AtomicReference<MinerReport> report = new AtomicReference<>();
  private volatile boolean stopping;

  private DemoMiner(CpuMiner miner) {
    this.miner = miner;
    this.thread =
        Thread.ofPlatform()
            .name("demo-miner")
            .daemon()
            .unstarted(
                () -> {
                  try {
                    MinerReport r = miner.run();
                    report.set(r);
                    // On Ctrl-C the node's own hook may close stratum first; that is no failure.
                    if (r.failure() != null && !stopping) {
                      LOG.warn("the CPU miner stopped: {}", r.failure());
                    }
                  } catch (Exception e) {
                    if (!stopping) {
                      LOG.warn("the CPU miner failed: {}", e.toString());
                    }
                  }
                });
  }

  static DemoMiner start(int port, String address, int threads, ChainParams params) {
    CpuMiner m =
        new CpuMiner(
            MinerConfig.loopback(
                params, port, address + ".demo", threads, Duration.ofDays(365), true));
    DemoMiner d = new DemoMiner(m);
    d.thread.start();
    return d;
  }

  /** Marks the stop as intended, so a closing pool is not reported as a miner failure. */
  void stopping() {
    stopping = true;
  }

  boolean isRunning() {
    return thread.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    stopping = true;
    miner.stop();
    thread.join(30_000);
  }
}
