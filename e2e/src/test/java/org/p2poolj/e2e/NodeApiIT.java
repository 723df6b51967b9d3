package org.p2poolj.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.runtime.NodeContext;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.testkit.Http;

/**
 * Every endpoint of the running node answers with the documented fields and values that agree with
 * the node's own state and with litecoind: the best share, the chain height, the miner among the
 * users and payouts, found blocks known to the daemon, raw share bytes that decode to the share.
 */
@ExtendWith(DemoNodeExtension.class)
class NodeApiIT {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static DemoNode node;
  private static String base;

  @BeforeAll
  static void node(DemoNode demo) {
    node = demo;
    base = demo.baseUrl();
  }

  private static JsonNode get(String path) {
    return Http.json(base + path);
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static Iterable<JsonNode> values(JsonNode n) {
    return n::elements;
  }

  @Test
  void scalarsAndConfig() {
    assertThat(get("/rate").asDouble()).isPositive();
    assertThat(get("/difficulty").asDouble()).isPositive();
    assertThat(get("/fee").asDouble()).isEqualTo(0.5);
    assertThat(get("/uptime").asDouble()).isPositive();
    assertThat(get("/web/version").asText()).startsWith("p2poolj-");
    JsonNode c = get("/web/currency_info");
    assertThat(names(c))
        .containsExactlyInAnyOrder(
            "symbol",
            "block_explorer_url_prefix",
            "address_explorer_url_prefix",
            "tx_explorer_url_prefix");
    assertThat(c.get("symbol").asText()).isEqualTo(DemoNode.PARAMS.symbol());
    String payout = get("/payout_addr").asText();
    assertThat(payout).isEqualTo(node.context().daemon().payoutAddress());
    assertThat(values(get("/payout_addrs"))).extracting(JsonNode::asText).containsExactly(payout);
  }

  @Test
  void chainEndpointsMatchTheTracker() {
    NodeContext ctx = node.context();
    String best = get("/web/best_share_hash").asText();
    assertThat(best).matches(HEX64);
    Hash256 bestHash = Hash256.fromHex(best);
    boolean known = ctx.chain().call(t -> t.contains(bestHash));
    assertThat(known).isTrue();
    for (String list : List.of("/web/heads", "/web/verified_heads", "/web/tails")) {
      JsonNode l = get(list);
      assertThat(l.size()).as(list).isPositive();
      values(l).forEach(h -> assertThat(h.asText()).matches(HEX64));
    }
    assertThat(values(get("/web/verified_heads"))).extracting(JsonNode::asText).isNotEmpty();
    JsonNode mine = get("/web/my_share_hashes");
    assertThat(mine.size()).isPositive();
    // the miner keeps running: a share may be found between the requests
    int last50 = get("/web/my_share_hashes50").size();
    int after = get("/web/my_share_hashes").size();
    assertThat(last50).isBetween(Math.min(50, mine.size()), Math.min(50, after));
    for (JsonNode h : values(mine)) {
      Hash256 hash = Hash256.fromHex(h.asText());
      assertThat(ctx.mining().localShares().isMine(hash)).as(h.asText()).isTrue();
    }
  }

  @Test
  void shareExplorerAndRawBytes() {
    String best = get("/web/best_share_hash").asText();
    JsonNode s = get("/web/share/" + best);
    assertThat(names(s))
        .containsExactlyInAnyOrder(
            "parent", "far_parent", "children", "type_name", "local", "share_data", "block");
    assertThat(s.get("type_name").asText()).isEqualTo("PaddingBugfixShare");
    assertThat(s.get("local").get("verified").asBoolean()).isTrue();
    JsonNode d = s.get("share_data");
    assertThat(d.get("target").bigIntegerValue())
        .isLessThanOrEqualTo(d.get("max_target").bigIntegerValue());
    assertThat(d.get("payout_address").asText()).isNotBlank();
    assertThat(s.get("block").get("hash").asText()).isEqualTo(best);
    // The parent's page lists the best share among its children.
    String parent = s.get("parent").asText();
    assertThat(parent).matches(HEX64);
    assertThat(values(get("/web/share/" + parent).get("children")))
        .extracting(JsonNode::asText)
        .contains(best);
    assertThat(get("/web/payout_address/" + best).asText())
        .isEqualTo(d.get("payout_address").asText());

    HttpResponse<byte[]> raw = Http.get(base + "/web/share_data/" + best);
    assertThat(raw.statusCode()).isEqualTo(200);
    var share = ShareCodec.decode(RawShare.parse(raw.body()), node.context().poolNetwork());
    assertThat(share.shareInfo().absheight()).isEqualTo(d.get("absheight").asLong());
    assertThat(share.shareInfo().timestamp()).isEqualTo(d.get("timestamp").asLong());

    assertThat(Http.get(base + "/web/share/" + "00".repeat(32)).statusCode()).isEqualTo(404);
    assertThat(Http.get(base + "/web/share/nothex").statusCode()).isEqualTo(400);
  }

  @Test
  void usersAndPayoutsIncludeTheMiner() {
    JsonNode users = get("/users");
    double sum = 0;
    for (JsonNode v : values(users)) {
      assertThat(v.asDouble()).isBetween(0.0, 1.0);
      sum += v.asDouble();
    }
    assertThat(sum).isBetween(0.5, 1.0 + 1e-9);
    assertThat(names(users)).contains(node.minerAddress());
    values(get("/user_stales")).forEach(v -> assertThat(v.asDouble()).isBetween(0.0, 1.0));
    JsonNode payouts = get("/current_payouts");
    double total = 0;
    for (JsonNode v : values(payouts)) {
      assertThat(v.asDouble()).isNotNegative();
      total += v.asDouble();
    }
    assertThat(names(payouts)).contains(node.minerAddress());
    double blockValue = get("/local_stats").get("block_value").asDouble();
    // Expected payouts split the whole coinbase value (the donation takes the rounding dust).
    assertThat(total).isCloseTo(blockValue, within(1e-6));
  }

  @Test
  void globalAndLocalStats() {
    JsonNode g = get("/global_stats");
    assertThat(names(g))
        .containsExactlyInAnyOrder(
            "pool_nonstale_hash_rate",
            "pool_hash_rate",
            "pool_stale_prop",
            "min_difficulty",
            "network_block_difficulty",
            "network_hashrate");
    assertThat(g.get("pool_nonstale_hash_rate").asDouble()).isPositive();
    assertThat(g.get("pool_hash_rate").asDouble())
        .isGreaterThanOrEqualTo(g.get("pool_nonstale_hash_rate").asDouble());
    assertThat(g.get("pool_stale_prop").asDouble()).isBetween(0.0, 1.0);
    assertThat(g.get("network_block_difficulty").asDouble()).isPositive();

    JsonNode l = get("/local_stats");
    assertThat(names(l))
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
    assertThat(names(l.get("miner_hash_rates"))).containsExactly(node.minerAddress() + ".e2e");
    assertThat(l.get("miner_hash_rates").get(node.minerAddress() + ".e2e").asDouble()).isPositive();
    JsonNode shares = l.get("shares");
    long found = node.context().mining().stats().shares();
    assertThat(shares.get("total").asLong()).isBetween(1L, found);
    JsonNode counts = l.get("my_share_counts_in_last_hour");
    assertThat(counts.get("unstale_shares").asLong() + counts.get("stale_shares").asLong())
        .isEqualTo(counts.get("shares").asLong());
    assertThat(counts.get("unstale_shares").asLong()).isPositive();
    assertThat(l.get("attempts_to_share").bigIntegerValue()).isPositive();
    assertThat(l.get("attempts_to_block").bigIntegerValue()).isPositive();
    // Regtest's block value is the 50 LTC subsidy plus fees.
    assertThat(l.get("block_value").asDouble()).isBetween(1.0, 51.0);
    assertThat(l.get("fee").asDouble()).isEqualTo(0.5);
    assertThat(l.get("donation_proportion").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void recentBlocksAreKnownToLitecoind() throws Exception {
    JsonNode blocks = get("/recent_blocks");
    assertThat(blocks.size()).isPositive();
    for (JsonNode b : values(blocks)) {
      assertThat(names(b)).containsExactlyInAnyOrder("ts", "hash", "number", "share");
      JsonNode header =
          node.pair().pool().rpc().client().call("getblockheader", b.get("hash").asText());
      assertThat(header.get("height").asLong()).isEqualTo(b.get("number").asLong());
      assertThat(b.get("share").asText()).matches(HEX64);
    }
  }

  @Test
  void staleRatesPeersAndV1() {
    JsonNode s = get("/stale_rates");
    assertThat(names(s)).contains("good", "orphan", "doa");
    assertThat(s.get("good").asDouble()).isPositive();
    // A lone node: no peers, empty maps, an empty address list.
    assertThat(get("/peer_versions").size()).isZero();
    assertThat(get("/pings").size()).isZero();
    assertThat(get("/peer_txpool_sizes").size()).isZero();
    assertThat(get("/peer_addresses").asText()).isBlank();

    JsonNode workers = get("/api/v1/workers");
    assertThat(workers.size()).isEqualTo(1);
    JsonNode w = workers.get(0);
    assertThat(w.get("name").asText()).isEqualTo(node.minerAddress() + ".e2e");
    assertThat(w.get("payout_address").asText()).isEqualTo(node.minerAddress());
    assertThat(w.get("hash_rate").asDouble()).isPositive();
    assertThat(w.get("accepted_pseudoshares").asLong()).isPositive();
    assertThat(w.get("shares_found").asLong()).isPositive();

    JsonNode sync = get("/api/v1/sync");
    long daemonBlocks = sync.get("daemon_blocks").asLong();
    assertThat(daemonBlocks).isPositive();
    assertThat(sync.get("share_chain_height").asLong()).isGreaterThanOrEqualTo(10);
    assertThat(sync.get("daemon_initial_block_download").asBoolean()).isFalse();

    JsonNode h = get("/api/v1/health");
    assertThat(h.get("daemon_connected").asBoolean()).isTrue();
    assertThat(h.get("stratum_sessions").asInt()).isEqualTo(1);
    assertThat(h.get("template_age_seconds").asDouble()).isBetween(0.0, 120.0);
    assertThat(h.get("rpc_latency_ms").asDouble()).isPositive();
    assertThat(get("/api/v1/bans").isArray()).isTrue();
    assertThat(get("/api/v1/peers").isArray()).isTrue();
  }

  @Test
  void graphDataHasLocalAndPoolBins() {
    for (String stream : List.of("local_hash_rate", "pool_rates", "miner_hash_rates")) {
      JsonNode bins = get("/web/graph_data/" + stream + "/last_hour");
      assertThat(bins.size()).as(stream).isEqualTo(150);
      boolean anyValue = false;
      for (Iterator<JsonNode> it = bins.elements(); it.hasNext(); ) {
        JsonNode bin = it.next();
        assertThat(bin.size()).isEqualTo(4);
        JsonNode v = bin.get(1);
        anyValue |= v.isNumber() ? v.asDouble() > 0 : v.isObject() && v.size() > 0;
      }
      assertThat(anyValue).as("%s has a non-empty bin", stream).isTrue();
    }
    // /web/log takes a snapshot every 5 minutes, the first once the chain has 10 shares.
    assertThat(get("/web/log").isArray()).isTrue();
  }
}
