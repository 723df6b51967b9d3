package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.Map;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.HeightAndLast;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.gentx.ChainView;
import org.p2poolj.share.pplns.PplnsWeights;

/** A chain view that hides all PPLNS weights: shares made on it overpay their finder. */
record LyingView(ChainView real) implements ChainView {
  @Override
  public LoadedShare get(Hash256 hash) {
    return real.get(hash);
  }

  @Override
  public HeightAndLast heightAndLast(Hash256 hash) {
    return real.heightAndLast(hash);
  }

  @Override
  public Hash256 nthParentHash(Hash256 hash, int n) {
    return real.nthParentHash(hash, n);
  }

  @Override
  public BigInteger minWorkSum(Hash256 near, int count) {
    return real.minWorkSum(near, count);
  }

  @Override
  public PplnsWeights cumulativeWeights(Hash256 start, int maxShares, BigInteger desiredWeight) {
    return PplnsWeights.EMPTY;
  }

  @Override
  public Map<Long, BigInteger> desiredVersionCounts(Hash256 start, int dist) {
    return real.desiredVersionCounts(start, dist);
  }

  @Override
  public int naughty(Hash256 hash) {
    return real.naughty(hash);
  }
}
