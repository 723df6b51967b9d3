package org.p2poolj.share;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * v17-v33 transaction references: new tx hashes introduced by this share, and (share_count,
 * tx_count) pairs, flattened, naming every transaction of the block.
 */
public record TxRefs(List<Hash256> newTransactionHashes, long[] pairs) {
  public TxRefs {
    newTransactionHashes = List.copyOf(newTransactionHashes);
    pairs = pairs.clone();
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("transaction_hash_refs must hold pairs");
    }
  }

  public static final TxRefs NONE = new TxRefs(List.of(), new long[0]);

  @Override
  public long[] pairs() {
    return pairs.clone();
  }

  public int pairCount() {
    return pairs.length / 2;
  }

  public long shareCount(int i) {
    return pairs[2 * i];
  }

  public long txCount(int i) {
    return pairs[2 * i + 1];
  }
}
