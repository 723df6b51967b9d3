package org.p2poolj.daemon.block;

/**
 * Room reserved in a block besides the template transactions.
 *
 * @param coinbaseWeight weight kept free for the coinbase (p2pool's payouts can be large)
 * @param coinbaseSize size kept free for the coinbase
 * @param coinbaseSigops sigops kept free for the coinbase outputs
 */
public record SelectionLimits(int coinbaseWeight, int coinbaseSize, int coinbaseSigops) {
  /** Bitcoin Core's own reserve (4000 WU) plus room for a few hundred payout outputs. */
  public static final SelectionLimits DEFAULT = new SelectionLimits(40_000, 10_000, 1_000);
}
