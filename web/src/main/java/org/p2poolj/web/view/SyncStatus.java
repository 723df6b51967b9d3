package org.p2poolj.web.view;

/**
 * How far the node is from being ready to mine.
 *
 * @param shareChainHeight verified shares on the best chain
 * @param shareChainTarget shares needed for a full PPLNS window ({@code CHAIN_LENGTH})
 * @param pendingShareRequests share requests still in flight to peers
 * @param daemonBlocks blocks the coin daemon has validated
 * @param daemonHeaders headers the coin daemon knows
 * @param daemonInitialBlockDownload the daemon reports it is still in initial block download
 */
public record SyncStatus(
    long shareChainHeight,
    long shareChainTarget,
    int pendingShareRequests,
    long daemonBlocks,
    long daemonHeaders,
    boolean daemonInitialBlockDownload) {

  /** Fraction of the share-chain window loaded, in [0, 1]. */
  public double shareChainProgress() {
    return shareChainTarget <= 0 ? 1 : Math.min(1.0, (double) shareChainHeight / shareChainTarget);
  }

  /** Fraction of known headers the daemon has validated, in [0, 1]. */
  public double daemonProgress() {
    return daemonHeaders <= 0 ? 1 : Math.min(1.0, (double) daemonBlocks / daemonHeaders);
  }

  public boolean synced() {
    return !daemonInitialBlockDownload
        && daemonBlocks >= daemonHeaders
        && pendingShareRequests == 0
        && shareChainProgress() >= 1.0;
  }
}
