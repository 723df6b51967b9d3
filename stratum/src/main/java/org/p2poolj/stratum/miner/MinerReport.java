package org.p2poolj.stratum.miner;

import java.util.List;

/**
 * What a mining run did.
 *
 * @param hashes headers hashed
 * @param shares every submit with the pool's answer (unanswered ones have {@code accepted == null})
 * @param failure why the run ended early (refused authorization, lost connection), or null
 */
public record MinerReport(
    long hashes, long accepted, long rejected, List<FoundShare> shares, String failure) {
  public MinerReport {
    shares = List.copyOf(shares);
  }
}
