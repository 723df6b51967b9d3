package org.p2poolj.daemon.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client against a fake daemon: timeouts and the in-flight limit. */
class RpcClientTest {

  private static JsonNode slowly(AtomicInteger inFlight, AtomicInteger peak, long millis) {
    int now = inFlight.incrementAndGet();
    peak.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
    return FakeDaemon.parse("42");
  }

  @Test
  void neverMoreCallsInFlightThanConfigured() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    try (FakeDaemon daemon =
            new FakeDaemon().answer("getblockcount", () -> slowly(inFlight, peak, 30));
        RpcClient client =
            new RpcClient(
                new RpcConfig(
                    daemon.client().config().uri(),
                    new RpcAuth.UserPassword("u", "p"),
                    Duration.ofSeconds(30),
                    3));
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<JsonNode>> calls = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        calls.add(pool.submit(() -> client.call("getblockcount")));
      }
      for (Future<JsonNode> f : calls) {
        assertThat(f.get().asInt()).isEqualTo(42);
      }
      assertThat(daemon.calls("getblockcount")).isEqualTo(30);
      assertThat(peak.get()).isBetween(1, 3);
    }
  }

  @Test
  void aSlowAnswerIsATimeout() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    try (FakeDaemon daemon =
            new FakeDaemon().answer("getblockcount", () -> slowly(inFlight, peak, 2000));
        RpcClient client =
            new RpcClient(daemon.client().config().withTimeout(Duration.ofMillis(200)))) {
      assertThatThrownBy(() -> client.call("getblockcount"))
          .isInstanceOfSatisfying(
              RpcTransportException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RpcTransportException.Kind.TIMEOUT);
                assertThat(e.getMessage()).contains("getblockcount").contains("200 ms");
              });
    }
  }

  @Test
  void unknownMethodBecomesATypedDaemonError() throws Exception {
    try (FakeDaemon daemon = new FakeDaemon();
        RpcClient client = daemon.client()) {
      assertThatThrownBy(() -> client.call("nosuch"))
          .isInstanceOfSatisfying(
              RpcException.class,
              e -> {
                assertThat(e.code()).isEqualTo(RpcException.METHOD_NOT_FOUND);
                assertThat(e.daemonMessage()).isEqualTo("Method not found");
              });
    }
  }
}
