package org.p2poolj.share.gentx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.share.pplns.PplnsWeights;

/** The long and BigInteger payout splits agree, and the split always adds up to the subsidy. */
class PayoutsTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void longAndBigIntegerSplitsAgree(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      Map<String, BigInteger> weights = new HashMap<>();
      BigInteger sum = BigInteger.ZERO;
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        BigInteger v = BigInteger.valueOf(r.nextLong(1L << (1 + r.nextInt(45))));
        weights.merge("k" + r.nextInt(40), v, BigInteger::add);
        sum = sum.add(v);
      }
      BigInteger donationWeight = BigInteger.valueOf(r.nextLong(1L << 40));
      BigInteger total = sum.add(donationWeight);
      PplnsWeights w = PplnsWeights.of(weights, total, donationWeight, n);
      long subsidy = r.nextLong(1L << (10 + r.nextInt(44)));
      String finder = r.nextInt(10) == 0 ? "don" : "k" + r.nextInt(45);
      String donation =
          r.nextInt(10) == 0 && !weights.isEmpty() ? weights.keySet().iterator().next() : "don";
      List<Payouts.Dest> big = Payouts.computeBig(w, BigInteger.valueOf(subsidy), finder, donation);
      List<Payouts.Dest> fast = Payouts.computeLong(w, subsidy, finder, donation);
      assertThat(fast).isEqualTo(big);
      assertThat(big.stream().map(Payouts.Dest::amount).reduce(BigInteger.ZERO, BigInteger::add))
          .isEqualTo(BigInteger.valueOf(subsidy));
      assertThat(big.getLast().key()).isEqualTo(donation);
    }
  }
}
