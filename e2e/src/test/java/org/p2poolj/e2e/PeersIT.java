package org.p2poolj.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.p2poolj.node.config.ConfigOverride;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.demo.InProcessNode;
import org.p2poolj.node.demo.RegtestNodeConfig;
import org.p2poolj.node.lifecycle.Service;
import org.p2poolj.node.web.WebService;
import org.p2poolj.testkit.Http;

/**
 * A second node (no miner) peers with the suite's node: both show the connection in the peer
 * endpoints, /local_stats and /metrics, and the second node's share chain follows the first's.
 */
@ExtendWith(DemoNodeExtension.class)
class PeersIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  private static String webUrl(InProcessNode n) {
    for (Service s : n.context().services().running()) {
      if (s instanceof WebService w) {
        return "http://127.0.0.1:" + w.port();
      }
    }
    throw new IllegalStateException("no web service");
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void aSecondNodeShowsUpAsAPeerAndFollowsTheChain(DemoNode a) throws Exception {
    Path dir = Files.createTempDirectory("p2poolj-e2e-peer-");
    int aP2p = a.context().config().p2p().port();
    P2poolConfig config =
        RegtestNodeConfig.build(
            a.pair().pool(),
            dir.resolve("node"),
            dir,
            List.of(
                ConfigOverride.of("store", "backend", "memory"),
                ConfigOverride.parse("p2p.peers=[\"127.0.0.1:" + aP2p + "\"]")));
    String aUrl = a.baseUrl();
    try (InProcessNode b = InProcessNode.start(config, WAIT)) {
      check(a, aUrl, aP2p, b);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void check(DemoNode a, String aUrl, int aP2p, InProcessNode b)
      throws InterruptedException {
    await(
        "the web service of the second node",
        () -> {
          try {
            webUrl(b);
            return true;
          } catch (IllegalStateException e) {
            return false;
          }
        });
    String bUrl = webUrl(b);
    await(
        "a peer on each side",
        () ->
            Http.json(aUrl + "/api/v1/peers").size() == 1
                && Http.json(bUrl + "/api/v1/peers").size() == 1);

    JsonNode aPeer = Http.json(aUrl + "/api/v1/peers").get(0);
    JsonNode bPeer = Http.json(bUrl + "/api/v1/peers").get(0);
    assertThat(aPeer.get("direction").asText()).isEqualTo("in");
    assertThat(bPeer.get("direction").asText()).isEqualTo("out");
    assertThat(bPeer.get("port").asInt()).isEqualTo(aP2p);
    assertThat(bPeer.get("protocol_version").asInt()).isGreaterThanOrEqualTo(3500);
    assertThat(bPeer.get("sub_version").asText()).isNotBlank();

    String key = aPeer.get("address").asText();
    assertThat(names(Http.json(aUrl + "/peer_versions"))).containsExactly(key);
    assertThat(Http.json(aUrl + "/peer_versions").get(key).asText())
        .isEqualTo(aPeer.get("sub_version").asText());
    assertThat(names(Http.json(aUrl + "/pings"))).containsExactly(key);
    assertThat(names(Http.json(aUrl + "/peer_txpool_sizes"))).containsExactly(key);
    // The outgoing side's address list names A's p2p port (not the network default).
    assertThat(Http.json(bUrl + "/peer_addresses").asText()).isEqualTo("127.0.0.1:" + aP2p);
    assertThat(Http.json(aUrl + "/local_stats").get("peers").get("incoming").asInt()).isEqualTo(1);
    PrometheusParser m = PrometheusParser.parse(Http.text(aUrl + "/metrics"));
    assertThat(m.value("p2poolj_peers", java.util.Map.of("direction", "in"))).isEqualTo(1);

    // B downloads A's chain: its best share becomes one A knows, at a height with statistics.
    await(
        "the second node's chain",
        () -> Http.json(bUrl + "/api/v1/sync").get("share_chain_height").asLong() >= 10);
    String bBest = Http.json(bUrl + "/web/best_share_hash").asText();
    assertThat(Http.get(aUrl + "/web/share/" + bBest).statusCode()).isEqualTo(200);
    assertThat(
            Http.json(bUrl + "/web/share/" + bBest)
                .get("local")
                .get("peer_first_received_from")
                .asText())
        .contains("127.0.0.1");
  }
}
