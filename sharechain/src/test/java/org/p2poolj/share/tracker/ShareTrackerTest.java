package org.p2poolj.share.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.TestNets;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;

/** Out-of-order delivery, a fork, a missing share and an invalid share (spec §4.8). */
class ShareTrackerTest {
  private final PoolNetwork net = TestNets.medium();

  @Test
  void choosesTheBestChainFromSharesFedOutOfOrder() {
    ShareTracker maker = new ShareTracker(net, new Random(1));
    SyntheticChain gen = TestNets.chain(net, new SplittableRandom(77), 9);
    List<LoadedShare> main = new ArrayList<>();
    gen.extend(maker, null, 140, s -> add(maker, main, s));
    List<LoadedShare> fork = new ArrayList<>();
    gen.extend(maker, main.get(100).hash(), 4, s -> add(maker, fork, s));
    LoadedShare evil = gen.next(new LyingView(maker), main.getLast().hash(), null);

    List<LoadedShare> all = new ArrayList<>(main);
    all.addAll(fork);
    all.add(evil);
    Collections.shuffle(all, new Random(3));
    LoadedShare held = main.get(20);
    long now = evil.timestamp() + 5;
    ShareTracker t = new ShareTracker(net, new Random(2));
    for (LoadedShare s : all) {
      if (s != held) {
        String peer = s == evil ? "evil" : s == main.get(21) ? "p21" : "peer";
        assertThat(t.add(s, peer, now)).isEqualTo(AddResult.ADDED);
      }
    }
    assertThat(t.add(main.get(5), "peer", now)).isEqualTo(AddResult.DUPLICATE);
    assertThat(t.heads())
        .containsExactlyInAnyOrder(evil.hash(), fork.getLast().hash(), main.get(19).hash());
    assertThat(t.tails().keySet()).containsExactlyInAnyOrder(held.hash(), Hash256.ZERO);
    assertThat(t.heightAndLast(main.getLast().hash()).height()).isEqualTo(119);

    ThinkResult first = t.think(now, h -> 0);
    assertThat(first.bad())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.hash()).isEqualTo(evil.hash());
              assertThat(b.peer()).isEqualTo("evil");
              assertThat(b.invalid().reason()).isEqualTo(Reason.GENTX_MISMATCH);
            });
    assertThat(t.contains(evil.hash())).isFalse();
    // both verified parts are shorter than CHAIN_LENGTH, so height decides: the rooted 20 shares
    assertThat(first.best()).isEqualTo(main.get(19).hash());
    assertThat(first.desired())
        .anySatisfy(
            d -> {
              assertThat(d.hash()).isEqualTo(held.hash());
              assertThat(d.peer()).isEqualTo("p21");
            });

    assertThat(t.add(held, "peer", now)).isEqualTo(AddResult.ADDED);
    ThinkResult second = t.think(now, h -> 0);
    assertThat(second.bad()).isEmpty();
    assertThat(second.desired()).isEmpty();
    assertThat(second.best()).isEqualTo(main.getLast().hash());
    assertThat(t.height(main.getLast().hash())).isEqualTo(140);
    assertThat(t.verifiedHeight(main.getLast().hash())).isGreaterThanOrEqualTo(net.chainLength());
    assertThat(t.isVerified(fork.getLast().hash())).isTrue();
    // extending the fork's verified run down to CHAIN_LENGTH joined it to the genesis run
    assertThat(t.verifiedTails().keySet()).containsExactly(Hash256.ZERO);
    assertThat(t.work(main.getLast().hash())).isGreaterThan(t.work(fork.getLast().hash()));
  }

  @Test
  void heavierForkWinsOverLongerHead() {
    ShareTracker t = new ShareTracker(net, new Random(1));
    SyntheticChain gen = TestNets.chain(net, new SplittableRandom(5), 5);
    List<LoadedShare> main = new ArrayList<>();
    gen.extend(t, null, 110, s -> add(t, main, s));
    Hash256 a = gen.extend(t, main.getLast().hash(), 8, s -> t.add(s, "a", s.timestamp()));
    Hash256 b = gen.extend(t, main.getLast().hash(), 2, s -> t.add(s, "b", s.timestamp()));
    ThinkResult r = t.think(Long.MAX_VALUE / 4, h -> 0);
    assertThat(r.best()).isEqualTo(a);
    assertThat(r.topHeads()).containsExactly(a, b);
    assertThat(t.verifiedHeads()).containsExactlyInAnyOrder(a, b);
  }

  @Test
  void trimKeepsAboutTwiceTheChainLengthAndStillVerifies() {
    ShareTracker t = new ShareTracker(net, new Random(1));
    SyntheticChain gen = TestNets.chain(net, new SplittableRandom(6), 5);
    List<LoadedShare> main = new ArrayList<>();
    Hash256 head = gen.extend(t, null, 225, s -> add(t, main, s));
    assertThat(t.verifyChain(head, Long.MAX_VALUE / 4)).isEmpty();
    int removed = t.trim(main.getLast().timestamp(), Set.of());
    assertThat(removed).isEqualTo(225 - (2 * net.chainLength() + 10));
    assertThat(t.height(head)).isEqualTo(2 * net.chainLength() + 10);
    assertThat(t.contains(main.getFirst().hash())).isFalse();
    Hash256 next = gen.extend(t, head, 3, s -> t.add(s, "p", s.timestamp()));
    assertThat(t.verifyChain(next, Long.MAX_VALUE / 4)).isEmpty();
    assertThat(t.think(Long.MAX_VALUE / 4, h -> 0).best()).isEqualTo(next);
  }

  @Test
  void slidingVoteCountsEqualAFreshWalk() {
    ShareTracker t = new ShareTracker(net, new Random(1));
    List<LoadedShare> main = new ArrayList<>();
    TestNets.chain(net, new SplittableRandom(8), 3).extend(t, null, 60, s -> add(t, main, s));
    int dist = 10;
    for (int i = dist - 1; i < main.size(); i++) {
      Hash256 h = main.get(i).hash();
      java.math.BigInteger want = java.math.BigInteger.ZERO;
      for (LoadedShare s : t.chain(h, dist)) {
        want = want.add(s.work());
      }
      assertThat(t.desiredVersionCounts(h, dist)).containsExactly(java.util.Map.entry(35L, want));
    }
  }

  private static void add(ShareTracker t, List<LoadedShare> out, LoadedShare s) {
    t.add(s, "peer", s.timestamp());
    out.add(s);
  }
}
