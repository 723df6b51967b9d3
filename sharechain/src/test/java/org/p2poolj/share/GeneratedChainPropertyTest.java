package org.p2poolj.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.AddResult;
import org.p2poolj.share.tracker.ShareTracker;

/**
 * Shares made by our own generator (random payees, donations, desired targets, timestamps) go
 * through the wire encoding and are verified from scratch by a second tracker.
 */
class GeneratedChainPropertyTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void generatedSharesVerifyInAFreshTracker(long seed) {
    PoolNetwork net = TestNets.small();
    SplittableRandom r = new SplittableRandom(seed);
    ShareTracker maker = new ShareTracker(net, new Random(seed));
    List<LoadedShare> made = new ArrayList<>();
    Hash256 head =
        TestNets.chain(net, r, 7)
            .extend(
                maker,
                null,
                70,
                s -> {
                  maker.add(s, null, s.timestamp());
                  made.add(s);
                });

    ShareTracker verifier = new ShareTracker(net, new Random(seed));
    for (LoadedShare s : made) {
      byte[] wire = ShareCodec.encode(s.share(), net);
      assertThat(verifier.add(RawShare.parse(wire), "peer", s.timestamp()))
          .isEqualTo(AddResult.ADDED);
    }
    byte[] again = ShareCodec.encode(made.get(3).share(), net);
    assertThat(verifier.add(RawShare.parse(again), "peer", 0)).isEqualTo(AddResult.DUPLICATE);
    assertThat(verifier.verifyChain(head, made.getLast().timestamp())).isEmpty();
    assertThat(verifier.verifiedCount()).isEqualTo(70);
    assertThat(verifier.height(head)).isEqualTo(70);
    // the retarget and the 30x clip were exercised: not every share sits at max_bits
    assertThat(made).anyMatch(s -> s.share().shareInfo().bits() != s.share().shareInfo().maxBits());
    assertThat(made).anyMatch(s -> s.donation() != 0);
    // a fresh think() chooses the tip
    ShareTracker thinker = new ShareTracker(net, new Random(seed));
    made.forEach(s -> thinker.add(s, "peer", s.timestamp()));
    assertThat(thinker.think(made.getLast().timestamp(), h -> 0).best()).isEqualTo(head);
  }
}
