package org.p2poolj.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.p2poolj.testkit.Http;
import org.p2poolj.web.fake.FakeNodeView;
import org.p2poolj.web.graph.GraphDatabase;
import org.p2poolj.web.graph.GraphStore;
import org.p2poolj.web.graph.GraphStreams;
import org.p2poolj.web.graph.GraphView;

class WebFrontEndTest {
  private static final WebSettings FAST =
      new WebSettings(
          "127.0.0.1", 0, Duration.ofMillis(30), Duration.ofMillis(30), Duration.ofSeconds(100));

  /** A graph store in memory. */
  private static final class MemoryStore implements GraphStore {
    final AtomicReference<String> saved = new AtomicReference<>();

    final java.util.Map<String, String> docs = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Optional<String> load(String name) {
      return Optional.ofNullable(docs.get(name));
    }

    @Override
    public void save(String name, String json) {
      docs.put(name, json);
      if (name.equals(GRAPHS)) {
        saved.set(json);
      }
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
    for (int i = 0; i < 1000 && !cond.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
  }

  @Test
  void servesHttpPrintsStatusAndKeepsGraphsAcrossARestart() throws Exception {
    FakeNodeView view = new FakeNodeView(Clock.systemUTC(), 1);
    GraphDatabase graphs = new GraphDatabase();
    MemoryStore store = new MemoryStore();
    List<String> lines = new CopyOnWriteArrayList<>();
    double now = System.currentTimeMillis() / 1000.0;
    try (WebFrontEnd web =
        new WebFrontEnd(
            FAST, view, graphs, store, Optional.empty(), lines::add, Clock.systemUTC())) {
      web.start();
      web.start();
      assertThat(Http.json("http://127.0.0.1:" + web.port() + "/web/version").asText())
          .isEqualTo(view.info().version());
      web.recorder().pseudoshare(now - 60, 1.0e9, false, "alice");
      waitFor(() -> lines.size() >= 2);
      java.util.function.BooleanSupplier sampled =
          () ->
              graphs
                  .query(
                      GraphStreams.PEERS, GraphView.LAST_HOUR, System.currentTimeMillis() / 1000.0)
                  .orElseThrow()
                  .stream()
                  .anyMatch(
                      b ->
                          b.value() instanceof org.p2poolj.web.graph.BinValue.Multi m
                              && m.values().equals(Map.of("incoming", 3.0, "outgoing", 6.0)));
      waitFor(sampled);
      assertThat(sampled.getAsBoolean()).as("the sampler recorded the peer counts").isTrue();
    }
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("Pool: "));
    assertThat(store.saved.get()).as("saved on stop").isNotNull();

    GraphDatabase reloaded = new GraphDatabase();
    try (WebFrontEnd again =
        new WebFrontEnd(
            FAST, view, reloaded, store, Optional.empty(), l -> {}, Clock.systemUTC())) {
      again.start();
      double t = now + 1;
      assertThat(reloaded.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_DAY, t))
          .isEqualTo(graphs.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_DAY, t));
      assertThat(
              reloaded.query(GraphStreams.MINER_HASH_RATES, GraphView.LAST_HOUR, t).orElseThrow())
          .anySatisfy(
              b ->
                  assertThat(b.value())
                      .isInstanceOf(org.p2poolj.web.graph.BinValue.Multi.class)
                      .satisfies(
                          v ->
                              assertThat(((org.p2poolj.web.graph.BinValue.Multi) v).values())
                                  .containsKey("alice")));
    }
  }

  @Test
  void sharedPortCarriesStratumAndHttp() throws IOException {
    FakeNodeView view = new FakeNodeView(Clock.systemUTC(), 2);
    Consumer<Socket> stratum =
        s ->
            Thread.ofVirtual()
                .start(
                    () -> {
                      try (s) {
                        String line =
                            new BufferedReader(
                                    new InputStreamReader(
                                        s.getInputStream(), StandardCharsets.UTF_8))
                                .readLine();
                        s.getOutputStream()
                            .write(("stratum saw " + line + "\n").getBytes(StandardCharsets.UTF_8));
                      } catch (IOException e) {
                        // closed
                      }
                    });
    try (WebFrontEnd web =
        new WebFrontEnd(
            FAST,
            view,
            new GraphDatabase(),
            GraphStore.NONE,
            Optional.of(stratum),
            l -> {},
            Clock.systemUTC())) {
      web.start();
      assertThat(Http.json("http://127.0.0.1:" + web.port() + "/fee").asDouble())
          .isEqualTo(view.info().feePercent());
      try (Socket s = new Socket("127.0.0.1", web.port())) {
        s.setSoTimeout(10_000);
        s.getOutputStream().write("{\"id\":1}\n".getBytes(StandardCharsets.UTF_8));
        String reply =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(reply).isEqualTo("stratum saw {\"id\":1}");
      }
    }
  }

  @Test
  void damagedHistoryStartsEmpty() {
    MemoryStore store = new MemoryStore();
    store.save(GraphStore.GRAPHS, "{not json");
    store.save(GraphStore.STAT_LOG, "[1, 2]");
    GraphDatabase graphs = new GraphDatabase();
    try (WebFrontEnd web =
        new WebFrontEnd(
            FAST,
            new FakeNodeView(Clock.systemUTC(), 3),
            graphs,
            store,
            Optional.empty(),
            l -> {},
            Clock.systemUTC())) {
      web.start();
      assertThat(Http.get("http://127.0.0.1:" + web.port() + "/rate").statusCode()).isEqualTo(200);
    }
    assertThat(store.saved.get()).startsWith("{\"version\":1");
  }
}
