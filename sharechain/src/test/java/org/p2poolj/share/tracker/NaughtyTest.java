package org.p2poolj.share.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.p2poolj.share.TestNets;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.network.PoolNetwork;

/** v17-v33 excess reward: the share and its descendants are punished, think() steps back. */
class NaughtyTest {
  @Test
  void overClaimingShareAndItsChildrenArePunished() {
    PoolNetwork net = TestNets.small();
    ShareTracker maker = new ShareTracker(net, new Random(1));
    List<LoadedShare> made = new ArrayList<>();
    // a hard block target: no share is a block solution (those are never punished)
    SplittableRandom r = new SplittableRandom(12);
    TestNets.unpunishableV17(net, r)
        .extend(
            maker,
            null,
            26,
            s -> {
              maker.add(s, null, s.timestamp());
              made.add(s);
            });
    boolean[] overClaim = {false};
    ShareTracker t =
        new ShareTracker(
            net,
            new Random(1),
            (block, txs) -> overClaim[0] ? OptionalLong.of(0) : OptionalLong.empty());
    made.forEach(s -> t.add(s, "peer", s.timestamp()));
    long now = made.getLast().timestamp();
    assertThat(t.verifyChain(made.get(20).hash(), now)).isEmpty();
    overClaim[0] = true;
    assertThat(t.attemptVerify(made.get(21).hash(), now)).isEmpty();
    overClaim[0] = false;
    assertThat(t.verifyChain(made.getLast().hash(), now)).isEmpty();
    assertThat(t.naughty(made.get(20).hash())).isZero();
    assertThat(t.naughty(made.get(21).hash())).isEqualTo(1);
    assertThat(t.naughty(made.get(25).hash())).isEqualTo(5);
    // the naughty head is skipped: back to the last clean share, which has no clean child
    assertThat(t.think(now, h -> 0).best()).isEqualTo(made.get(20).hash());
  }
}
