package org.p2poolj.node.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.chain.Coin;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;

class KnownTransactionsTest {
  private static Hash256 h(int n) {
    return Hash256.fromHex(String.format("%064x", n));
  }

  @Test
  void feesAddUpOnlyWhenEveryFeeIsKnown() {
    KnownTransactions k = new KnownTransactions();
    k.learn(h(1), new TxSize(200, 150), 500);
    k.learn(h(2), new TxSize(300, 300), 700);
    k.learn(h(3), new TxSize(100, 100)); // from a peer: no fee
    assertThat(k.totalFees(List.of(h(1), h(2)))).hasValue(1_200);
    assertThat(k.totalFees(List.of())).hasValue(0);
    assertThat(k.totalFees(List.of(h(1), h(3)))).isEmpty();
    assertThat(k.totalFees(List.of(h(1), h(9)))).isEmpty();
    assertThat(k.find(h(1))).isEqualTo(new TxSize(200, 150));
    assertThat(k.find(h(9))).isNull();
  }

  @Test
  void theDaemonsSizeWinsAndOnlyItSettles() {
    KnownTransactions k = new KnownTransactions();
    k.learn(h(1), new TxSize(200, 150), 500);
    k.learn(h(1), new TxSize(9_000, 150)); // a peer's copy with a padded witness
    assertThat(k.find(h(1))).isEqualTo(new TxSize(200, 150));
    assertThat(k.totalFees(List.of(h(1)))).hasValue(500);
    assertThat(k.isSettled(h(1))).isTrue();

    k.learn(h(2), new TxSize(300, 150));
    k.learn(h(2), new TxSize(9_000, 150)); // a later peer copy does not replace the first
    assertThat(k.find(h(2))).isEqualTo(new TxSize(300, 150));
    assertThat(k.isSettled(h(2))).isFalse();
    k.learn(h(2), new TxSize(250, 150), 10); // the daemon's answer replaces a peer's
    assertThat(k.find(h(2))).isEqualTo(new TxSize(250, 150));
    assertThat(k.isSettled(h(2))).isTrue();
  }

  @Test
  void eachStoreIsBoundedAndAPeerFloodCannotPushOutTheDaemonsEntries() {
    KnownTransactions k = new KnownTransactions(3, 2);
    for (int i = 1; i <= 3; i++) {
      k.learn(h(i), new TxSize(100, 100), i);
    }
    k.find(h(1)); // used: h(2) is now the eldest
    k.learn(h(4), new TxSize(100, 100), 4);
    assertThat(k.find(h(2))).isNull();
    assertThat(k.find(h(1))).isNotNull();
    for (int i = 100; i < 200; i++) {
      k.learn(h(i), new TxSize(100, 100));
    }
    assertThat(k.size()).isEqualTo(5);
    assertThat(k.totalFees(List.of(h(1), h(3), h(4)))).hasValue(8);
    assertThat(k.find(h(199))).isNotNull();
    assertThat(k.find(h(100))).isNull();
    assertThatThrownBy(() -> k.learn(h(5), new TxSize(1, 1), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subsidyCheckIsSubsidyOfTheNextBlockPlusFees() {
    KnownTransactions k = new KnownTransactions();
    k.learn(h(1), new TxSize(200, 150), 500);
    SubsidyCheck atHeight = new SubsidyCheck(Coin.LITECOIN, k, b -> OptionalLong.of(839_997));
    // height 839,998: SUBSIDY_FUNC still pays 50 LTC (it halves from 839,999)
    assertThat(atHeight.maxSubsidy(h(7), List.of(h(1)))).hasValue(5_000_000_500L);
    SubsidyCheck halved = new SubsidyCheck(Coin.LITECOIN, k, b -> OptionalLong.of(839_998));
    assertThat(halved.maxSubsidy(h(7), List.of(h(1)))).hasValue(2_500_000_500L);
    SubsidyCheck noHeight = new SubsidyCheck(Coin.LITECOIN, k, b -> OptionalLong.empty());
    assertThat(noHeight.maxSubsidy(h(7), List.of(h(1)))).isEmpty();
    assertThat(atHeight.maxSubsidy(h(7), List.of(h(1), h(2)))).isEmpty();
  }
}
