package org.p2poolj.node.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.chain.ChainParams;

class ExplorersTest {
  @ParameterizedTest
  @ValueSource(strings = {"litecoin", "bitcoin"})
  void mainNetworksHaveHttpsBlockAddressAndTxPrefixes(String chain) {
    assertThat(ChainParams.byName(chain)).isNotNull();
    assertThat(Explorers.of(chain))
        .hasSize(3)
        .allMatch(p -> p.startsWith("https://"))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"litecoin-testnet", "litecoin-regtest", "bitcoin-regtest", "nonsense"})
  void otherChainsHaveNone(String chain) {
    assertThat(Explorers.of(chain)).containsExactly("", "", "");
  }
}
