package org.p2poolj.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.block.MerkleLink;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.daemon.template.TemplateTx;
import org.p2poolj.share.SegwitData;

class WorkMathTest {
  @Test
  void coinbaseStartsWithTheBip34HeightPushThenTheText() {
    byte[] script = WorkMath.coinbaseScript(500, "p2poolj");
    // 500 = 0x01f4: push of two bytes, little-endian.
    assertThat(HexFormat.of().formatHex(script, 0, 3)).isEqualTo("02f401");
    assertThat(new String(script, 3, script.length - 3, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("p2poolj");
  }

  @Test
  void coinbaseIsCutAtOneHundredBytesAndNeverShorterThanTwo() {
    assertThat(WorkMath.coinbaseScript(1_000_000, "x".repeat(300))).hasSize(100);
    byte[] tiny = WorkMath.coinbaseScript(5, "");
    assertThat(tiny).hasSize(2);
    assertThat(tiny[0]).isEqualTo((byte) 0x55); // OP_5
  }

  @Test
  void donationIsPercentOf65535Rounded() {
    assertThat(WorkMath.donation(0)).isZero();
    assertThat(WorkMath.donation(1.0)).isEqualTo(655); // 655.35
    assertThat(WorkMath.donation(0.5)).isEqualTo(328); // 327.675
    assertThat(WorkMath.donation(100)).isEqualTo(65535);
  }

  @Test
  void noTransactionsMeansAnEmptyBranchAndAZeroWitnessRoot() {
    assertThat(WorkMath.segwitData(List.of())).isEqualTo(new SegwitData(List.of(), Hash256.ZERO));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theBranchFoldsAnyCoinbaseToTheBlockRootAndTheWitnessRootCoversZeroThenWtxids(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(25);
    List<TemplateTx> txs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      txs.add(new TemplateTx(new byte[] {1}, hash(random), hash(random), List.of(), 0, 0, 4));
    }
    SegwitData data = WorkMath.segwitData(txs);
    Hash256 coinbase = hash(random);
    List<Hash256> txids = new ArrayList<>(List.of(coinbase));
    txs.forEach(t -> txids.add(t.txid()));
    assertThat(Merkle.checkLink(coinbase, new MerkleLink(data.txidMerkleBranch(), 0)))
        .isEqualTo(naiveRoot(txids));
    List<Hash256> wtxids = new ArrayList<>(List.of(Hash256.ZERO));
    txs.forEach(t -> wtxids.add(t.wtxid()));
    assertThat(data.wtxidMerkleRoot()).isEqualTo(naiveRoot(wtxids));
  }

  @Test
  void coinbParts() {
    byte[] gentx = new byte[60];
    for (int i = 0; i < gentx.length; i++) {
      gentx[i] = (byte) i;
    }
    assertThat(WorkMath.coinb1(gentx)).hasSize(48).endsWith((byte) 47);
    assertThat(WorkMath.coinb2(gentx)).containsExactly(56, 57, 58, 59);
  }

  private static Hash256 hash(SplittableRandom random) {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Hash256.wrap(b);
  }

  // Bitcoin's merkle root, pairing the last node with itself on odd levels.
  private static Hash256 naiveRoot(List<Hash256> leaves) {
    List<Hash256> level = leaves;
    while (level.size() > 1) {
      List<Hash256> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        Hash256 l = level.get(i);
        Hash256 r = i + 1 < level.size() ? level.get(i + 1) : l;
        byte[] cat = new byte[64];
        l.copyTo(cat, 0);
        r.copyTo(cat, 32);
        next.add(Sha256d.hash256(cat));
      }
      level = next;
    }
    return level.getFirst();
  }
}
