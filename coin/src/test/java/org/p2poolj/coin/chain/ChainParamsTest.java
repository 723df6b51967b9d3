package org.p2poolj.coin.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.CompactTarget;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;

class ChainParamsTest {
  private static final Hash256 BTC_GENESIS_MERKLE =
      Hash256.fromHex("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b");
  private static final Hash256 LTC_GENESIS_MERKLE =
      Hash256.fromHex("97ddfbbae6be97fd6cdf3e7ca13232a3afff2353e29badfab7f73011edd4ced9");

  /**
   * Rebuilds each genesis header from its published fields, so the hard-coded genesis hashes are
   * checked rather than trusted, and checks the header meets its own target under the coin's PoW.
   */
  @ParameterizedTest
  @CsvSource({
    "bitcoin, 1231006505, 1d00ffff, 2083236893",
    "bitcoin-testnet, 1296688602, 1d00ffff, 414098458",
    "bitcoin-regtest, 1296688602, 207fffff, 2",
    "litecoin, 1317972665, 1e0ffff0, 2084524493",
    "litecoin-testnet, 1486949366, 1e0ffff0, 293345",
    "litecoin-regtest, 1296688602, 207fffff, 0"
  })
  void genesisHashesMatchTheirHeaders(String name, long time, String bits, long nonce) {
    ChainParams p = ChainParams.byName(name);
    Hash256 merkle = p.coin() == Coin.BITCOIN ? BTC_GENESIS_MERKLE : LTC_GENESIS_MERKLE;
    BlockHeader h = new BlockHeader(1, Hash256.ZERO, merkle, time, Long.parseLong(bits, 16), nonce);
    assertThat(h.hash()).isEqualTo(p.genesisHash());
    assertThat(p.pow().powHash(h.serialize()).toBigInteger())
        .isLessThanOrEqualTo(CompactTarget.decode(h.bits()));
  }

  @Test
  void lookupByName() {
    assertThat(ChainParams.all())
        .extracting(ChainParams::name)
        .containsExactly(
            "litecoin",
            "litecoin-testnet",
            "litecoin-regtest",
            "bitcoin",
            "bitcoin-testnet",
            "bitcoin-regtest");
    assertThat(ChainParams.byName("litecoin_testnet")).isSameAs(ChainParams.LITECOIN_TESTNET);
    assertThatThrownBy(() -> ChainParams.byName("dogecoin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("known: [litecoin");
  }

  @Test
  void issueValues() {
    ChainParams ltc = ChainParams.LITECOIN;
    assertThat(ltc.p2pkhVersion()).isEqualTo(48);
    assertThat(ltc.p2shVersions()).isEqualTo(List.of(50, 5));
    assertThat(ltc.mwebHrp()).isEqualTo("ltcmweb");
    assertThat(ltc.dumbScryptDiff()).isEqualTo(65536);
    ChainParams reg = ChainParams.LITECOIN_REGTEST;
    assertThat(Hex.encode(reg.p2pMagic())).isEqualTo("fabfb5da");
    assertThat(reg.bech32Hrp()).isEqualTo("rltc");
    assertThat(reg.mwebHrp()).isEqualTo("tmweb");
    assertThat(reg.p2shVersions()).containsExactly(58, 196);
    ChainParams btcReg = ChainParams.BITCOIN_REGTEST;
    assertThat(Hex.encode(btcReg.p2pMagic())).isEqualTo("fabfb5da");
    assertThat(btcReg.p2pPort()).isEqualTo(18444);
    assertThat(btcReg.rpcPort()).isEqualTo(18443);
    assertThat(btcReg.bech32Hrp()).isEqualTo("bcrt");
    assertThat(ChainParams.BITCOIN.mwebHrp()).isNull();
    assertThat(ChainParams.LITECOIN_TESTNET.p2pPort()).isEqualTo(19335);
  }
}
