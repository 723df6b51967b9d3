package org.p2poolj.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.testing.TestNodes;

/** A node restarted in the same process (the operator's restart, a test's) gets its port back. */
class RestartIT {
  @Test
  void aStoppedNodeHasReleasedItsPortForARestart() {
    P2pNode node = TestNodes.start(new FakeChain(), b -> {});
    int port = node.port();
    try {
      for (int i = 0; i < 20; i++) {
        node.stop();
        node = TestNodes.start(new FakeChain(), b -> b.port(port));
        assertThat(node.port()).isEqualTo(port);
      }
    } finally {
      node.stop();
    }
  }
}
