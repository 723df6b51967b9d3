package org.p2poolj.p2p.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.peer.PeerId;

class PersistentPeersTest {
  private final HostPort peer = new HostPort("192.0.2.9", 9326);

  @Test
  void redialsAfterAFailureAndAfterADisconnect() {
    PersistentPeers p = new PersistentPeers(List.of(peer), Duration.ofSeconds(10));
    assertThat(p.due(0)).containsExactly(peer);
    assertThat(p.due(1)).isEmpty(); // dialing
    p.dialed(peer, Optional.empty(), 1);
    assertThat(p.due(5_000_000_000L)).isEmpty();
    assertThat(p.due(10_000_000_001L)).containsExactly(peer);
    PeerId id = new PeerId(1, "192.0.2.9", 9326, false);
    p.dialed(peer, Optional.of(id), 11_000_000_000L);
    assertThat(p.due(100_000_000_000L)).isEmpty(); // connected
    p.closed(id, 100_000_000_000L);
    assertThat(p.due(105_000_000_000L)).isEmpty();
    assertThat(p.due(110_000_000_000L)).containsExactly(peer);
  }
}
