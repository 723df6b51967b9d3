package org.p2poolj.node.mining;

import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;
import org.p2poolj.node.chain.KnownTransactions;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;

/** Teaches the node's known transactions the sizes and fees of a template's transactions. */
final class TemplateTxs {
  private TemplateTxs() {}

  static void learn(BlockTemplate t, KnownTransactions known) {
    for (TemplateTx tx : t.transactions()) {
      known.learn(tx.txid(), sizeOf(tx), tx.fee());
    }
  }

  /**
   * weight = 3 x stripped + full, so stripped = (weight - full) / 3. A weight that does not add up
   * (the parser's default of 4 x size when the daemon leaves it out gives stripped = full) falls
   * back to the full size for both.
   */
  static TxSize sizeOf(TemplateTx tx) {
    int full = tx.size();
    long stripped = ((long) tx.weight() - full) / 3;
    if (stripped <= 0 || stripped > full) {
      stripped = full;
    }
    return new TxSize(full, (int) stripped);
  }
}
