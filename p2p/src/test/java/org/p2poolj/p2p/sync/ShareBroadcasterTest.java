package org.p2poolj.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.wire.Message;

class ShareBroadcasterTest {
  private final PeerId a = new PeerId(1, "10.0.0.1", 1, false);
  private final PeerId b = new PeerId(2, "10.0.0.2", 1, true);

  private static List<Hash256> hashes(List<Message.Shares> msgs) {
    return msgs.stream().flatMap(m -> m.shares().stream()).map(FakeChain::hashOf).toList();
  }

  @Test
  void sendsUpToFiveNewSharesOldestFirstAndOnlyOnce() {
    FakeChain chain = new FakeChain();
    List<Hash256> h = chain.extend(Hash256.ZERO, 8, "x");
    ShareBroadcaster bc = new ShareBroadcaster(chain, 1 << 20);
    Map<PeerId, List<Message.Shares>> out = bc.onBestChanged(List.of(a, b));
    assertThat(hashes(out.get(a))).containsExactlyElementsOf(h.subList(3, 8));
    assertThat(hashes(out.get(b))).containsExactlyElementsOf(h.subList(3, 8));
    assertThat(bc.onBestChanged(List.of(a, b))).isEmpty();
    // one more share: only it goes out (the walk stops at the first one already shared)
    Hash256 next = chain.extend(h.getLast(), 1, "y").getFirst();
    assertThat(hashes(bc.onBestChanged(List.of(a, b)).get(a))).containsExactly(next);
  }

  @Test
  void neverSendsAShareBackToItsSenderOrToAPeerKnownToHaveIt() {
    FakeChain chain = new FakeChain();
    List<Hash256> base = chain.extend(Hash256.ZERO, 5, "x");
    ShareBroadcaster bc = new ShareBroadcaster(chain, 1 << 20);
    bc.onBestChanged(List.of());
    var fromA = FakeChain.share(base.getLast(), "from-a");
    ReceiveResult r = chain.received(List.of(fromA), a);
    bc.peerKnows(a, r.hashes());
    Map<PeerId, List<Message.Shares>> out = bc.onBestChanged(List.of(a, b));
    assertThat(out).doesNotContainKey(a);
    assertThat(hashes(out.get(b))).containsExactly(FakeChain.hashOf(fromA));
  }
}
