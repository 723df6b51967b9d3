package org.p2poolj.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.web.fake.FakeNodeView;
import org.p2poolj.web.http.Json;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.http.WebServer;
import org.p2poolj.web.metrics.Metrics;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.ShareDetail;

/** The reference endpoints compute what the reference computes from the node's figures. */
class P2poolEndpointsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FakeNodeView view = new FakeNodeView(CLOCK, 3);
  private final Metrics metrics = new Metrics(view);
  private final Router router =
      WebApi.router(view, metrics, new org.p2poolj.web.graph.StatLog(), CLOCK);
  private final WebServer server =
      new WebServer(new java.net.InetSocketAddress("127.0.0.1", 0), router);

  private Response respond(String path) {
    return server.respond("GET", URI.create(path));
  }

  private JsonNode json(String path) {
    Response r = respond(path);
    assertThat(r.status()).as(path).isEqualTo(200);
    try {
      return JSON.readTree(Json.bytes(((Response.Json) r).body()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void localStatsFollowTheReferenceFormulas() {
    LocalStats l = view.local().orElseThrow();
    double globalStale = view.pool().poolStaleProp();
    JsonNode s = json("/local_stats");
    JsonNode rates = s.get("my_hash_rates_in_last_hour");
    assertThat(rates.get("note").asText()).isEqualTo("DEPRECATED");
    assertThat(rates.get("nonstale").asDouble()).isEqualTo(l.myShareHashRate());
    assertThat(rates.get("rewarded").asDouble())
        .isCloseTo(l.myShareHashRate() / (1 - globalStale), within(1e-6));
    double myStale = (double) l.lastHour().stale() / l.lastHour().total();
    assertThat(rates.get("actual").asDouble())
        .isCloseTo(l.myShareHashRate() / (1 - myStale), within(1e-6));
    assertThat(s.get("my_stale_proportions_in_last_hour").get("stale").asDouble())
        .isCloseTo(myStale, within(1e-12));
    double shares = l.sharesTotal();
    assertThat(s.get("efficiency").asDouble())
        .isCloseTo(
            (1 - (l.sharesOrphan() + l.sharesDead()) / shares) / (1 - globalStale), within(1e-12));
    assertThat(s.get("efficiency_if_miner_perfect").asDouble())
        .isCloseTo((1 - l.sharesOrphan() / shares) / (1 - globalStale), within(1e-12));
    assertThat(s.get("uptime").asDouble()).isEqualTo(Duration.ofHours(26).toSeconds());
    assertThat(s.get("donation_proportion").asDouble())
        .isEqualTo(view.info().donationPercent() / 100);
    assertThat(s.get("attempts_to_share").bigIntegerValue())
        .isEqualTo(view.pool().attemptsToShare());
    assertThat(s.get("peers").get("incoming").asLong())
        .isEqualTo(view.peers().stream().filter(PeerInfo::incoming).count());
  }

  @Test
  void shortChainAnswersNullLikeTheReference() {
    view.setHeight(9);
    assertThat(json("/global_stats").isNull()).isTrue();
    assertThat(json("/local_stats").isNull()).isTrue();
    view.setHeight(10);
    assertThat(json("/global_stats").isObject()).isTrue();
    assertThat(json("/global_stats").get("pool_hash_rate").asDouble())
        .isCloseTo(
            view.pool().poolNonstaleHashRate() / (1 - view.pool().poolStaleProp()), within(1e-6));
  }

  @Test
  void peerAddressesOmitTheDefaultPort() {
    List<String> tokens = Arrays.asList(json("/peer_addresses").asText().split(" "));
    assertThat(tokens).hasSize(view.peers().size());
    for (PeerInfo p : view.peers()) {
      assertThat(tokens)
          .contains(p.port() == FakeNodeView.P2P_PORT ? p.host() : p.host() + ":" + p.port());
    }
    JsonNode pings = json("/pings");
    PeerInfo unpinged =
        view.peers().stream().filter(p -> p.pingMs().isEmpty()).findFirst().orElseThrow();
    assertThat(pings.get(unpinged.endpoint()).isNull()).isTrue();
  }

  @Test
  void shareExplorerAndRawShare() {
    ShareDetail first = view.chain().get(0);
    ShareDetail later = view.chain().get(20);
    JsonNode s = json("/web/share/" + first.hash().toHex());
    assertThat(s.get("parent").asText()).isEqualTo("None");
    assertThat(s.get("share_data").get("max_target").bigIntegerValue())
        .isEqualTo(first.data().maxTarget());
    JsonNode t = json("/web/share/" + later.hash().toHex().toUpperCase(java.util.Locale.ROOT));
    assertThat(t.get("parent").asText()).isEqualTo(later.parent().orElseThrow().toHex());
    assertThat(t.get("far_parent").asText()).isEqualTo(later.farParent().orElseThrow().toHex());
    Response raw = respond("/web/share_data/" + later.hash().toHex());
    assertThat(((Response.Bytes) raw).body()).isEqualTo(view.shareData(later.hash()).orElseThrow());
    assertThat(json("/web/payout_address/" + later.hash().toHex()).asText())
        .isEqualTo(later.data().payoutAddress());
    assertThat(respond("/web/share/" + Hash256.ZERO.toHex()).status()).isEqualTo(404);
  }

  @Test
  void myShareHashesAndBlocks() {
    assertThat(json("/web/my_share_hashes").size()).isEqualTo(view.myShareHashes().size());
    assertThat(json("/web/my_share_hashes50").size())
        .isEqualTo(Math.min(50, view.myShareHashes().size()));
    JsonNode blocks = json("/recent_blocks");
    assertThat(blocks.get(0).get("share").asText())
        .isEqualTo(view.recentBlocks().get(0).share().toHex());
    assertThat(json("/payout_addr").asText()).isEqualTo(FakeNodeView.NODE_ADDRESS);
    assertThat(json("/web/best_share_hash").asText())
        .isEqualTo(view.chain().getLast().hash().toHex());
  }

  @Test
  void graphDataComesFromTheViewsHistory() {
    JsonNode bins = json("/web/graph_data/peers/last_day");
    JsonNode newestFilled = null;
    for (JsonNode b : bins) {
      if (b.get(1).isObject()) {
        newestFilled = b;
        break;
      }
    }
    assertThat(newestFilled).isNotNull();
    assertThat(newestFilled.get(1).get("incoming").asDouble()).isEqualTo(3.0);
    assertThat(newestFilled.get(1).get("outgoing").asDouble()).isEqualTo(6.0);
    assertThat(newestFilled.get(3).isNull()).as("a plain gauge has no default").isTrue();
  }

  @Test
  void healthReportsProblems() {
    JsonNode h = json("/api/v1/health");
    assertThat(h.get("status").asText()).isEqualTo("degraded");
    assertThat(h.get("problems").toString()).contains("still syncing");
    view.setHeight(8640);
    assertThat(json("/api/v1/health").get("status").asText()).isEqualTo("ok");
  }
}
