package org.p2poolj.daemon.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BlockNotifyTest {
  private static final String HASH =
      "30d6f012b122db1906c3a5ce1173405dacbf4a77647d01cca3ac5514424c5e87";

  @Test
  void parsesOnlyBlockHashes() {
    assertThat(BlockNotify.parseHash(" " + HASH.toUpperCase() + "\n")).contains(HASH);
    assertThat(BlockNotify.parseHash(HASH.substring(1))).isEmpty();
    assertThat(BlockNotify.parseHash("%s")).isEmpty();
  }

  @Test
  void commandUsesBashDevTcpOnThePort() {
    assertThat(BlockNotify.command(12345)).isEqualTo("bash -c 'echo %s >/dev/tcp/127.0.0.1/12345'");
  }

  @Test
  void endpointDeliversClientNotificationsAndIgnoresJunk() throws Exception {
    LinkedBlockingQueue<String> got = new LinkedBlockingQueue<>();
    try (BlockNotifyEndpoint endpoint = BlockNotifyEndpoint.start(0, got::add)) {
      assertThatThrownBy(() -> BlockNotify.send(endpoint.port(), "nonsense"))
          .isInstanceOf(IllegalArgumentException.class);
      try (var s = new java.net.Socket("127.0.0.1", endpoint.port())) {
        s.getOutputStream().write("garbage\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      BlockNotify.send(endpoint.port(), HASH);
      assertThat(got.poll(5, TimeUnit.SECONDS)).isEqualTo(HASH);
      assertThat(got.poll(200, TimeUnit.MILLISECONDS)).isNull();
      assertThat(endpoint.notifications()).isEqualTo(1);
    }
  }

  @Test
  void theShellCommandReachesTheEndpoint() throws Exception {
    LinkedBlockingQueue<String> got = new LinkedBlockingQueue<>();
    try (BlockNotifyEndpoint endpoint = BlockNotifyEndpoint.start(0, got::add)) {
      String cmd = endpoint.blockNotifyCommand().replace("%s", HASH);
      Process p = new ProcessBuilder("/bin/sh", "-c", cmd).inheritIO().start();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(got.poll(5, TimeUnit.SECONDS)).isEqualTo(HASH);
    }
  }
}
