package org.p2poolj.share.pplns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.share.TestNets;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.ShareTracker;

/**
 * The sliding-window PPLNS agrees with a plain walk of JT's rules for random query sequences
 * (sequential, backwards, random starts, caps that shrink and grow the window).
 */
class PplnsCalculatorTest {
  private static final BigInteger W = BigInteger.valueOf(65535);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void slidingWindowMatchesANaiveWalk(long seed) {
    PoolNetwork net = TestNets.small();
    SplittableRandom r = new SplittableRandom(seed);
    ShareTracker t = new ShareTracker(net, new Random(seed));
    List<LoadedShare> chain = new ArrayList<>();
    TestNets.chain(net, r, 6)
        .extend(
            t,
            null,
            60,
            s -> {
              t.add(s, null, s.timestamp());
              chain.add(s);
            });
    PplnsCalculator calc = new PplnsCalculator(t);
    for (int q = 0; q < 400; q++) {
      int idx = q < 60 ? q : (q < 120 ? 119 - q : r.nextInt(60));
      LoadedShare start = chain.get(idx);
      int max = r.nextInt(idx + 2);
      BigInteger desired = W.multiply(BigInteger.valueOf(1 + r.nextInt(q % 3 == 0 ? 50 : 4000)));
      PplnsWeights got = calc.weights(start, max, desired);
      PplnsWeights want = naive(t, start, max, desired);
      assertThat(got.weights()).as("query %d", q).isEqualTo(want.weights());
      assertThat(got.total()).isEqualTo(want.total());
      assertThat(got.donation()).isEqualTo(want.donation());
      assertThat(got.shareCount()).isEqualTo(want.shareCount());
      BigInteger sum = got.donation();
      for (BigInteger v : got.weights().values()) {
        sum = sum.add(v);
      }
      assertThat(sum).isEqualTo(got.total());
    }
  }

  /** JT's WeightsSkipList, one share at a time. */
  private static PplnsWeights naive(
      ShareTracker t, LoadedShare start, int max, BigInteger desired) {
    Map<String, BigInteger> w = new HashMap<>();
    BigInteger total = BigInteger.ZERO;
    BigInteger don = BigInteger.ZERO;
    int count = 0;
    for (LoadedShare s : t.chain(start.hash(), Integer.MAX_VALUE)) {
      if (count >= max || total.equals(desired)) {
        break;
      }
      BigInteger att = s.work();
      BigInteger full = att.multiply(W);
      count++;
      if (total.add(full).compareTo(desired) > 0) {
        BigInteger part = desired.subtract(total).divide(W);
        w.merge(
            s.payoutKey(),
            part.multiply(BigInteger.valueOf(65535 - s.donation())),
            BigInteger::add);
        don = don.add(part.multiply(BigInteger.valueOf(s.donation())));
        total = desired;
        break;
      }
      w.merge(
          s.payoutKey(), att.multiply(BigInteger.valueOf(65535 - s.donation())), BigInteger::add);
      don = don.add(att.multiply(BigInteger.valueOf(s.donation())));
      total = total.add(full);
    }
    return PplnsWeights.of(w, total, don, count);
  }
}
