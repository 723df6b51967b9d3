package org.p2poolj.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceManagerTest {
  private final List<String> journal = new ArrayList<>();
  private final ServiceManager manager = new ServiceManager(InstantSource.system());

  private RecordingService svc(String name) {
    return new RecordingService(name, journal);
  }

  @Test
  void startsDependenciesFirstAndStopsInReverse() throws Exception {
    RecordingService store = svc("store");
    RecordingService daemon = svc("daemon");
    RecordingService chain = svc("chain");
    RecordingService stratum = svc("stratum");
    // Registered out of order on purpose: the dependencies decide.
    manager.register(stratum, chain, daemon);
    manager.register(chain, store);
    manager.register(daemon);
    manager.register(store);

    manager.startAll();
    manager.stopAll();

    assertThat(journal)
        .containsExactly(
            "start:store",
            "start:chain",
            "start:daemon",
            "start:stratum",
            "stop:stratum",
            "stop:daemon",
            "stop:chain",
            "stop:store");
  }

  /** Random dependency graphs (edges only to earlier services, so acyclic): order is respected. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void randomGraphsStartEveryServiceAfterItsDependencies(long seed) throws Exception {
    Random rnd = new Random(seed);
    int n = 2 + rnd.nextInt(12);
    List<RecordingService> services = new ArrayList<>();
    List<List<RecordingService>> deps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      services.add(svc("s" + i));
      List<RecordingService> d = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        if (rnd.nextInt(3) == 0) {
          d.add(services.get(j));
        }
      }
      deps.add(d);
    }
    List<Integer> registration = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      registration.add(i);
    }
    Collections.shuffle(registration, rnd);
    for (int i : registration) {
      manager.register(services.get(i), deps.get(i).toArray(Service[]::new));
    }
    manager.startAll();
    List<String> starts = List.copyOf(journal);
    for (int i = 0; i < n; i++) {
      for (RecordingService d : deps.get(i)) {
        assertThat(starts.indexOf("start:" + d.name())).isLessThan(starts.indexOf("start:s" + i));
      }
    }
    journal.clear();
    manager.stopAll();
    List<String> expectedStops = new ArrayList<>();
    for (int k = starts.size() - 1; k >= 0; k--) {
      expectedStops.add(starts.get(k).replace("start:", "stop:"));
    }
    assertThat(journal).isEqualTo(expectedStops);
  }

  @Test
  void aFailedStartStopsWhatAlreadyStartedAndNamesTheService() {
    manager.register(svc("a"));
    manager.register(svc("b"));
    manager.register(new RecordingService("c", journal, true));
    manager.register(svc("d"));

    assertThatThrownBy(manager::startAll)
        .isInstanceOf(ServiceStartException.class)
        .hasMessage("c failed to start: port in use")
        .extracting(e -> ((ServiceStartException) e).serviceName())
        .isEqualTo("c");
    assertThat(journal)
        .containsExactly("start:a", "start:b", "start:c", "stop:c", "stop:b", "stop:a");
    assertThat(manager.running()).isEmpty();
  }

  @Test
  void stopAllIsIdempotent() throws Exception {
    manager.register(svc("a"));
    manager.startAll();
    manager.stopAll();
    manager.stopAll();
    assertThat(journal).containsExactly("start:a", "stop:a");
  }

  @Test
  void aStopRequestedBeforeStartStartsNothing() throws Exception {
    manager.register(svc("a"));
    manager.stopAll();
    manager.startAll();
    assertThat(journal).isEmpty();
  }

  @Test
  void cyclesAndUnregisteredDependenciesAreRejected() {
    RecordingService a = svc("a");
    RecordingService b = svc("b");
    manager.register(a, b);
    manager.register(b, a);
    assertThatThrownBy(manager::startOrder).hasMessageContaining("cycle");

    ServiceManager other = new ServiceManager(InstantSource.system());
    other.register(svc("x"), svc("not-registered"));
    assertThatThrownBy(other::startOrder).hasMessageContaining("not registered");
    assertThatThrownBy(() -> other.register(a).register(a)).hasMessageContaining("twice");
  }

  @Test
  void uptimeComesFromTheInjectedClock() throws Exception {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    ServiceManager timed = new ServiceManager(now::get);
    assertThat(timed.uptime()).isEmpty();
    timed.register(svc("a"));
    timed.startAll();
    now.set(now.get().plusSeconds(90));
    assertThat(timed.uptime()).contains(Duration.ofSeconds(90));
    timed.stopAll();
  }

  @Test
  void theShutdownHookStopsTheServicesThenRunsTheCallback() throws Exception {
    manager.register(svc("a"));
    manager.startAll();
    Thread hook = manager.installShutdownHook(() -> journal.add("after"));
    manager.removeShutdownHook();
    hook.run(); // what the JVM does on SIGTERM, here on the test thread
    assertThat(journal).containsExactly("start:a", "stop:a", "after");
    assertThat(manager.stopRequested()).isTrue();
  }

  @Test
  void theShutdownHookCanBeInstalledOnceAndRemoved() {
    Thread hook = manager.installShutdownHook(() -> {});
    assertThat(hook.getName()).isEqualTo("p2poolj-shutdown");
    assertThatThrownBy(() -> manager.installShutdownHook(() -> {}))
        .isInstanceOf(IllegalStateException.class);
    manager.removeShutdownHook();
    // Removed: the JVM no longer knows it, so removing it again through the runtime fails.
    assertThat(Runtime.getRuntime().removeShutdownHook(hook)).isFalse();
  }
}
