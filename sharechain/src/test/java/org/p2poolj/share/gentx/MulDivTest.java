package org.p2poolj.share.gentx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The long fast path of floor(a*b/d) agrees with BigInteger on random and edge operands. */
class MulDivTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void agreesWithBigInteger(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] edges = {
      0, 1, 2, (1L << 32) - 1, 1L << 32, (1L << 32) + 1, Long.MAX_VALUE - 1, Long.MAX_VALUE
    };
    for (int i = 0; i < 200_000; i++) {
      long a = i < 64 ? edges[i % edges.length] : r.nextLong(Long.MAX_VALUE) >>> r.nextInt(63);
      long b =
          i < 64 ? edges[(i / 8) % edges.length] : r.nextLong(Long.MAX_VALUE) >>> r.nextInt(63);
      long d = Math.max(1, r.nextLong(Long.MAX_VALUE) >>> r.nextInt(63));
      BigInteger want =
          BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(d));
      long got = MulDiv.floor(a, b, d);
      if (want.bitLength() <= 63) {
        assertThat(got).as("%d*%d/%d", a, b, d).isEqualTo(want.longValueExact());
      } else {
        assertThat(got).isEqualTo(-1);
      }
      assertThat(MulDiv.floor(BigInteger.valueOf(a), BigInteger.valueOf(b), BigInteger.valueOf(d)))
          .isEqualTo(want);
    }
  }
}
