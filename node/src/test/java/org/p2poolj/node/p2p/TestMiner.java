package org.p2poolj.node.p2p;

import java.util.concurrent.atomic.AtomicInteger;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.gentx.SyntheticChain;

/**
 * A stand-in for a node's miners: every {@code intervalMillis} it makes a valid share on the node's
 * best share (a genesis share if the node has none and {@code mayStartChain}), adds it as a local
 * share and fires the node's "share found" path, as the mining wiring does.
 */
final class TestMiner implements AutoCloseable {
  private final ChainService chain;
  private final P2pService p2p;
  private final SyntheticChain gen;
  private final long intervalMillis;
  private final boolean mayStartChain;
  private final AtomicInteger made = new AtomicInteger();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Throwable failure;

  TestMiner(
      String name,
      ChainService chain,
      P2pService p2p,
      SyntheticChain gen,
      long intervalMillis,
      boolean mayStartChain) {
    this.chain = chain;
    this.p2p = p2p;
    this.gen = gen;
    this.intervalMillis = intervalMillis;
    this.mayStartChain = mayStartChain;
    this.thread = Thread.ofPlatform().daemon().name("miner-" + name).start(this::loop);
  }

  private void loop() {
    try {
      while (running) {
        Thread.sleep(intervalMillis);
        Hash256 prev = chain.best().orElse(null);
        if (prev == null && !mayStartChain) {
          continue;
        }
        LoadedShare s = chain.call(t -> gen.next(t, prev, null));
        if (chain.addLocal(s)) {
          made.incrementAndGet();
          p2p.shareFound();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (running) {
        failure = e;
      }
    }
  }

  int made() {
    return made.get();
  }

  /** The error that stopped the miner, if any. */
  Throwable failure() {
    return failure;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }
}
