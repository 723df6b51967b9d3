package org.p2poolj.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.node.config.ConfigLoader;
import org.p2poolj.node.config.ConfigOverride;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.lifecycle.ServiceStartException;

class NodeRunnerTest {
  @TempDir Path home;

  private P2poolConfig config(Path datadir) throws IOException {
    int nobody;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = probe.getLocalPort(); // closed again: nothing listens there
    }
    return new ConfigLoader(home)
        .load(
            Optional.empty(),
            List.of(
                ConfigOverride.of("coin", "net", "litecoin-regtest"),
                ConfigOverride.of("node", "datadir", datadir.toString()),
                ConfigOverride.of("store", "backend", "memory"),
                ConfigOverride.of("daemon", "rpc_host", "127.0.0.1"),
                ConfigOverride.of("daemon", "rpc_port", nobody),
                ConfigOverride.of("daemon", "rpc_user", "u"),
                ConfigOverride.of("daemon", "rpc_password", "p")))
        .config();
  }

  @Test
  void servicesStartInDependencyOrder() throws Exception {
    NodeRunner runner =
        new NodeRunner(config(home.resolve("order")), Optional.empty(), InstantSource.system());
    assertThat(runner.services().startOrder())
        .extracting(s -> s.name())
        .startsWith("datadir", "store", "chain", "daemon")
        .contains("mining");
    assertThat(runner.context().chain().net().name()).isEqualTo("litecoin-regtest");
  }

  @Test
  void anUnreachableDaemonStopsTheStartWithOneLineAndReleasesWhatStarted() throws Exception {
    Path datadir = home.resolve("node1");
    NodeRunner runner = new NodeRunner(config(datadir), Optional.empty(), InstantSource.system());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    runner.run();
                  } catch (Throwable e) {
                    failure.set(e);
                  }
                });
    t.join(60_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(failure.get())
        .isInstanceOf(ServiceStartException.class)
        .hasMessageStartingWith("daemon failed to start: ")
        .hasMessageNotContaining("\n");
    assertThat(runner.services().running()).isEmpty();
    // The datadir lock was released: a second node may take the datadir.
    DatadirLock again = new DatadirLock(datadir);
    again.start();
    again.stop();
  }

  @Test
  void aSecondNodeOnTheSameDatadirFailsToStart() throws Exception {
    Path datadir = home.resolve("shared");
    DatadirLock held = new DatadirLock(datadir);
    held.start();
    try {
      NodeRunner runner = new NodeRunner(config(datadir), Optional.empty(), InstantSource.system());
      assertThatThrownBy(runner::run)
          .isInstanceOf(ServiceStartException.class)
          .hasMessageContaining("datadir failed to start");
    } finally {
      held.stop();
    }
  }
}
