package org.p2poolj.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.peer.ConnectionTiming;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.testing.TestNodes;
import org.p2poolj.p2p.testing.TestPeer;

/** Idle timeout and pings, with timings shrunk so the test runs in seconds. */
class KeepAliveIT {
  private static final ConnectionTiming FAST =
      new ConnectionTiming(
          Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(100), 4096, 1 << 20);
  private final List<P2pNode> nodes = new ArrayList<>();

  @AfterEach
  void stopAll() {
    nodes.forEach(P2pNode::stop);
  }

  @Test
  void aSilentPeerIsDroppedAfterTheIdleTimeoutWithoutBan() throws IOException {
    P2pNode a = TestNodes.start(new FakeChain(), b -> b.timing(FAST));
    nodes.add(a);
    try (TestPeer p = new TestPeer(a.port(), TestNodes.framing())) {
      p.handshake(5);
      assertThat(p.awaitClosed(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(a.bans()).isEmpty();
  }

  @Test
  void pingsKeepTwoNodesConnectedPastTheIdleTimeout() throws InterruptedException {
    P2pNode a = TestNodes.start(new FakeChain(), b -> b.timing(FAST));
    nodes.add(a);
    P2pNode b =
        TestNodes.start(
            new FakeChain(),
            cfg -> cfg.timing(FAST).persistentPeer(new HostPort("127.0.0.1", a.port())));
    nodes.add(b);
    await().atMost(Duration.ofSeconds(5)).until(() -> a.establishedPeers().size() == 1);
    var first = a.establishedPeers().getFirst();
    Thread.sleep(3500); // more than three idle timeouts
    assertThat(a.establishedPeers()).containsExactly(first);
  }
}
