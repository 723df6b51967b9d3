package org.p2poolj.share.pplns;

import java.math.BigInteger;
import java.util.Map;

/**
 * Result of {@code get_cumulative_weights}: weight per payout key (zeros dropped), the total
 * (weights plus donation) and the donation weight, over {@code shareCount} shares.
 */
public record PplnsWeights(
    Map<String, BigInteger> weights, BigInteger total, BigInteger donation, int shareCount) {
  public PplnsWeights {
    weights = Map.copyOf(weights);
  }

  public static final PplnsWeights EMPTY =
      new PplnsWeights(Map.of(), BigInteger.ZERO, BigInteger.ZERO, 0);
}
