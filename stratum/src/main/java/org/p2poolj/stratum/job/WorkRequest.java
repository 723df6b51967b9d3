package org.p2poolj.stratum.job;

import java.math.BigInteger;

/**
 * What a job depends on besides the chain state: the share's payout address and the desired share
 * target both go into the share's gentx, so sessions that agree on both share one job.
 *
 * @param payoutAddress the address the share pays, as the miner wrote it (p2pool keys payouts by
 *     the exact string)
 * @param desiredShareTarget the username's {@code /diff} as a target, or null for the node's choice
 */
public record WorkRequest(String payoutAddress, BigInteger desiredShareTarget) {
  public WorkRequest {
    if (payoutAddress == null || payoutAddress.isEmpty()) {
      throw new IllegalArgumentException("payout address required");
    }
  }
}
