package org.p2poolj.node.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.p2poolj.daemon.template.BlockNotifyEndpoint;
import org.p2poolj.node.cli.BlocknotifyCommand;
import picocli.CommandLine;

/** {@code p2poolj blocknotify PORT HASH} reaches the endpoint the daemon link opens. */
class BlocknotifyRoundTripTest {
  private static final String HASH = "ab".repeat(32);

  @Test
  void theCommandDeliversTheHashToTheEndpoint() throws Exception {
    BlockingQueue<String> got = new ArrayBlockingQueue<>(4);
    try (BlockNotifyEndpoint endpoint = BlockNotifyEndpoint.start(0, got::add)) {
      int code =
          new CommandLine(new BlocknotifyCommand())
              .execute(String.valueOf(endpoint.port()), HASH.toUpperCase());
      assertThat(code).isZero();
      assertThat(got.poll(10, TimeUnit.SECONDS)).isEqualTo(HASH);
    }
  }

  @Test
  void aBadHashIsAUsageErrorAndNothingListeningIsAFailure() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new BlocknotifyCommand()).setErr(new PrintWriter(err));
    assertThat(cli.execute("1234", "nothex")).isEqualTo(2);
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    assertThat(cli.execute(String.valueOf(closedPort), HASH)).isEqualTo(1);
    assertThat(err.toString()).contains("no node listening on 127.0.0.1:" + closedPort);
  }
}
