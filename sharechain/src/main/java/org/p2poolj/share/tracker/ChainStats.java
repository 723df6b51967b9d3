package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.gentx.TransactionGenerator;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.pplns.PplnsWeights;

/** Pool statistics JT's web API derives from the tracker (read-only helpers). */
public final class ChainStats {
  private ChainStats() {}

  /**
   * {@code get_pool_attempts_per_second}: work of the {@code dist-1} shares from {@code head} over
   * the time between {@code head} and its {@code (dist-1)}-th ancestor.
   */
  public static double attemptsPerSecond(ShareTracker t, Hash256 head, int dist, boolean minWork) {
    if (dist < 2 || t.height(head) < dist) {
      return 0;
    }
    LoadedShare near = t.get(head);
    LoadedShare far = t.get(t.nthParentHash(head, dist - 1));
    BigInteger attempts = minWork ? t.minWorkSum(head, dist - 1) : t.workSum(head, dist - 1);
    long dt = near.timestamp() - far.timestamp();
    return attempts.doubleValue() / (dt <= 0 ? 1 : dt);
  }

  /**
   * {@code get_expected_payouts}: what each address would get if the next block were found now,
   * keyed by address (the donation under its P2PKH address).
   */
  public static Map<String, Long> expectedPayouts(
      ShareTracker t, Hash256 best, BigInteger blockTarget, long subsidy) {
    PoolNetwork net = t.net();
    int max = Math.min(t.height(best), net.realChainLength());
    BigInteger desired =
        BigInteger.valueOf(65535L * net.spread()).multiply(Targets.attempts(blockTarget));
    PplnsWeights w = t.cumulativeWeights(best, max, desired);
    BigInteger sub = BigInteger.valueOf(subsidy);
    Map<String, Long> res = new HashMap<>();
    long sum = 0;
    if (w.total().signum() > 0) {
      for (Map.Entry<String, BigInteger> e : w.weights().entrySet()) {
        long a = sub.multiply(e.getValue()).divide(w.total()).longValue();
        res.put(e.getKey(), a);
        sum += a;
      }
    }
    String donation = new TransactionGenerator(net).donationKey();
    res.merge(donation, subsidy - sum, Long::sum);
    return res;
  }
}
