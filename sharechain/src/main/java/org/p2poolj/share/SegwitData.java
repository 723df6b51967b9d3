package org.p2poolj.share;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.hash.Hash256;

/**
 * The segwit commitment data of a share: the coinbase's txid merkle branch (index always 0) and the
 * wtxid merkle root. Trusted as sent (spec §3.6 step 10).
 */
public record SegwitData(List<Hash256> txidMerkleBranch, Hash256 wtxidMerkleRoot) {
  public SegwitData {
    txidMerkleBranch = List.copyOf(txidMerkleBranch);
  }

  /** What a share with no other transactions carries. */
  public static final SegwitData EMPTY = new SegwitData(List.of(), Hash256.ZERO);

  /**
   * JT's local computation: the txid branch of the coinbase among {@code txids} and the wtxid root
   * with a zero in the coinbase slot.
   */
  public static SegwitData fromTransactions(List<Hash256> txids, List<Hash256> wtxids) {
    List<Hash256> w = new ArrayList<>(wtxids.size() + 1);
    w.add(Hash256.ZERO);
    w.addAll(wtxids);
    return new SegwitData(Merkle.coinbaseBranch(txids), Merkle.root(w));
  }
}
