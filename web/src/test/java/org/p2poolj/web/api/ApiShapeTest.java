package org.p2poolj.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.p2poolj.testkit.Http;
import org.p2poolj.web.fake.TestServer;

/**
 * Every documented endpoint answers with the documented fields and plausible values. Runs against
 * an in-process server over a fake node, or, with {@code -Dp2poolj.web.url=http://host:port},
 * against a real node (the node module's regtest test points it there). It checks shapes and
 * invariants only, never the fake's particular numbers.
 */
class ApiShapeTest {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static TestServer server;
  private static String base;

  @BeforeAll
  static void start() {
    String url = System.getProperty("p2poolj.web.url");
    if (url == null || url.isBlank()) {
      server = new TestServer();
      base = server.baseUrl();
    } else {
      base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static JsonNode get(String path) {
    return Http.json(base + path);
  }

  private static void assertFraction(JsonNode n) {
    assertThat(n.isNumber()).as("number: %s", n).isTrue();
    assertThat(n.asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void scalars() {
    assertThat(get("/rate").isNumber()).isTrue();
    assertThat(get("/rate").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(get("/difficulty").asDouble()).isPositive();
    assertThat(get("/fee").asDouble()).isBetween(0.0, 100.0);
    assertThat(get("/uptime").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(get("/web/version").isTextual()).isTrue();
    assertThat(get("/web/version").asText()).isNotBlank();
  }

  @Test
  void usersAndPayouts() {
    JsonNode users = get("/users");
    double sum = 0;
    for (JsonNode v : iterable(users)) {
      assertFraction(v);
      sum += v.asDouble();
    }
    assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-9);
    iterable(get("/user_stales")).forEach(ApiShapeTest::assertFraction);
    JsonNode payouts = get("/current_payouts");
    assertThat(payouts.isObject()).isTrue();
    iterable(payouts).forEach(v -> assertThat(v.asDouble()).isGreaterThanOrEqualTo(0));
    JsonNode addr = get("/payout_addr");
    JsonNode addrs = get("/payout_addrs");
    assertThat(addrs.isArray()).isTrue();
    if (!addr.isNull()) {
      assertThat(addr.isTextual()).isTrue();
      assertThat(iterable(addrs)).extracting(JsonNode::asText).contains(addr.asText());
    }
  }

  @Test
  void globalStats() {
    JsonNode g = get("/global_stats");
    if (g.isNull()) {
      // a real node without a best share answers null, as the reference does; the fake always has
      // one
      assertThat(server).as("/global_stats from the fake node").isNull();
      return;
    }
    assertThat(fieldNames(g))
        .containsExactlyInAnyOrder(
            "pool_nonstale_hash_rate",
            "pool_hash_rate",
            "pool_stale_prop",
            "min_difficulty",
            "network_block_difficulty",
            "network_hashrate");
    assertThat(g.get("pool_hash_rate").asDouble())
        .isGreaterThanOrEqualTo(g.get("pool_nonstale_hash_rate").asDouble());
    assertThat(g.get("pool_stale_prop").asDouble()).isBetween(0.0, 1.0);
    assertThat(g.get("min_difficulty").asDouble()).isPositive();
    assertThat(g.get("network_block_difficulty").asDouble()).isPositive();
  }

  @Test
  void localStats() {
    JsonNode l = get("/local_stats");
    if (l.isNull()) {
      // a real node without a best share answers null, as the reference does; the fake always has
      // one
      assertThat(server).as("/local_stats from the fake node").isNull();
      return;
    }
    assertThat(fieldNames(l))
        .contains(
            "my_hash_rates_in_last_hour",
            "my_share_counts_in_last_hour",
            "my_stale_proportions_in_last_hour",
            "miner_hash_rates",
            "miner_dead_hash_rates",
            "miner_last_difficulties",
            "efficiency_if_miner_perfect",
            "efficiency",
            "peers",
            "shares",
            "uptime",
            "attempts_to_share",
            "attempts_to_block",
            "block_value",
            "warnings",
            "donation_proportion",
            "version",
            "protocol_version",
            "fee");
    assertThat(fieldNames(l.get("my_hash_rates_in_last_hour")))
        .containsExactlyInAnyOrder("note", "nonstale", "rewarded", "actual");
    JsonNode c = l.get("my_share_counts_in_last_hour");
    assertThat(fieldNames(c))
        .containsExactlyInAnyOrder(
            "shares", "unstale_shares", "stale_shares", "orphan_stale_shares", "doa_stale_shares");
    assertThat(c.get("unstale_shares").asLong() + c.get("stale_shares").asLong())
        .isEqualTo(c.get("shares").asLong());
    assertThat(c.get("orphan_stale_shares").asLong() + c.get("doa_stale_shares").asLong())
        .isEqualTo(c.get("stale_shares").asLong());
    assertThat(fieldNames(l.get("my_stale_proportions_in_last_hour")))
        .containsExactlyInAnyOrder("stale", "orphan_stale", "dead_stale");
    assertThat(fieldNames(l.get("peers"))).containsExactlyInAnyOrder("incoming", "outgoing");
    assertThat(fieldNames(l.get("shares"))).containsExactlyInAnyOrder("total", "orphan", "dead");
    JsonNode shares = l.get("shares");
    assertThat(shares.get("orphan").asLong() + shares.get("dead").asLong())
        .isLessThanOrEqualTo(shares.get("total").asLong());
    iterable(l.get("miner_hash_rates")).forEach(v -> assertThat(v.asDouble()).isNotNegative());
    assertThat(l.get("attempts_to_share").isIntegralNumber()).isTrue();
    assertThat(l.get("attempts_to_block").isIntegralNumber()).isTrue();
    assertThat(l.get("warnings").isArray()).isTrue();
    assertThat(l.get("protocol_version").asInt()).isGreaterThanOrEqualTo(3301);
    assertThat(l.get("block_value").asDouble()).isPositive();
    assertFraction(l.get("donation_proportion"));
  }

  @Test
  void peers() {
    JsonNode versions = get("/peer_versions");
    JsonNode pings = get("/pings");
    JsonNode addresses = get("/peer_addresses");
    assertThat(addresses.isTextual()).isTrue();
    int n = addresses.asText().isBlank() ? 0 : addresses.asText().trim().split(" ").length;
    assertThat(versions.size()).isEqualTo(n);
    assertThat(fieldNames(pings)).containsExactlyInAnyOrderElementsOf(fieldNames(versions));
    for (String k : fieldNames(versions)) {
      assertThat(k).matches(".+:\\d+");
      assertThat(versions.get(k).isTextual()).isTrue();
      assertThat(pings.get(k).isNull() || pings.get(k).asDouble() >= 0).isTrue();
    }
    JsonNode v1 = get("/api/v1/peers");
    assertThat(v1.size()).isEqualTo(n);
    for (JsonNode p : v1) {
      assertThat(fieldNames(p))
          .contains(
              "address", "host", "port", "direction", "sub_version", "ping_ms", "connected_since");
      assertThat(p.get("direction").asText()).isIn("in", "out");
      assertThat(versions.has(p.get("address").asText())).isTrue();
    }
  }

  @Test
  void staleRates() {
    JsonNode s = get("/stale_rates");
    assertThat(fieldNames(s)).contains("good", "orphan", "doa");
    iterable(s).forEach(v -> assertThat(v.asDouble()).isNotNegative());
  }

  @Test
  void currencyInfo() {
    JsonNode c = get("/web/currency_info");
    assertThat(fieldNames(c))
        .containsExactlyInAnyOrder(
            "symbol",
            "block_explorer_url_prefix",
            "address_explorer_url_prefix",
            "tx_explorer_url_prefix");
    assertThat(c.get("symbol").asText()).matches("t?[A-Z]{3,4}");
  }

  @Test
  void chainHashesAndShareExplorer() {
    JsonNode best = get("/web/best_share_hash");
    assertThat(best.asText()).matches(HEX64);
    JsonNode heads = get("/web/heads");
    JsonNode verified = get("/web/verified_heads");
    iterable(heads).forEach(h -> assertThat(h.asText()).matches(HEX64));
    assertThat(iterable(verified)).extracting(JsonNode::asText).contains(best.asText());
    JsonNode s = get("/web/share/" + best.asText());
    assertThat(fieldNames(s))
        .containsExactlyInAnyOrder(
            "parent", "far_parent", "children", "type_name", "local", "share_data", "block");
    assertThat(fieldNames(s.get("local")))
        .containsExactlyInAnyOrder("verified", "time_first_seen", "peer_first_received_from");
    assertThat(s.get("local").get("verified").asBoolean()).isTrue();
    JsonNode d = s.get("share_data");
    assertThat(fieldNames(d))
        .containsExactlyInAnyOrder(
            "timestamp",
            "target",
            "max_target",
            "payout_address",
            "donation",
            "stale_info",
            "nonce",
            "desired_version",
            "absheight",
            "abswork");
    assertThat(d.get("target").isIntegralNumber()).isTrue();
    assertThat(d.get("target").bigIntegerValue())
        .isLessThanOrEqualTo(d.get("max_target").bigIntegerValue());
    JsonNode b = s.get("block");
    assertThat(fieldNames(b))
        .containsExactlyInAnyOrder("hash", "header", "gentx", "other_transaction_hashes");
    assertThat(fieldNames(b.get("header")))
        .containsExactlyInAnyOrder(
            "version", "previous_block", "merkle_root", "timestamp", "target", "nonce");
    assertThat(fieldNames(b.get("gentx")))
        .contains("hash", "coinbase", "value", "last_txout_nonce");
    assertThat(b.get("gentx").get("last_txout_nonce").asText()).matches("[0-9a-f]{16}");
    if (!s.get("parent").asText().equals("None")) {
      assertThat(s.get("parent").asText()).matches(HEX64);
    }
    HttpResponse<byte[]> raw = Http.get(base + "/web/share_data/" + best.asText());
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(raw.body()).isNotEmpty();
  }

  @Test
  void unknownAndMalformedHashes() {
    String zeros = "0".repeat(64);
    for (String p : List.of("/web/share/", "/web/share_data/", "/web/payout_address/")) {
      HttpResponse<byte[]> unknown = Http.get(base + p + zeros);
      assertThat(unknown.statusCode()).as(p).isEqualTo(404);
      assertThat(new String(unknown.body())).contains("\"error\"");
      assertThat(Http.get(base + p + "xyz").statusCode()).as(p).isEqualTo(400);
      assertThat(Http.get(base + p + "g".repeat(64)).statusCode()).as(p).isEqualTo(400);
    }
  }

  @Test
  void recentBlocks() {
    for (JsonNode b : get("/recent_blocks")) {
      assertThat(fieldNames(b)).containsExactlyInAnyOrder("ts", "hash", "number", "share");
      assertThat(b.get("hash").asText()).matches(HEX64);
      assertThat(b.get("share").asText()).matches(HEX64);
      assertThat(b.get("number").asLong()).isPositive();
      assertThat(b.get("ts").asLong()).isGreaterThan(1_300_000_000L);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "local_hash_rate,last_hour,150,24",
    "local_dead_hash_rate,last_day,300,288",
    "pool_rates,last_hour,150,24",
    "pool_rates,last_week,300,2016",
    "peers,last_day,300,288",
    "current_payout,last_month,300,8640",
    "miner_hash_rates,last_year,300,105192",
    "memory_usage,last_hour,150,24"
  })
  void graphData(String stream, String view, int bins, double width) {
    JsonNode data = get("/web/graph_data/" + stream + "/" + view);
    assertThat(data.size()).isEqualTo(bins);
    double prevCenter = Double.MAX_VALUE;
    for (int i = 0; i < data.size(); i++) {
      JsonNode bin = data.get(i);
      assertThat(bin.size()).isEqualTo(4);
      assertThat(bin.get(0).asDouble()).as("newest first").isLessThan(prevCenter);
      prevCenter = bin.get(0).asDouble();
      JsonNode v = bin.get(1);
      assertThat(v.isNumber() || v.isObject() || v.isNull()).isTrue();
      if (i > 0) {
        assertThat(bin.get(2).asDouble()).isCloseTo(width, within(1e-6));
      } else {
        assertThat(bin.get(2).asDouble()).isBetween(0.0, width + 1e-6);
      }
      assertThat(bin.get(3).isNumber() || bin.get(3).isNull()).isTrue();
    }
  }

  @Test
  void graphDataErrors() {
    assertThat(Http.get(base + "/web/graph_data/no_such_stream/last_hour").statusCode())
        .isEqualTo(404);
    assertThat(Http.get(base + "/web/graph_data/pool_rates/last_century").statusCode())
        .isEqualTo(404);
  }

  @Test
  void apiV1() {
    for (JsonNode w : get("/api/v1/workers")) {
      assertThat(fieldNames(w))
          .contains(
              "name",
              "payout_address",
              "hash_rate",
              "dead_hash_rate",
              "difficulty",
              "accepted_pseudoshares",
              "rejected_pseudoshares",
              "shares_found",
              "last_submit");
      assertThat(w.get("dead_hash_rate").asDouble())
          .isLessThanOrEqualTo(w.get("hash_rate").asDouble());
    }
    for (JsonNode b : get("/api/v1/bans")) {
      assertThat(fieldNames(b)).containsExactlyInAnyOrder("host", "reason", "until");
    }
    JsonNode sync = get("/api/v1/sync");
    assertThat(fieldNames(sync))
        .contains(
            "synced",
            "share_chain_height",
            "share_chain_target",
            "share_chain_progress",
            "daemon_blocks",
            "daemon_headers",
            "daemon_progress");
    assertFraction(sync.get("share_chain_progress"));
    assertFraction(sync.get("daemon_progress"));
    JsonNode health = get("/api/v1/health");
    assertThat(health.get("status").asText()).isIn("ok", "degraded", "down");
    assertThat(health.get("problems").isArray()).isTrue();
    assertThat(health.get("status").asText().equals("ok"))
        .isEqualTo(health.get("problems").isEmpty());
  }

  @Test
  void statLogAndPatronSendmany() {
    for (JsonNode e : get("/web/log")) {
      assertThat(fieldNames(e))
          .contains(
              "time",
              "pool_hash_rate",
              "pool_stale_prop",
              "local_hash_rates",
              "shares",
              "stale_shares",
              "stale_shares_breakdown",
              "current_payout",
              "peers",
              "attempts_to_share",
              "attempts_to_block",
              "block_value");
    }
    HttpResponse<byte[]> r = Http.get(base + "/patron_sendmany/12.5");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    JsonNode split;
    try {
      split = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    if (!split.isEmpty()) {
      double sum = 0;
      for (JsonNode v : split) {
        sum += v.asDouble();
      }
      assertThat(sum).isCloseTo(12.5, within(1e-6));
    }
    assertThat(Http.get(base + "/patron_sendmany/lots").statusCode()).isEqualTo(400);
  }

  @Test
  void corsOnEveryAnswer() {
    for (String p : List.of("/rate", "/web/share/xyz", "/no/such/path")) {
      assertThat(Http.get(base + p).headers().firstValue("Access-Control-Allow-Origin"))
          .as(p)
          .hasValue("*");
    }
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<JsonNode> iterable(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    n.elements().forEachRemaining(out::add);
    return out;
  }
}
