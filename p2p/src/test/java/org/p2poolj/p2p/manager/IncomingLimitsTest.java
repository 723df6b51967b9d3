package org.p2poolj.p2p.manager;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.p2poolj.p2p.peer.DisconnectReason;

class IncomingLimitsTest {
  @Test
  void atMostThreePerSlash16AndFortyOverall() {
    IncomingLimits limits = new IncomingLimits(40, 3);
    for (int i = 0; i < 3; i++) {
      assertThat(limits.admit("10.1." + i + ".1")).isEmpty();
    }
    assertThat(limits.admit("10.1.200.9")).contains(DisconnectReason.CONNECTION_LIMIT);
    assertThat(limits.admit("10.2.0.1")).isEmpty();
    limits.release("10.1.0.1");
    assertThat(limits.admit("10.1.200.9")).isEmpty();
    for (int i = 3; i < 40; i++) {
      limits.admit("11." + i + ".0.1");
    }
    assertThat(limits.total()).isEqualTo(40);
    assertThat(limits.admit("12.0.0.1")).contains(DisconnectReason.CONNECTION_LIMIT);
  }

  @Test
  void groupsAreTheFirstTwoOctets() {
    assertThat(NetGroups.group("192.168.4.5")).isEqualTo("192.168");
    assertThat(NetGroups.group("2001:db8:1:2::1")).isEqualTo("2001:db8");
  }
}
