package org.p2poolj.share;

import java.util.List;
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
}
