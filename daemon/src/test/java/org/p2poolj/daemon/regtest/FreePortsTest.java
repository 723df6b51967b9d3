package org.p2poolj.daemon.regtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {
  @Test
  void portsAreBelowTheEphemeralRangeNeverRepeatedAndBindable() throws IOException {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      int port = FreePorts.next();
      assertThat(port).isBetween(FreePorts.LOW, FreePorts.HIGH - 1);
      assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
    }
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.next()));
      assertThat(s.isBound()).isTrue();
    }
  }

  @Test
  void aPortSomebodyListensOnIsNotBindable() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(FreePorts.bindable(taken.getLocalPort())).isFalse();
    }
  }
}
