package org.p2poolj.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.WorkerStats;

/**
 * The p2poolj meters. Prometheus names (Micrometer adds {@code _total} to counters and {@code
 * _seconds} to timers): {@code p2poolj_pool_hashrate}, {@code p2poolj_local_hashrate}, {@code
 * p2poolj_local_dead_hashrate}, {@code p2poolj_worker_hashrate{worker}}, {@code
 * p2poolj_shares_total{status=found|accepted|orphan|dead}}, {@code p2poolj_blocks_total}, {@code
 * p2poolj_pseudoshares_total}, {@code p2poolj_peers{direction=in|out}}, {@code
 * p2poolj_stratum_sessions}, {@code p2poolj_template_age_seconds}, {@code
 * p2poolj_share_chain_height}, {@code p2poolj_pool_stale_proportion}, {@code
 * p2poolj_rpc_latency_seconds{method}}, {@code p2poolj_share_verification_seconds}, and the JVM's.
 */
public final class Metrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final NodeView view;
  private final MultiGauge workerHashrate;
  private final Timer shareVerification;
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private volatile Snapshot snapshot;

  /** What one scrape reads, taken once so all gauges agree. */
  private record Snapshot(
      double poolHashrate,
      double localHashrate,
      double localDeadHashrate,
      long inPeers,
      long outPeers,
      int stratumSessions,
      double templateAge,
      long height,
      double staleProp,
      List<WorkerStats> workers) {}

  public Metrics(NodeView view) {
    this.view = view;
    this.snapshot = capture();
    gauge("p2poolj.pool.hashrate", "Pool hash rate, H/s", Snapshot::poolHashrate);
    gauge("p2poolj.local.hashrate", "This node's miners' hash rate, H/s", Snapshot::localHashrate);
    gauge(
        "p2poolj.local.dead.hashrate",
        "Dead hash rate of this node's miners, H/s",
        Snapshot::localDeadHashrate);
    gauge("p2poolj.stratum.sessions", "Open stratum connections", Snapshot::stratumSessions);
    gauge(
        "p2poolj.template.age.seconds", "Age of the current block template", Snapshot::templateAge);
    gauge("p2poolj.share.chain.height", "Shares in the best chain", Snapshot::height);
    gauge(
        "p2poolj.pool.stale.proportion",
        "Pool stale share proportion, last hour",
        Snapshot::staleProp);
    peers("in", Snapshot::inPeers);
    peers("out", Snapshot::outPeers);
    shares("found", v -> v.counters().sharesFound());
    shares("accepted", v -> v.counters().sharesAccepted());
    shares("orphan", v -> v.counters().sharesOrphan());
    shares("dead", v -> v.counters().sharesDead());
    FunctionCounter.builder("p2poolj.blocks", view, v -> v.counters().blocksFound())
        .description("Blocks found by this node's miners")
        .register(registry);
    FunctionCounter.builder("p2poolj.pseudoshares", view, v -> v.counters().pseudosharesAccepted())
        .description("Pseudoshares accepted from this node's miners")
        .register(registry);
    workerHashrate =
        MultiGauge.builder("p2poolj.worker.hashrate")
            .description("Hash rate per stratum worker, H/s")
            .register(registry);
    shareVerification =
        Timer.builder("p2poolj.share.verification")
            .description("Time to verify one share")
            .register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  private void gauge(String name, String help, ToDoubleFunction<Snapshot> f) {
    Gauge.builder(name, this, m -> f.applyAsDouble(m.snapshot))
        .description(help)
        .register(registry);
  }

  private void peers(String direction, ToDoubleFunction<Snapshot> f) {
    Gauge.builder("p2poolj.peers", this, m -> f.applyAsDouble(m.snapshot))
        .description("Connected p2pool peers")
        .tag("direction", direction)
        .register(registry);
  }

  private void shares(String status, ToDoubleFunction<NodeView> f) {
    FunctionCounter.builder("p2poolj.shares", view, f)
        .description("Shares found by this node's miners, by outcome")
        .tag("status", status)
        .register(registry);
  }

  private Snapshot capture() {
    List<PeerInfo> peers = view.peers();
    long in = peers.stream().filter(PeerInfo::incoming).count();
    var local = view.local();
    var health = view.health();
    var pool = view.pool();
    return new Snapshot(
        pool.poolHashRate(),
        local.map(LocalStats::localHashRate).orElse(0.0),
        local.map(LocalStats::localDeadHashRate).orElse(0.0),
        in,
        peers.size() - in,
        health.stratumSessions(),
        health.templateAgeSeconds().orElse(Double.NaN),
        pool.height(),
        pool.poolStaleProp(),
        view.workers());
  }

  /** Records one daemon RPC's round trip; the node calls this from its RPC client. */
  public void recordRpc(String method, Duration latency) {
    Timer.builder("p2poolj.rpc.latency")
        .description("Coin daemon JSON-RPC round trip")
        .tag("method", method)
        .register(registry)
        .record(latency);
  }

  /** Records the time one share took to verify. */
  public void recordShareVerification(Duration d) {
    shareVerification.record(d);
  }

  /** Prometheus text exposition, reading the node once. */
  public String scrape() {
    Snapshot s = capture();
    snapshot = s;
    workerHashrate.register(
        s.workers().stream()
            .map(w -> MultiGauge.Row.of(Tags.of("worker", w.name()), w.hashRate()))
            .toList(),
        true);
    return registry.scrape();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
