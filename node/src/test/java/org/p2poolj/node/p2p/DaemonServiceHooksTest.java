package org.p2poolj.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.Hash256;

class DaemonServiceHooksTest {
  private static final Hash256 LTC_GENESIS_MERKLE =
      Hash256.fromHex("97ddfbbae6be97fd6cdf3e7ca13232a3afff2353e29badfab7f73011edd4ced9");

  /** Litecoin's genesis header, rebuilt from its published fields. */
  private static BlockHeader ltcGenesis(long nonce) {
    return new BlockHeader(1, Hash256.ZERO, LTC_GENESIS_MERKLE, 1317972665, 0x1e0ffff0L, nonce);
  }

  @Test
  void bestBlockPowIsCheckedWithTheCoinsOwnHash() {
    DaemonServiceHooks ltc = new DaemonServiceHooks(null, ChainParams.LITECOIN);
    BlockHeader genesis = ltcGenesis(2084524493L);
    assertThat(genesis.hash()).isEqualTo(ChainParams.LITECOIN.genesisHash());
    assertThat(ltc.powValid(genesis)).isTrue();
    assertThat(ltc.powValid(ltcGenesis(2084524494L))).isFalse();
    // The same header under sha256d misses the target: the PoW comes from the chain params.
    assertThat(new DaemonServiceHooks(null, ChainParams.BITCOIN).powValid(genesis)).isFalse();
  }
}
