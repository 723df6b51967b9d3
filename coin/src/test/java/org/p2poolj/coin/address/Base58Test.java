package org.p2poolj.coin.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.Hex;

class Base58Test {
  /** Vectors from Bitcoin Core's base58_encode_decode.json. */
  @ParameterizedTest
  @CsvSource({
    "'', ''",
    "61, 2g",
    "626262, a3gV",
    "636363, aPEr",
    "73696d706c792061206c6f6e6720737472696e67, 2cFupjhnEsSn59qHXstmK2ffpLv2",
    "00eb15231dfceb60925886b67d065299925915aeb172c06647, 1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L",
    "516b6fcd0f, ABnLTmg",
    "00000000000000000000, 1111111111"
  })
  void knownVectors(String hex, String text) {
    assertThat(Base58.encode(Hex.decode(hex))).isEqualTo(text);
    assertThat(Hex.encode(Base58.decode(text))).isEqualTo(hex);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void randomRoundTrips(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[rnd.nextInt(40)];
      rnd.nextBytes(b);
      for (int z = rnd.nextInt(3); z > 0 && z <= b.length; z--) {
        b[z - 1] = 0;
      }
      assertThat(Base58.decode(Base58.encode(b))).isEqualTo(b);
      assertThat(Base58.decodeCheck(Base58.encodeCheck(b))).isEqualTo(b);
    }
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Base58.decode("0OIl")).isInstanceOf(InvalidAddressException.class);
    assertThatThrownBy(() -> Base58.decode("1".repeat(201)))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> Base58.decodeCheck("111"))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("too short");
  }
}
