package org.p2poolj.stratum.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;

class StratumHexTest {
  @Test
  void swap4ReversesEachWord() {
    assertThat(Hex.encode(StratumHex.swap4(Hex.decode("0102030405060708"))))
        .isEqualTo("0403020108070605");
  }

  @Test
  void u32IsBigEndianHex() {
    assertThat(StratumHex.u32(0x20000000L)).isEqualTo("20000000");
    assertThat(StratumHex.u32(1)).isEqualTo("00000001");
    assertThat(StratumHex.parseU32("FFFFFFFF")).isEqualTo(0xffffffffL);
    assertThatThrownBy(() -> StratumHex.parseU32("1234567"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StratumHex.parseU32("1234567g"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StratumHex.u32(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void prevhashRoundTrips(long seed) {
    byte[] wire = new byte[32];
    new Random(seed).nextBytes(wire);
    String notify = StratumHex.prevhash(Hash256.wrap(wire));
    assertThat(StratumHex.prevhashToWire(notify)).isEqualTo(wire);
    // Word i of the notify string holds the wire word i, bytes reversed.
    assertThat(notify.substring(0, 8))
        .isEqualTo(Hex.encode(new byte[] {wire[3], wire[2], wire[1], wire[0]}));
  }
}
