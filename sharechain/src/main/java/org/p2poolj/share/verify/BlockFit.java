package org.p2poolj.share.verify;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.gentx.Generated;
import org.p2poolj.share.network.PoolNetwork;

/**
 * JT's v17-v33 block-size punishment ({@code should_punish_reason}): would the block of a share,
 * its coinbase plus the transactions it commits to, break the network's size or weight limit?
 */
public final class BlockFit {
  private static final int HEADER = 80;
  // marker and flag (2) plus the coinbase's one-item witness stack: count, length, 32 bytes
  private static final int GENTX_WITNESS_BYTES = 2 + 1 + 1 + 32;

  /** The verdict; {@link #UNKNOWN} while any transaction is unknown, so it may change later. */
  public enum Verdict {
    UNKNOWN,
    FITS,
    OVER_WEIGHT,
    OVER_SIZE
  }

  private BlockFit() {}

  /** The coinbase's weight as JT counts it: full size plus three times the stripped size. */
  public static int gentxWeight(Generated g) {
    int stripped = g.strippedSize();
    return stripped + (g.segwit() ? GENTX_WITNESS_BYTES : 0) + 3 * stripped;
  }

  /** JT checks weight first, then size; the same order gives the same reason. */
  public static Verdict judge(
      PoolNetwork net, int gentxSize, int gentxWeight, List<Hash256> txs, KnownTxSizes known) {
    long all = 0;
    long stripped = 0;
    for (Hash256 h : txs) {
      KnownTxSizes.TxSize s = known.find(h);
      if (s == null) {
        return Verdict.UNKNOWN;
      }
      all += s.size();
      stripped += s.strippedSize();
    }
    if (all + 3 * stripped + 4 * HEADER + gentxWeight > net.blockMaxWeight()) {
      return Verdict.OVER_WEIGHT;
    }
    if (stripped + HEADER + gentxSize > net.blockMaxSize()) {
      return Verdict.OVER_SIZE;
    }
    return Verdict.FITS;
  }
}
