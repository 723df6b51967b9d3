package org.p2poolj.p2p.sync;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.DisconnectReason;
import org.p2poolj.p2p.peer.Misbehaviour;
import org.p2poolj.p2p.wire.Message;

/**
 * {@code bestblock} relay (JT {@code handle_bestblock}): a header failing its own PoW target is
 * misbehaviour; a good one goes to the node, which may know of the block before its daemon does.
 * Outgoing headers are sent once each, which also stops relays from bouncing between nodes.
 */
public final class BestBlockRelay {
  private final Predicate<BlockHeader> powValid;
  private final Consumer<BlockHeader> sink;
  private Hash256 lastBroadcast;

  /**
   * @param powValid whether {@code POW(header) <= target(header.bits)}, per the coin's PoW
   * @param sink receives headers that pass
   */
  public BestBlockRelay(Predicate<BlockHeader> powValid, Consumer<BlockHeader> sink) {
    this.powValid = powValid;
    this.sink = sink;
  }

  /** Handles a received header; returns the misbehaviour if it fails PoW. */
  public Optional<Misbehaviour> onBestBlock(BlockHeader header) {
    if (!powValid.test(header)) {
      return Optional.of(Misbehaviour.of(DisconnectReason.BAD_BESTBLOCK));
    }
    sink.accept(header);
    return Optional.empty();
  }

  /** The message to send every peer for a new best block, or empty if already sent. */
  public synchronized Optional<Message.BestBlock> toBroadcast(BlockHeader header) {
    Hash256 h = header.hash();
    if (h.equals(lastBroadcast)) {
      return Optional.empty();
    }
    lastBroadcast = h;
    return Optional.of(new Message.BestBlock(header));
  }
}
