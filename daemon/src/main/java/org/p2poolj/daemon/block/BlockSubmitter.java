package org.p2poolj.daemon.block;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.p2p.DaemonP2pLink;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands found blocks to the daemon: over the P2P link first (it needs no RPC slot and reaches the
 * daemon's validation at once), then through {@code submitblock}, whose answer is the verdict. Each
 * result is logged and counted by outcome.
 */
public final class BlockSubmitter {
  private static final Logger LOG = LoggerFactory.getLogger(BlockSubmitter.class);

  /** Which paths to use. */
  public enum Via {
    RPC,
    P2P,
    BOTH
  }

  private final DaemonRpc rpc;
  private final Optional<DaemonP2pLink> link;
  private final Map<SubmitResult.Outcome, AtomicLong> counts =
      new EnumMap<>(SubmitResult.Outcome.class);

  public BlockSubmitter(DaemonRpc rpc, Optional<DaemonP2pLink> link) {
    this.rpc = rpc;
    this.link = link;
    for (SubmitResult.Outcome o : SubmitResult.Outcome.values()) {
      counts.put(o, new AtomicLong());
    }
  }

  public SubmitResult submit(byte[] block, Hash256 blockHash, Via via) {
    boolean sentP2p = false;
    if (via != Via.RPC) {
      sentP2p = link.map(l -> l.sendBlock(block)).orElse(false);
    }
    SubmitResult result;
    if (via == Via.P2P) {
      result =
          new SubmitResult(
              blockHash,
              sentP2p ? SubmitResult.Outcome.SENT_P2P_ONLY : SubmitResult.Outcome.FAILED,
              sentP2p,
              sentP2p ? "" : "daemon P2P link not connected");
    } else {
      result = viaRpc(block, blockHash, sentP2p);
    }
    counts.get(result.outcome()).incrementAndGet();
    if (result.accepted() || result.outcome() == SubmitResult.Outcome.SENT_P2P_ONLY) {
      LOG.info("block {} submitted: {} (p2p sent: {})", blockHash, result.outcome(), sentP2p);
    } else {
      LOG.warn(
          "block {} NOT accepted: {} {} (p2p sent: {})",
          blockHash,
          result.outcome(),
          result.detail(),
          sentP2p);
    }
    return result;
  }

  private SubmitResult viaRpc(byte[] block, Hash256 blockHash, boolean sentP2p) {
    try {
      Optional<String> reason = rpc.submitBlock(Hex.encode(block));
      if (reason.isEmpty()) {
        return new SubmitResult(blockHash, SubmitResult.Outcome.ACCEPTED, sentP2p, "");
      }
      SubmitResult.Outcome outcome =
          switch (reason.get()) {
            case "duplicate" -> SubmitResult.Outcome.DUPLICATE;
            case "inconclusive" -> SubmitResult.Outcome.INCONCLUSIVE;
            default -> SubmitResult.Outcome.REJECTED;
          };
      return new SubmitResult(blockHash, outcome, sentP2p, reason.get());
    } catch (DaemonRpcException e) {
      // The P2P copy may still have reached the daemon; the caller sees both facts.
      return new SubmitResult(
          blockHash,
          sentP2p ? SubmitResult.Outcome.SENT_P2P_ONLY : SubmitResult.Outcome.FAILED,
          sentP2p,
          e.getMessage());
    }
  }

  /** How many submissions ended with {@code outcome}. */
  public long count(SubmitResult.Outcome outcome) {
    return counts.get(outcome).get();
  }
}
