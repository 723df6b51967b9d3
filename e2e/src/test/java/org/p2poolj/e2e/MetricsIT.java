package org.p2poolj.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.p2poolj.testkit.Http;

/** {@code /metrics} of the running node is Prometheus text with the named series, fed live. */
@ExtendWith(DemoNodeExtension.class)
class MetricsIT {
  private static DemoNode node;

  @BeforeAll
  static void node(DemoNode demo) {
    node = demo;
  }

  @Test
  void parserRejectsMalformedText() {
    assertThatThrownBy(() -> PrometheusParser.parse("metric{a=b} 1\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrometheusParser.parse("# TYPE m bogus\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrometheusParser.parse("m 1\n# TYPE m gauge\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrometheusParser.parse("m one\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            PrometheusParser.parse("# TYPE m gauge\nm{a=\"x\\\"y\"} 1.5e3 1700000000\n")
                .value("m", Map.of("a", "x\\\"y")))
        .isEqualTo(1500.0);
  }

  @Test
  void metricsHaveTheNamedSeriesWithLiveValues() {
    var r = Http.get(node.baseUrl() + "/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    PrometheusParser m =
        PrometheusParser.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));

    for (String gauge :
        List.of(
            "p2poolj_pool_hashrate",
            "p2poolj_local_hashrate",
            "p2poolj_local_dead_hashrate",
            "p2poolj_stratum_sessions",
            "p2poolj_template_age_seconds",
            "p2poolj_share_chain_height",
            "p2poolj_pool_stale_proportion",
            "p2poolj_peers",
            "p2poolj_worker_hashrate")) {
      assertThat(m.types()).as(gauge).containsEntry(gauge, "gauge");
    }
    assertThat(m.types()).containsEntry("p2poolj_shares_total", "counter");
    assertThat(m.types()).containsEntry("p2poolj_blocks_total", "counter");
    assertThat(m.types()).containsEntry("p2poolj_pseudoshares_total", "counter");
    assertThat(m.types()).containsEntry("p2poolj_rpc_latency_seconds", "summary");
    assertThat(m.types()).containsKey("jvm_memory_used_bytes");

    assertThat(m.value("p2poolj_share_chain_height", Map.of())).isGreaterThanOrEqualTo(10);
    assertThat(m.value("p2poolj_stratum_sessions", Map.of())).isEqualTo(1);
    assertThat(m.value("p2poolj_pool_hashrate", Map.of())).isPositive();
    assertThat(m.value("p2poolj_local_hashrate", Map.of())).isPositive();
    assertThat(m.value("p2poolj_blocks_total", Map.of())).isPositive();
    assertThat(m.value("p2poolj_pseudoshares_total", Map.of())).isPositive();
    assertThat(m.value("p2poolj_shares_total", Map.of("status", "found"))).isPositive();
    assertThat(m.value("p2poolj_template_age_seconds", Map.of())).isBetween(0.0, 120.0);
    assertThat(m.samples("p2poolj_worker_hashrate"))
        .extracting(s -> s.labels().get("worker"))
        .containsExactly(node.minerAddress() + ".e2e");
    // The daemon poll feeds the RPC latency summary.
    assertThat(m.samples("p2poolj_rpc_latency_seconds_count"))
        .anySatisfy(s -> assertThat(s.value()).isPositive());
  }
}
