package org.p2poolj.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.share.tracker.ShareTracker;

class ShareKindsTest {
  @Test
  void aNewChainStartsAtV35AndEveryKindVotes35() {
    var net = PoolNetworks.byName("litecoin-regtest");
    assertThat(ShareKinds.next(new ShareTracker(net, new SplittableRandom(1)), null, net))
        .isEqualTo(ShareKind.V35);
    for (ShareKind k : ShareKind.values()) {
      assertThat(ShareKinds.vote(k)).as("vote of %s", k).isEqualTo(35);
    }
  }
}
