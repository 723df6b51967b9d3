package org.p2poolj.share.verify;

import org.p2poolj.coin.hash.Hash256;

/**
 * The sizes of transactions the node knows (from its daemon's templates and peers' {@code
 * remember_tx}). JT's {@code should_punish_reason} uses them to punish a v17-v33 share whose
 * transactions would not fit in a block; a share with any unknown transaction is not judged.
 */
@FunctionalInterface
public interface KnownTxSizes {
  /** The sizes of the transaction with this txid, or null when it is not known. */
  TxSize find(Hash256 txid);

  /**
   * Whether the size known for this txid can no longer change. A txid does not cover the witness,
   * so a size learnt from a peer's copy may differ from the one the daemon will give.
   */
  default boolean isSettled(Hash256 txid) {
    return find(txid) != null;
  }

  /**
   * @param size the full serialization (with witness), in bytes
   * @param strippedSize the serialization without witness, in bytes
   */
  record TxSize(int size, int strippedSize) {
    public TxSize {
      if (strippedSize <= 0 || size < strippedSize) {
        throw new IllegalArgumentException("need 0 < stripped size <= size");
      }
    }
  }

  /** Knows nothing: no share is ever punished for its size. */
  KnownTxSizes NONE = txid -> null;
}
