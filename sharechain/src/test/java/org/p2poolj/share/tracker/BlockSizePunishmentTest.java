package org.p2poolj.share.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.TestNets;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.verify.BlockFit;
import org.p2poolj.share.verify.FeeCheck;
import org.p2poolj.share.verify.KnownTxSizes;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;

/**
 * JT's v17-v33 block-size punishment: a head whose transactions would not fit in a block ranks
 * below a clean sibling, but only once the node knows every one of those transactions.
 */
class BlockSizePunishmentTest {
  private final PoolNetwork net = TestNets.small();
  private final SplittableRandom r = new SplittableRandom(31);
  private final SyntheticChain gen = TestNets.unpunishableV17(net, r);
  private final ShareTracker maker = new ShareTracker(net, new Random(1));
  private final List<LoadedShare> trunk = new ArrayList<>();
  private final List<Hash256> bigTxs = List.of(txid(1), txid(2), txid(3));
  private final List<Hash256> smallTxs = List.of(txid(4));
  private LoadedShare heavy;
  private LoadedShare light;

  BlockSizePunishmentTest() {
    gen.extend(
        maker,
        null,
        24,
        s -> {
          maker.add(s, null, s.timestamp());
          trunk.add(s);
        });
    // siblings on the same parent: the heavy one is seen first, so it wins every tie
    heavy = gen.next(maker, trunk.getLast().hash(), null, bigTxs);
    maker.add(heavy, null, heavy.timestamp());
    light = gen.next(maker, trunk.getLast().hash(), null, smallTxs);
    maker.add(light, null, light.timestamp());
  }

  private static Hash256 txid(int n) {
    byte[] b = new byte[32];
    b[0] = (byte) n;
    b[31] = 0x55;
    return Hash256.wrap(b);
  }

  private ShareTracker tracker(KnownTxSizes known) {
    return tracker(known, heavy, light);
  }

  /** The trunk, then {@code heads} on its tip, each seen a second after the one before. */
  private ShareTracker tracker(KnownTxSizes known, LoadedShare... heads) {
    ShareTracker t = new ShareTracker(net, new Random(1), FeeCheck.NONE, known);
    long seen = trunk.getFirst().timestamp();
    for (LoadedShare s : trunk) {
      t.add(s, "peer", seen);
    }
    for (LoadedShare h : heads) {
      t.add(h, "peer", ++seen);
    }
    for (LoadedShare h : heads) {
      assertThat(t.verifyChain(h.hash(), now())).isEmpty();
    }
    return t;
  }

  private long now() {
    return light.timestamp();
  }

  @Test
  void withoutKnownTransactionsTheFirstSeenSiblingWins() {
    ShareTracker t = tracker(KnownTxSizes.NONE);
    assertThat(t.blockFit(heavy.hash())).isEqualTo(BlockFit.Verdict.UNKNOWN);
    assertThat(t.think(now(), h -> 0).best()).isEqualTo(heavy.hash());
  }

  @Test
  void anOverweightHeadLosesToItsCleanSibling() {
    Map<Hash256, TxSize> known = new HashMap<>();
    // 3 x 400,000 stripped bytes: 4.8 M weight units, over 4,000,000
    bigTxs.forEach(h -> known.put(h, new TxSize(400_000, 400_000)));
    smallTxs.forEach(h -> known.put(h, new TxSize(300, 200)));
    ShareTracker t = tracker(known::get);
    assertThat(t.blockFit(heavy.hash())).isEqualTo(BlockFit.Verdict.OVER_WEIGHT);
    assertThat(t.blockFit(light.hash())).isEqualTo(BlockFit.Verdict.FITS);
    assertThat(t.think(now(), h -> 0).best()).isEqualTo(light.hash());
  }

  @Test
  void oneUnknownTransactionLeavesTheShareUnjudgedUntilItIsLearnt() {
    Map<Hash256, TxSize> known = new HashMap<>();
    known.put(bigTxs.get(0), new TxSize(400_000, 400_000));
    known.put(bigTxs.get(1), new TxSize(400_000, 400_000));
    ShareTracker t = tracker(known::get);
    assertThat(t.blockFit(heavy.hash())).isEqualTo(BlockFit.Verdict.UNKNOWN);
    assertThat(t.think(now(), h -> 0).best()).isEqualTo(heavy.hash());
    known.put(bigTxs.get(2), new TxSize(400_000, 400_000));
    assertThat(t.blockFit(heavy.hash())).isEqualTo(BlockFit.Verdict.OVER_WEIGHT);
    assertThat(t.think(now(), h -> 0).best()).isEqualTo(light.hash());
  }

  @Test
  void aLoneOverweightHeadStaysBestBecauseJtDescendsBackIntoIt() {
    // JT steps back to the clean parent, then forward to its best non-naughty child: the same head
    Map<Hash256, TxSize> known = new HashMap<>();
    bigTxs.forEach(h -> known.put(h, new TxSize(400_000, 400_000)));
    ShareTracker t = tracker(known::get, heavy);
    assertThat(t.think(now(), h -> 0).best()).isEqualTo(heavy.hash());
  }

  @Test
  void aVerdictFromUnsettledSizesIsWorkedOutAgain() {
    // a peer's copies: the txid does not cover the witness, so the daemon may later say otherwise
    Map<Hash256, TxSize> known = new HashMap<>();
    bigTxs.forEach(h -> known.put(h, new TxSize(1_500_000, 400_000)));
    KnownTxSizes fromPeers =
        new KnownTxSizes() {
          @Override
          public TxSize find(Hash256 txid) {
            return known.get(txid);
          }

          @Override
          public boolean isSettled(Hash256 txid) {
            return false;
          }
        };
    ShareTracker t = tracker(fromPeers);
    assertThat(t.blockFit(heavy.hash())).isEqualTo(BlockFit.Verdict.OVER_WEIGHT);
    bigTxs.forEach(h -> known.put(h, new TxSize(1_000, 1_000)));
    assertThat(t.blockFit(heavy.hash())).isEqualTo(BlockFit.Verdict.FITS);
  }
}
