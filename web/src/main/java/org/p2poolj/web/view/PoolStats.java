package org.p2poolj.web.view;

import java.math.BigInteger;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;

/**
 * Share-chain wide figures, computed by the node from its best chain.
 *
 * @param height number of shares in the best chain the node holds
 * @param bestShare hash of the best share, empty before the chain has any share
 * @param poolNonstaleHashRate pool hash rate (H/s) over the last hour of shares, stale shares not
 *     counted
 * @param poolStaleProp average stale proportion over the last hour of shares
 * @param rate pool hash rate over {@code min(height, 720)} shares, corrected for stales ({@code
 *     /rate})
 * @param minDifficulty difficulty of the best share's {@code max_target}
 * @param networkBlockDifficulty difficulty of the current block template
 * @param networkHashrate estimated network hash rate (H/s)
 * @param attemptsToShare average hashes to find a share at {@code max_target}
 * @param attemptsToBlock average hashes to find a block at the template target
 * @param blockValue subsidy plus fees of the current template, in coins
 */
public record PoolStats(
    long height,
    Optional<Hash256> bestShare,
    double poolNonstaleHashRate,
    double poolStaleProp,
    double rate,
    double minDifficulty,
    double networkBlockDifficulty,
    double networkHashrate,
    BigInteger attemptsToShare,
    BigInteger attemptsToBlock,
    double blockValue) {

  /** Pool hash rate including stale work, as the reference computes it. */
  public double poolHashRate() {
    return poolStaleProp >= 1 ? 0 : poolNonstaleHashRate / (1 - poolStaleProp);
  }
}
