package org.p2poolj.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.verify.BlockFit;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;
import org.p2poolj.store.InMemoryShareStore;

/**
 * A v17 chain through the node's chain service: what the node learns about transactions (sizes,
 * fees) and block heights reaches JT's two old-chain punishments, so of two sibling heads the one
 * that breaks a rule loses although it was seen first.
 */
class OldChainPunishmentTest {
  private static final long T0 = 1_750_000_000L;
  private static final long SUBSIDY = 625_000_000L;
  private final PoolNetwork net = ChainFixtures.net();
  private final AtomicLong now = new AtomicLong(T0);
  private final InstantSource clock = () -> Instant.ofEpochSecond(now.get());
  private final AtomicReference<OptionalLong> height = new AtomicReference<>(OptionalLong.empty());
  private final SyntheticChain gen =
      new SyntheticChain(
          net,
          new SplittableRandom(5),
          new SyntheticChain.Options(
              ShareKind.V17,
              ChainFixtures.addresses(5, 6),
              T0 - 2000,
              Targets.encode(BigInteger.ONE.shiftLeft(200)),
              SUBSIDY,
              0,
              0));
  private final Hash256 txA = Hash256.fromHex("a1".repeat(32));
  private final Hash256 txB = Hash256.fromHex("b2".repeat(32));
  private final Hash256 txC = Hash256.fromHex("c3".repeat(32));
  private ChainService chain;
  private Hash256 parent;

  @BeforeEach
  void start() throws Exception {
    chain = new ChainService(net, new InMemoryShareStore(), clock, new Random(3));
    chain.setBlockHeight(h -> height.get());
    chain.start();
    for (int i = 0; i < 12; i++) {
      parent = addLocal(chain.best().orElse(null), List.of());
    }
  }

  @AfterEach
  void stop() {
    chain.stop();
  }

  private Hash256 addLocal(Hash256 prev, List<Hash256> txs) {
    LoadedShare s = chain.call(t -> gen.next(t, prev, null, txs));
    assertThat(chain.addLocal(s)).isTrue();
    now.incrementAndGet(); // later shares are seen later: the first-seen tie-break is ours to set
    return s.hash();
  }

  @Test
  void aShareClaimingMoreThanSubsidyAndKnownFeesIsNaughtyAndLoses() {
    KnownTransactions known = chain.knownTransactions();
    known.learn(txA, new TxSize(250, 250), 1_000);
    known.learn(txB, new TxSize(250, 250), 2_000);
    // at this height SUBSIDY_FUNC pays nothing, so the bound is the fees: 3,000 < 625,000,000
    height.set(OptionalLong.of(64L * 840_000));
    Hash256 greedy = addLocal(parent, List.of(txA, txB));
    height.set(OptionalLong.empty());
    Hash256 modest = addLocal(parent, List.of(txC));
    assertThat(chain.<Integer>call(t -> t.naughty(greedy))).isEqualTo(1);
    assertThat(chain.<Integer>call(t -> t.naughty(modest))).isZero();
    assertThat(chain.best()).contains(modest);
  }

  @Test
  void theSameClaimWithinTheSubsidyIsFine() {
    chain.knownTransactions().learn(txA, new TxSize(250, 250), 1_000);
    height.set(OptionalLong.of(100));
    Hash256 first = addLocal(parent, List.of(txA));
    addLocal(parent, List.of());
    assertThat(chain.<Integer>call(t -> t.naughty(first))).isZero();
    assertThat(chain.best()).contains(first);
  }

  @Test
  void aHeadTooHeavyForABlockLosesOnceItsTransactionsAreKnown() {
    Hash256 heavy = addLocal(parent, List.of(txA, txB));
    Hash256 light = addLocal(parent, List.of(txC));
    assertThat(chain.best()).contains(heavy);
    KnownTransactions known = chain.knownTransactions();
    known.learn(txA, new TxSize(700_000, 600_000));
    known.learn(txB, new TxSize(700_000, 600_000));
    known.learn(txC, new TxSize(300, 200));
    chain.call(
        t -> {
          assertThat(t.blockFit(heavy)).isEqualTo(BlockFit.Verdict.OVER_WEIGHT);
          return null;
        });
    addLocal(light, List.of()); // any new share makes the service think again
    assertThat(chain.best()).isNotEqualTo(java.util.Optional.of(heavy));
    assertThat(chain.<Integer>call(t -> t.height(chain.best().orElseThrow()))).isEqualTo(14);
  }
}
