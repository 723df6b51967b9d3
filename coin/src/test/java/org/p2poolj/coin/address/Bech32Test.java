package org.p2poolj.coin.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Bech32Test {
  /** Valid checksums from BIP173 and BIP350. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "A12UEL5L",
        "a12uel5l",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w"
      })
  void bech32Checksums(String s) {
    assertThat(Bech32.decode(s, Bech32.MAX_LENGTH).variant()).isEqualTo(Bech32.Variant.BECH32);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A1LQFN3A",
        "a1lqfn3a",
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
        "split1checkupstagehandshakeupstreamerranterredcaperredlc445v"
      })
  void bech32mChecksums(String s) {
    assertThat(Bech32.decode(s, Bech32.MAX_LENGTH).variant()).isEqualTo(Bech32.Variant.BECH32M);
  }

  @Test
  void roundTripsAndRejections() {
    byte[] data = {0, 1, 2, 31, 30};
    String s = Bech32.encode("test", data, Bech32.Variant.BECH32M);
    Bech32.Decoded d = Bech32.decode(s, Bech32.MAX_LENGTH);
    assertThat(d.hrp()).isEqualTo("test");
    assertThat(d.data()).isEqualTo(data);
    assertThatThrownBy(() -> Bech32.decode("1qzzfhee", 90))
        .isInstanceOf(InvalidAddressException.class);
    assertThatThrownBy(() -> Bech32.decode("x".repeat(91), 90))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("too long");
    // BIP350: witness v2 in Bech32m is valid; the BIP173-era Bech32 form of it no longer is.
    Bech32.Segwit v2 = Bech32.decodeSegwit("bc", "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.program()).hasSize(16).startsWith(0x75, 0x1e);
    assertThatThrownBy(() -> Bech32.decodeSegwit("bc", "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj"))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("BECH32M");
  }
}
