package org.p2poolj.node.demo;

import java.math.RoundingMode;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.node.mining.MiningStats;
import org.p2poolj.node.runtime.NodeContext;

/** The demo's periodic status line: shares, blocks, payouts, chain and daemon heights. */
final class StatusLine {
  private final NodeContext context;
  private final DemoMiner miner;
  private final DaemonRpc rpc;
  private final Payouts payouts;
  private final long startedNanos = System.nanoTime();

  StatusLine(NodeContext context, DemoMiner miner, DaemonRpc rpc, String address) {
    this.context = context;
    this.miner = miner;
    this.rpc = rpc;
    this.payouts = new Payouts(rpc, address, context.chainParams());
  }

  String line() {
    MiningStats s = context.mining().stats();
    payouts.update(s.recentBlocks());
    long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
    String height;
    try {
      height = String.valueOf(rpc.getBlockCount());
    } catch (Exception e) {
      height = "?";
    }
    return String.format(
        "[%4d s] pseudoshares %d | shares %d (%d dead) | blocks %d (%d accepted) | paid %s LTC in %d block(s) |"
            + " share chain %d | litecoind height %s%s",
        seconds,
        s.pseudoshares(),
        s.shares(),
        s.sharesDoa(),
        s.blocks(),
        s.blocksAccepted(),
        payouts.total().setScale(8, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString(),
        payouts.blocksPaying(),
        context.chain().size(),
        height,
        miner.isRunning() ? "" : " | miner STOPPED");
  }
}
