package org.p2poolj.node.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainFixtures;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.web.view.RecentBlock;

/**
 * The chain figures of the web API on seeded synthetic regtest chains, each checked against a naive
 * walk written from the spec (§6.3) rather than through the code under test.
 */
class ChainFactsTest {
  private static final PoolNetwork NET = ChainFixtures.net();
  private static final long T0 = 1_750_000_000L;
  private static final long SUBSIDY = 625_000_000L;

  private record Chain(ShareTracker tracker, List<LoadedShare> shares) {
    Hash256 best() {
      return shares.getLast().hash();
    }
  }

  private static Chain build(long seed, int n) {
    return build(seed, n, ChainFixtures.generator(NET, seed, T0));
  }

  private static Chain build(long seed, int n, SyntheticChain gen) {
    ShareTracker t = new ShareTracker(NET, new Random(seed));
    List<LoadedShare> made = new ArrayList<>();
    gen.extend(
        t,
        null,
        n,
        s -> {
          t.add(s, null, T0 + 10L * n);
          made.add(s);
        });
    t.verifyChain(made.getLast().hash(), T0 + 10L * n);
    return new Chain(t, made);
  }

  private static ChainFacts.Inputs inputs(List<Hash256> mine, long now) {
    BigInteger blockTarget = Targets.TWO_256.divide(BigInteger.valueOf(20_000));
    return new ChainFacts.Inputs(Optional.of(blockTarget), SUBSIDY, mine, now);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void usersAreEachAddressShareOfThePplnsWeight(long seed) {
    Chain c = build(seed, 60);
    long now = c.shares().getLast().timestamp();
    ChainSnapshot s =
        ChainFacts.compute(c.tracker(), Optional.of(c.best()), inputs(List.of(), now));

    // Naive: every share in the window weighs attempts x (65535 - donation); the donation part
    // counts in the total but belongs to no user.
    Map<String, Double> weight = new HashMap<>();
    double total = 0;
    for (LoadedShare sh : c.shares()) {
      double att = Targets.attempts(sh.target()).doubleValue();
      weight.merge(sh.payoutKey(), att * (65535 - sh.donation()), Double::sum);
      total += att * 65535;
    }
    assertThat(s.users().keySet()).isEqualTo(weight.keySet());
    for (var e : weight.entrySet()) {
      assertThat(s.users().get(e.getKey())).isCloseTo(e.getValue() / total, within(1e-9));
    }
    assertThat(s.height()).isEqualTo(60);
    assertThat(s.best()).contains(c.best());
    assertThat(s.heads()).containsExactly(c.best());
    assertThat(s.verifiedHeads()).containsExactly(c.best());
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void payoutsSplitTheWholeSubsidyAndNoShareIsStale(long seed) {
    Chain c = build(seed, 40);
    long now = c.shares().getLast().timestamp();
    ChainSnapshot s =
        ChainFacts.compute(c.tracker(), Optional.of(c.best()), inputs(List.of(), now));
    double sum = s.payouts().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(SUBSIDY / 1e8, within(1e-8));
    assertThat(s.staleProp()).isZero();
    assertThat(s.userStales().values()).allMatch(v -> v == 0.0);
    assertThat(s.staleRates().orphan()).isZero();
    assertThat(s.staleRates().good()).isPositive();
    assertThat(s.rate()).isCloseTo(s.nonstaleRate(), within(s.nonstaleRate() * 1e-9 + 1e-9));
  }

  @ParameterizedTest
  @ValueSource(longs = {6, 7})
  void recentBlocksAreTheBlockSolvingSharesWithTheirCoinbaseHeights(long seed) {
    // Easy blocks (a third of all hashes) so the chain has several block-solving shares.
    SyntheticChain easyBlocks =
        new SyntheticChain(
            NET,
            new SplittableRandom(seed),
            new SyntheticChain.Options(
                ShareKind.V35,
                ChainFixtures.addresses(seed, 5),
                T0,
                Targets.encode(Targets.TWO_256.divide(BigInteger.valueOf(3))),
                SUBSIDY,
                0.1,
                0.0));
    Chain c = build(seed, 50, easyBlocks);
    long now = c.shares().getLast().timestamp();
    ChainSnapshot s =
        ChainFacts.compute(c.tracker(), Optional.of(c.best()), inputs(List.of(), now));
    List<Hash256> solving = new ArrayList<>();
    for (LoadedShare sh : c.shares().reversed()) {
      if (sh.powHash().toBigInteger().compareTo(sh.blockTarget()) <= 0) {
        solving.add(sh.hash());
      }
    }
    assertThat(solving).hasSizeGreaterThan(3).hasSizeLessThan(50);
    assertThat(s.recentBlocks()).extracting(RecentBlock::share).containsExactlyElementsOf(solving);
    for (RecentBlock b : s.recentBlocks()) {
      // The generator writes height 3_000_000 + index into each coinbase (BIP34 push).
      int index = c.shares().indexOf(c.tracker().get(b.share()));
      assertThat(b.number()).isEqualTo(3_000_000L + index);
      assertThat(b.blockHash()).isEqualTo(b.share());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {8, 9})
  void myShareCountsSplitInChainFromMissing(long seed) {
    Chain c = build(seed, 30);
    long now = c.shares().getLast().timestamp();
    List<Hash256> mine = new ArrayList<>();
    for (int i = 0; i < c.shares().size(); i += 3) {
      mine.add(c.shares().get(i).hash());
    }
    // A share of ours on a side branch is an orphan; one the tracker no longer holds (trimmed)
    // is not counted at all.
    LoadedShare side =
        ChainFixtures.generator(NET, seed + 100, T0 + 50)
            .next(c.tracker(), c.shares().get(20).hash(), null);
    c.tracker().add(side, null, now);
    mine.add(side.hash());
    mine.add(Hash256.fromHex("11".repeat(32)));
    ChainSnapshot s = ChainFacts.compute(c.tracker(), Optional.of(c.best()), inputs(mine, now));
    assertThat(s.myCounts().unstale()).isEqualTo(10);
    assertThat(s.myCounts().orphan()).isEqualTo(1);
    assertThat(s.myCounts().doa()).isZero();
    assertThat(s.myOrphans()).isEqualTo(1);
    assertThat(s.myShareRate()).isPositive().isLessThan(s.nonstaleRate());
  }

  @ParameterizedTest
  @ValueSource(longs = {10})
  void emptyChainHasNoFigures(long seed) {
    ShareTracker t = new ShareTracker(NET, new Random(seed));
    ChainSnapshot s = ChainFacts.compute(t, Optional.empty(), inputs(List.of(), T0));
    assertThat(s.height()).isZero();
    assertThat(s.users()).isEmpty();
    assertThat(s.best()).isEmpty();
  }
}
