package org.p2poolj.coin.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.p2poolj.coin.codec.Hex;

class ScriptsTest {
  /** Encodings as Bitcoin Core's {@code CScript() << n} writes them. */
  @ParameterizedTest
  @CsvSource({
    "0, 00",
    "1, 51",
    "16, 60",
    "-1, 4f",
    "17, 0111",
    "127, 017f",
    "128, 028000",
    "255, 02ff00",
    "256, 020001",
    "-2, 0182",
    "-128, 028080",
    "500, 02f401",
    "65536, 03000001",
    "8388608, 0400008000",
    "2147483647, 04ffffff7f"
  })
  void numberPushes(long n, String hex) {
    assertThat(Hex.encode(Scripts.pushInt(n))).isEqualTo(hex);
  }

  @Test
  void bip34HeightIsTheNumberPush() {
    assertThat(Hex.encode(Scripts.bip34Height(500))).isEqualTo("02f401");
    assertThat(Hex.encode(Scripts.bip34Height(227931))).isEqualTo("035b7a03");
    assertThatThrownBy(() -> Scripts.bip34Height(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dataPushesUseTheShortestOpcode() {
    assertThat(Scripts.pushData(new byte[0])).containsExactly(0);
    assertThat(Scripts.pushData(new byte[75])[0]).isEqualTo((byte) 75);
    assertThat(Scripts.pushData(new byte[76])).startsWith(0x4c, 76).hasSize(78);
    assertThat(Scripts.pushData(new byte[255])).startsWith(0x4c, 0xff).hasSize(257);
    assertThat(Scripts.pushData(new byte[256])).startsWith(0x4d, 0x00, 0x01).hasSize(259);
    assertThat(Scripts.pushData(new byte[65536])).startsWith(0x4e, 0, 0, 1, 0).hasSize(65541);
  }

  @Test
  void templates() {
    byte[] h20 = Hex.decode("751e76e8199196d454941c45d1b3a323f1433bd6");
    byte[] h32 = new byte[32];
    assertThat(Hex.encode(Scripts.p2pkh(h20)))
        .isEqualTo("76a914751e76e8199196d454941c45d1b3a323f1433bd688ac");
    assertThat(Hex.encode(Scripts.p2sh(h20)))
        .isEqualTo("a914751e76e8199196d454941c45d1b3a323f1433bd687");
    assertThat(Hex.encode(Scripts.p2wpkh(h20)))
        .isEqualTo("0014751e76e8199196d454941c45d1b3a323f1433bd6");
    assertThat(Scripts.p2wsh(h32)).startsWith(0x00, 0x20).hasSize(34);
    assertThat(Scripts.p2tr(h32)).startsWith(0x51, 0x20).hasSize(34);
    assertThat(Scripts.witness(16, new byte[2])).startsWith(0x60, 0x02);
    assertThat(Hex.encode(Scripts.opReturn(Hex.decode("aabb")))).isEqualTo("6a02aabb");
    assertThat(Scripts.matchP2pkh(Scripts.p2pkh(h20))).hasValue(h20);
    assertThat(Scripts.matchP2sh(Scripts.p2sh(h20))).hasValue(h20);
    assertThat(Scripts.matchP2sh(Scripts.p2pkh(h20))).isEmpty();
    assertThat(Scripts.witnessVersion(Scripts.p2tr(h32))).isEqualTo(1);
    assertThat(Scripts.witnessVersion(Scripts.p2pkh(h20))).isEqualTo(-1);
    assertThatThrownBy(() -> Scripts.p2pkh(new byte[19]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scripts.witness(17, new byte[20]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
