package org.p2poolj.node.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.p2poolj.coin.codec.Hex;

class RecentBlocksTest {
  @ParameterizedTest
  @CsvSource({
    "'51', 1", // OP_1
    "'60', 16", // OP_16
    "'01 7f', 127",
    "'02 80 00', 128",
    "'03 40 42 0f', 1000000",
    "'', -1",
    "'00', -1",
    "'04 01 02', -1", // a push longer than the script
    "'4c 01 05', -1" // OP_PUSHDATA1 is not a BIP34 height
  })
  void bip34HeightIsTheFirstPush(String hex, long height) {
    byte[] script = Hex.decode(hex.replace(" ", ""));
    assertThat(RecentBlocks.bip34Height(script)).isEqualTo(height);
  }
}
