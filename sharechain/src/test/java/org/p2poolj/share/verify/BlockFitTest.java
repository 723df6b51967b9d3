package org.p2poolj.share.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.TestNets;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.verify.BlockFit.Verdict;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;

/** The arithmetic of JT's should_punish_reason, at the exact limits. */
class BlockFitTest {
  private final PoolNetwork net =
      TestNets.small().toBuilder().blockMaxSize(1_000).blockMaxWeight(4_000).build();
  private final Hash256 a = Hash256.fromHex("01".repeat(32));
  private final Hash256 b = Hash256.fromHex("02".repeat(32));

  @Test
  void weightCountsFullSizePlusThreeTimesStrippedPlusHeaderAndCoinbase() {
    // 400 + 3*300 + 4*80 + gentx weight 2380 = 4000: at the limit, fits
    Map<Hash256, TxSize> known = Map.of(a, new TxSize(400, 300));
    assertThat(BlockFit.judge(net, 100, 2_380, List.of(a), known::get)).isEqualTo(Verdict.FITS);
    assertThat(BlockFit.judge(net, 100, 2_381, List.of(a), known::get))
        .isEqualTo(Verdict.OVER_WEIGHT);
  }

  @Test
  void sizeCountsStrippedBytesHeaderAndCoinbase() {
    // stripped 300 + 200 + 80 + 420 = 1000 fits; 421 is over (weight stays well below its limit)
    Map<Hash256, TxSize> known = Map.of(a, new TxSize(300, 300), b, new TxSize(200, 200));
    assertThat(BlockFit.judge(net, 420, 0, List.of(a, b), known::get)).isEqualTo(Verdict.FITS);
    assertThat(BlockFit.judge(net, 421, 0, List.of(a, b), known::get)).isEqualTo(Verdict.OVER_SIZE);
  }

  @Test
  void anUnknownTransactionMeansNoVerdict() {
    Map<Hash256, TxSize> known = Map.of(a, new TxSize(5_000, 5_000));
    assertThat(BlockFit.judge(net, 100, 400, List.of(a, b), known::get)).isEqualTo(Verdict.UNKNOWN);
    assertThat(BlockFit.judge(net, 100, 400, List.of(), KnownTxSizes.NONE)).isEqualTo(Verdict.FITS);
  }

  @Test
  void impossibleSizesAreRefused() {
    assertThatThrownBy(() -> new TxSize(10, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TxSize(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
