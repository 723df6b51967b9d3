package org.p2poolj.coin.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** p2pool's SUBSIDY_FUNC halves one block early (spec §5.2 notes); we keep that. */
class CoinSubsidyTest {
  @Test
  void bitcoinHalvesOneBlockBeforeTheRealHalving() {
    assertThat(Coin.BITCOIN.p2poolSubsidy(0)).isEqualTo(5_000_000_000L);
    assertThat(Coin.BITCOIN.p2poolSubsidy(209_998)).isEqualTo(5_000_000_000L);
    assertThat(Coin.BITCOIN.p2poolSubsidy(209_999)).isEqualTo(2_500_000_000L);
    assertThat(Coin.BITCOIN.p2poolSubsidy(840_000)).isEqualTo(312_500_000L);
  }

  @Test
  void litecoinHalvesEvery840000() {
    assertThat(Coin.LITECOIN.p2poolSubsidy(839_998)).isEqualTo(5_000_000_000L);
    assertThat(Coin.LITECOIN.p2poolSubsidy(839_999)).isEqualTo(2_500_000_000L);
    assertThat(Coin.LITECOIN.p2poolSubsidy(2_519_999)).isEqualTo(625_000_000L);
  }

  @Test
  void subsidyRunsOutInsteadOfWrappingAround() {
    assertThat(Coin.BITCOIN.p2poolSubsidy(64L * 210_000)).isZero();
    assertThat(Coin.BITCOIN.p2poolSubsidy(Long.MAX_VALUE - 1)).isZero();
    assertThatThrownBy(() -> Coin.LITECOIN.p2poolSubsidy(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
