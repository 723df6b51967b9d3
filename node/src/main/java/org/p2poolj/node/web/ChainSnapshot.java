package org.p2poolj.node.web;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.web.view.LocalStats.ShareCounts;
import org.p2poolj.web.view.RecentBlock;
import org.p2poolj.web.view.StaleRates;

/**
 * Chain-derived figures at one moment, computed on the chain thread by {@link ChainFacts}.
 *
 * @param height shares in the best chain
 * @param nonstaleRate pool attempts/s over the last hour of shares (reference {@code
 *     get_pool_attempts_per_second})
 * @param staleProp average stale proportion over the same window
 * @param rate pool rate over {@code min(height-1, 720)} shares, corrected for stales
 * @param maxTarget the best share's max target
 * @param users address to PPLNS weight fraction
 * @param userStales address to stale fraction
 * @param payouts address to coins if a block were found now
 * @param myShareRate attempts/s of this node's shares in the last hour
 * @param myCounts this node's shares in the last hour
 * @param myOrphans this node's shares the tracker holds off the best chain
 */
record ChainSnapshot(
    int height,
    Optional<Hash256> best,
    double nonstaleRate,
    double staleProp,
    double rate,
    BigInteger maxTarget,
    Map<String, Double> users,
    Map<String, Double> userStales,
    Map<String, Double> payouts,
    StaleRates staleRates,
    List<RecentBlock> recentBlocks,
    List<Hash256> heads,
    List<Hash256> verifiedHeads,
    List<Hash256> tails,
    List<Hash256> verifiedTails,
    double myShareRate,
    ShareCounts myCounts,
    long myOrphans,
    Map<Long, Double> desiredVersions) {

  static final ChainSnapshot EMPTY =
      new ChainSnapshot(
          0,
          Optional.empty(),
          0,
          0,
          0,
          BigInteger.ZERO,
          Map.of(),
          Map.of(),
          Map.of(),
          new StaleRates(0, 0, 0),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          0,
          new ShareCounts(0, 0, 0),
          0,
          Map.of());
}
