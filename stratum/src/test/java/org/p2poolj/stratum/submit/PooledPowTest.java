package org.p2poolj.stratum.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;

class PooledPowTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void givesTheDelegatesHashFromVirtualAndPlatformThreads(long seed) throws Exception {
    byte[] header = new byte[80];
    new Random(seed).nextBytes(header);
    Hash256 expected = PowFunction.SCRYPT.powHash(header);
    try (PooledPow pooled = new PooledPow(PowFunction.SCRYPT, 1)) {
      AtomicReference<Hash256> fromVirtual = new AtomicReference<>();
      AtomicReference<String> thread = new AtomicReference<>();
      PowFunction spy =
          h -> {
            thread.set(Thread.currentThread().getName());
            return PowFunction.SCRYPT.powHash(h);
          };
      try (PooledPow spied = new PooledPow(spy, 1)) {
        Thread.ofVirtual().start(() -> fromVirtual.set(spied.powHash(header))).join();
      }
      assertThat(fromVirtual.get()).isEqualTo(expected);
      assertThat(thread.get()).startsWith("pow-");
      assertThat(pooled.powHash(header)).isEqualTo(expected);
    }
  }
}
