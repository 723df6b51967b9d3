package org.p2poolj.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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

  private P2poolConfig config(Path datadir) {
    return new ConfigLoader(home)
        .load(
            Optional.empty(),
            List.of(
                ConfigOverride.of("coin", "net", "litecoin-regtest"),
                ConfigOverride.of("node", "datadir", datadir.toString())))
        .config();
  }

  @Test
  void runsUntilAskedToStopThenStopsItsServices() throws Exception {
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
    // Bounded wait for the datadir service to come up.
    for (int i = 0; i < 500 && runner.services().running().isEmpty() && t.isAlive(); i++) {
      Thread.sleep(10);
    }
    assertThat(runner.services().running()).extracting(s -> s.name()).containsExactly("datadir");
    assertThat(Files.exists(datadir.resolve(DatadirLock.LOCK_FILE))).isTrue();

    runner.requestStop();
    t.join(5_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(failure.get()).isNull();
    assertThat(runner.services().running()).isEmpty();
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
