package org.p2poolj.share.gentx;

import java.math.BigInteger;
import java.util.Map;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.HeightAndLast;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.pplns.PplnsWeights;

/** What the coinbase recipe and {@code check()} read from the share tracker. */
public interface ChainView {
  /** The share with this hash, or null. */
  LoadedShare get(Hash256 hash);

  /** {@code get_height_and_last}; a null or unknown hash has height 0. */
  HeightAndLast heightAndLast(Hash256 hash);

  /** Hash n parents back; may be the first missing hash; throws if the chain is shorter. */
  Hash256 nthParentHash(Hash256 hash, int n);

  /** Sum of min_work over the {@code count} shares from {@code near} (inclusive) backwards. */
  BigInteger minWorkSum(Hash256 near, int count);

  /** {@code get_cumulative_weights(start, max_shares, desired_weight)}. */
  PplnsWeights cumulativeWeights(Hash256 start, int maxShares, BigInteger desiredWeight);

  /** Work per desired_version over {@code dist} shares from {@code start}. */
  Map<Long, BigInteger> desiredVersionCounts(Hash256 start, int dist);

  /** The naughtiness recorded for a verified share (0 if none or unknown). */
  int naughty(Hash256 hash);
}
