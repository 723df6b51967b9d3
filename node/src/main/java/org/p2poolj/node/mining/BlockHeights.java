package org.p2poolj.node.mining;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.p2poolj.coin.collect.BoundedMaps;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.rpc.BlockHeaderInfo;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.daemon.template.BlockTemplate;

/**
 * The chain's {@code block_rel_height}: how far a share's previous block is behind the daemon's tip
 * (0 for the tip's parent of the current template, negative for older, about -1e9 for unknown or
 * off the main chain). Heights come from {@code getblockheader}, cached.
 */
public final class BlockHeights implements ToIntFunction<Hash256> {
  static final int UNKNOWN = -1_000_000_000;
  private static final int CACHE = 4096;

  private static final long UNKNOWN_RETRY_NANOS = 30_000_000_000L;

  private final DaemonRpc rpc;
  private final Supplier<BlockTemplate> template;
  private final Map<Hash256, Long> heights = Collections.synchronizedMap(BoundedMaps.lru(CACHE));
  // block -> System.nanoTime() when the daemon last did not know it
  private final Map<Hash256, Long> unknown = Collections.synchronizedMap(BoundedMaps.lru(CACHE));

  public BlockHeights(DaemonRpc rpc, Supplier<BlockTemplate> template) {
    this.rpc = rpc;
    this.template = template;
  }

  @Override
  public int applyAsInt(Hash256 block) {
    BlockTemplate t = template.get();
    if (t == null) {
      return UNKNOWN;
    }
    OptionalLong h = height(t, block);
    return h.isEmpty() ? UNKNOWN : (int) Math.max(UNKNOWN, Math.min(0, h.getAsLong() - tip(t)));
  }

  /** The block's main-chain height, empty when the daemon does not know it or it is off-chain. */
  public OptionalLong absolute(Hash256 block) {
    return height(template.get(), block);
  }

  private static long tip(BlockTemplate t) {
    return t.height() - 1;
  }

  /** The tip is the current template's parent; other blocks are looked up. */
  private OptionalLong height(BlockTemplate t, Hash256 block) {
    if (block == null) {
      return OptionalLong.empty();
    }
    if (t != null && block.equals(t.previousBlockHash())) {
      return OptionalLong.of(tip(t));
    }
    return lookUp(block);
  }

  private OptionalLong lookUp(Hash256 block) {
    Long h = heights.get(block);
    if (h != null) {
      return OptionalLong.of(h);
    }
    // An unknown block is asked about again only after a while: the chain thread asks for every
    // share that names it, and each question is a daemon round trip.
    Long since = unknown.get(block);
    if (since != null && System.nanoTime() - since < UNKNOWN_RETRY_NANOS) {
      return OptionalLong.empty();
    }
    try {
      BlockHeaderInfo info = rpc.getBlockHeader(block.toHex());
      h = info.confirmations() < 0 ? null : info.height();
    } catch (DaemonRpcException e) {
      h = null;
    }
    if (h == null) {
      unknown.put(block, System.nanoTime());
      return OptionalLong.empty();
    }
    unknown.remove(block);
    heights.put(block, h);
    return OptionalLong.of(h);
  }
}
