package org.p2poolj.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.template.TemplateTx;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;

class TemplateTxsTest {
  private static TemplateTx tx(int size, int weight) {
    return new TemplateTx(
        new byte[size],
        Hash256.fromHex("11".repeat(32)),
        Hash256.fromHex("22".repeat(32)),
        List.of(),
        1_000,
        1,
        weight);
  }

  @Test
  void strippedSizeComesFromTheDaemonsWeight() {
    // 150 stripped + 50 witness bytes: weight 3*150 + 200 = 650
    assertThat(TemplateTxs.sizeOf(tx(200, 650))).isEqualTo(new TxSize(200, 150));
    assertThat(TemplateTxs.sizeOf(tx(200, 800))).isEqualTo(new TxSize(200, 200));
  }

  @Test
  void aMissingOrImpossibleWeightFallsBackToTheFullSize() {
    assertThat(TemplateTxs.sizeOf(tx(200, 0))).isEqualTo(new TxSize(200, 200));
    assertThat(TemplateTxs.sizeOf(tx(200, 5_000))).isEqualTo(new TxSize(200, 200));
  }
}
