package org.p2poolj.node.mining;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.p2poolj.node.runtime.BlockFound;

/** Counters of the mining path, for the status line, the web API and tests. */
public final class MiningStats {
  private static final int RECENT_BLOCKS = 100;

  private final AtomicLong pseudoshares = new AtomicLong();
  private final AtomicLong shares = new AtomicLong();
  private final AtomicLong sharesDoa = new AtomicLong();
  private final AtomicLong sharesRefused = new AtomicLong();
  private final AtomicLong blocks = new AtomicLong();
  private final AtomicLong blocksAccepted = new AtomicLong();
  private final Deque<BlockFound> recentBlocks = new ArrayDeque<>();

  void pseudoshare() {
    pseudoshares.incrementAndGet();
  }

  void share(boolean doa) {
    shares.incrementAndGet();
    if (doa) {
      sharesDoa.incrementAndGet();
    }
  }

  void shareRefused() {
    sharesRefused.incrementAndGet();
  }

  void block(BlockFound found) {
    blocks.incrementAndGet();
    if (found.accepted()) {
      blocksAccepted.incrementAndGet();
    }
    synchronized (recentBlocks) {
      recentBlocks.addLast(found);
      if (recentBlocks.size() > RECENT_BLOCKS) {
        recentBlocks.removeFirst();
      }
    }
  }

  public long pseudoshares() {
    return pseudoshares.get();
  }

  /** Shares found by this node's miners and added to the chain. */
  public long shares() {
    return shares.get();
  }

  /** Of {@link #shares()}, those made on work older than the best share at submit time. */
  public long sharesDoa() {
    return sharesDoa.get();
  }

  /** Share submissions that could not be turned into a valid share (a bug if ever above 0). */
  public long sharesRefused() {
    return sharesRefused.get();
  }

  /** Block solutions submitted to the daemon. */
  public long blocks() {
    return blocks.get();
  }

  /** Of {@link #blocks()}, those the daemon accepted (or already had). */
  public long blocksAccepted() {
    return blocksAccepted.get();
  }

  /** The latest blocks found, oldest first. */
  public List<BlockFound> recentBlocks() {
    synchronized (recentBlocks) {
      return List.copyOf(recentBlocks);
    }
  }
}
