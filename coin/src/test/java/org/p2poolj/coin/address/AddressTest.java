package org.p2poolj.coin.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.script.Scripts;

class AddressTest {
  @Test
  void bip173AndBip350Examples() {
    Address upper =
        Address.parse("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", ChainParams.BITCOIN);
    assertThat(Hex.encode(upper.script()))
        .isEqualTo("0014751e76e8199196d454941c45d1b3a323f1433bd6");
    assertThat(upper.text()).isEqualTo("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4");
    Address taproot =
        Address.parse(
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", ChainParams.BITCOIN);
    assertThat(Hex.encode(taproot.script()))
        .isEqualTo("512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
  }

  @Test
  void wrongChecksumVariantIsRejected() {
    // A v0 program with a Bech32m checksum (BIP350 invalid vector).
    assertThatThrownBy(
            () -> Address.parse("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("BECH32");
  }

  @Test
  void wrongNetworkIsNamed() {
    assertThatThrownBy(
            () -> Address.parse("Lf3iRHmfbLcZry4Y28esSJ9ASAfGJtBiyf", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("invalid bitcoin address")
        .hasMessageContaining("litecoin address");
    assertThatThrownBy(
            () ->
                Address.parse(
                    "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", ChainParams.LITECOIN_REGTEST))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("bitcoin-testnet");
    assertThatThrownBy(
            () -> Address.parse("ltc1q5z36sntfrnd2us8aphw6tmk6ywl49r3q0vk2fm", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("it is a litecoin address");
  }

  @Test
  void litecoinAcceptsLegacyP2shVersionFive() {
    Address a = Address.parse("3P14159f73E4gFr7JterCCQh9QjiTjiZrG", ChainParams.LITECOIN);
    assertThat(a.type()).isEqualTo(Address.Type.P2SH);
    assertThat(a.version()).isEqualTo(5);
    // Re-encoded with the preferred version 50 ('M...').
    assertThat(Address.fromScript(a.script(), ChainParams.LITECOIN).orElseThrow()).startsWith("M");
  }

  @Test
  void mwebAddressesAreRecognisedAndRefused() {
    String fake = "tmweb1" + "q".repeat(100);
    assertThatThrownBy(() -> Address.parse(fake, ChainParams.LITECOIN_REGTEST))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("MWEB");
    assertThatThrownBy(() -> Address.parse("LTCMWEB1" + "Q".repeat(100), ChainParams.LITECOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("MWEB");
  }

  @Test
  void malformedAddressesGiveReasons() {
    assertThatThrownBy(() -> Address.parse("", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> Address.parse("1LR4dmTSS2BV7yrMKKv2SwYBGWhtEGCU28", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("checksum");
    assertThatThrownBy(
            () -> Address.parse("1LR4dmTSS2BV7yrMKKv2SwYBGWhtEGCU2O", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("invalid Base58 character");
    assertThatThrownBy(
            () -> Address.parse("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("checksum");
    assertThatThrownBy(
            () -> Address.parse("bc1qw508d6qejxtdg4y5R3zarvary0c5xw7kv8f3t4", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("mixes upper and lower case");
  }

  @Test
  void unknownBech32PrefixIsNamed() {
    assertThatThrownBy(
            () -> Address.parse("xyz1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", ChainParams.BITCOIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("unknown bech32 prefix 'xyz' (expected 'bc')");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void everyNetworkRoundTripsEveryTemplate(long seed) {
    Random rnd = new Random(seed);
    for (ChainParams p : ChainParams.all()) {
      byte[] h20 = new byte[20];
      byte[] h32 = new byte[32];
      rnd.nextBytes(h20);
      rnd.nextBytes(h32);
      for (byte[] script :
          new byte[][] {
            Scripts.p2pkh(h20),
            Scripts.p2sh(h20),
            Scripts.p2wpkh(h20),
            Scripts.p2wsh(h32),
            Scripts.p2tr(h32)
          }) {
        String text = Address.fromScript(script, p).orElseThrow();
        Address a = Address.parse(text, p);
        assertThat(a.script()).as("%s on %s", text, p.name()).isEqualTo(script);
        if (script[0] == 0 || script[0] == Scripts.OP_1) {
          assertThat(text).startsWith(p.bech32Hrp() + "1");
        }
      }
    }
  }

  @Test
  void scriptsWithoutAnAddress() {
    assertThat(Address.fromScript(Scripts.opReturn(new byte[4]), ChainParams.BITCOIN)).isEmpty();
    assertThat(Address.fromScript(new byte[0], ChainParams.BITCOIN)).isEmpty();
  }
}
