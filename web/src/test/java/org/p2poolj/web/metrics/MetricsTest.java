package org.p2poolj.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.p2poolj.testkit.Http;
import org.p2poolj.web.fake.FakeNodeView;
import org.p2poolj.web.fake.TestServer;
import org.p2poolj.web.view.NodeCounters;
import org.p2poolj.web.view.WorkerStats;

class MetricsTest {
  private static final FakeNodeView VIEW = new FakeNodeView(Clock.systemUTC(), 11);

  private static double value(PrometheusText p, String name, Map<String, String> labels) {
    return p.one(name, labels).value();
  }

  @Test
  void scrapeIsValidPrometheusTextWithTheNamedSeries() {
    try (Metrics m = new Metrics(VIEW)) {
      m.recordRpc("getblocktemplate", Duration.ofMillis(40));
      m.recordRpc("getblocktemplate", Duration.ofMillis(60));
      m.recordShareVerification(Duration.ofMillis(3));
      PrometheusText p = PrometheusText.parse(m.scrape());
      for (PrometheusText.Sample s : p.samples) {
        assertThat(p.family(s.name())).as("TYPE declared for %s", s.name()).isNotNull();
      }
      assertThat(value(p, "p2poolj_pool_hashrate", Map.of()))
          .isCloseTo(VIEW.pool().poolHashRate(), within(1e-3));
      assertThat(value(p, "p2poolj_local_hashrate", Map.of()))
          .isCloseTo(VIEW.local().orElseThrow().localHashRate(), within(1e-3));
      assertThat(p.types).containsEntry("p2poolj_shares_total", "counter");
      NodeCounters c = VIEW.counters();
      assertThat(value(p, "p2poolj_shares_total", Map.of("status", "found")))
          .isEqualTo(c.sharesFound());
      assertThat(value(p, "p2poolj_shares_total", Map.of("status", "accepted")))
          .isEqualTo(c.sharesAccepted());
      assertThat(value(p, "p2poolj_shares_total", Map.of("status", "orphan")))
          .isEqualTo(c.sharesOrphan());
      assertThat(value(p, "p2poolj_shares_total", Map.of("status", "dead")))
          .isEqualTo(c.sharesDead());
      assertThat(value(p, "p2poolj_blocks_total", Map.of())).isEqualTo(c.blocksFound());
      assertThat(value(p, "p2poolj_peers", Map.of("direction", "in"))).isEqualTo(3);
      assertThat(value(p, "p2poolj_peers", Map.of("direction", "out"))).isEqualTo(6);
      assertThat(value(p, "p2poolj_stratum_sessions", Map.of()))
          .isEqualTo(VIEW.health().stratumSessions());
      assertThat(value(p, "p2poolj_template_age_seconds", Map.of()))
          .isEqualTo(VIEW.health().templateAgeSeconds().getAsDouble());
      assertThat(value(p, "p2poolj_share_chain_height", Map.of())).isEqualTo(VIEW.pool().height());
      for (WorkerStats w : VIEW.workers()) {
        assertThat(value(p, "p2poolj_worker_hashrate", Map.of("worker", w.name())))
            .isEqualTo(w.hashRate());
      }
      assertThat(
              value(p, "p2poolj_rpc_latency_seconds_count", Map.of("method", "getblocktemplate")))
          .isEqualTo(2);
      assertThat(value(p, "p2poolj_rpc_latency_seconds_sum", Map.of("method", "getblocktemplate")))
          .isCloseTo(0.1, within(1e-9));
      assertThat(value(p, "p2poolj_share_verification_seconds_count", Map.of())).isEqualTo(1);
      assertThat(p.samples).anyMatch(s -> s.name().equals("jvm_memory_used_bytes"));
      assertThat(p.samples).anyMatch(s -> s.name().equals("process_uptime_seconds"));
      assertThat(p.samples).anyMatch(s -> s.name().startsWith("jvm_threads_"));
    }
  }

  @Test
  void parserRejectsMalformedText() {
    assertThatThrownBy(() -> PrometheusText.parse("metric{a=\"b} 1\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrometheusText.parse("9metric 1\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrometheusText.parse("m one\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrometheusText.parse("# TYPE m gauge\n# TYPE m gauge\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PrometheusText.parse("# TYPE m gauge\nm{a=\"x\\\"y\",b=\"\"} 1.5 123\n").samples)
        .singleElement()
        .satisfies(s -> assertThat(s.labels()).containsEntry("a", "x\"y").containsEntry("b", ""));
  }

  @Test
  void servedOverHttpWithThePrometheusContentType() {
    try (TestServer server = new TestServer(VIEW)) {
      HttpResponse<byte[]> r = Http.get(server.baseUrl() + "/metrics");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/plain; version=0.0.4");
      PrometheusText p = PrometheusText.parse(new String(r.body()));
      assertThat(p.types)
          .containsKeys("p2poolj_pool_hashrate", "p2poolj_peers", "p2poolj_blocks_total");
    }
  }
}
