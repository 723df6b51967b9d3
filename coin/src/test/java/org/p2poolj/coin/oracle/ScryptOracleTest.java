package org.p2poolj.coin.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.hash.Scrypt;

/** Our specialised scrypt against Bouncy Castle's general one on random headers. */
class ScryptOracleTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void matchesBouncyCastle(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 10; i++) {
      byte[] header = new byte[80];
      rnd.nextBytes(header);
      assertThat(Scrypt.hashHeader(header))
          .isEqualTo(SCrypt.generate(header, header, 1024, 1, 1, 32));
    }
  }
}
