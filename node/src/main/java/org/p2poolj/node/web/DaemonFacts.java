package org.p2poolj.node.web;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import org.p2poolj.daemon.rpc.ChainInfo;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.daemon.rpc.MiningInfo;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateSource;
import org.p2poolj.node.runtime.DaemonService;

/**
 * What the web shows about the coin daemon: the current template (read live), and chain and mining
 * info polled every few seconds by {@link #refresh} (never during an HTTP request), with the
 * latency of that poll.
 */
final class DaemonFacts {
  private final DaemonService daemon;
  private final InstantSource clock;
  private final BiConsumer<String, Duration> rpcLatency;
  private volatile ChainInfo chainInfo;
  private volatile MiningInfo miningInfo;
  private volatile OptionalDouble lastLatencyMs = OptionalDouble.empty();
  private volatile boolean connected;
  private volatile String lastError = "";

  /**
   * @param rpcLatency told the method and latency of each poll (the metrics summary)
   */
  DaemonFacts(DaemonService daemon, InstantSource clock, BiConsumer<String, Duration> rpcLatency) {
    this.daemon = daemon;
    this.clock = clock;
    this.rpcLatency = rpcLatency;
  }

  /** Polls the daemon; called from the web service's scheduler. */
  void refresh() {
    try {
      long t0 = System.nanoTime();
      chainInfo = daemon.rpc().getBlockchainInfo();
      Duration d = Duration.ofNanos(System.nanoTime() - t0);
      rpcLatency.accept("getblockchaininfo", d);
      lastLatencyMs = OptionalDouble.of(d.toNanos() / 1e6);
      long t1 = System.nanoTime();
      miningInfo = daemon.rpc().getMiningInfo();
      rpcLatency.accept("getmininginfo", Duration.ofNanos(System.nanoTime() - t1));
      connected = true;
    } catch (DaemonRpcException | RuntimeException e) {
      lastError = e.getMessage() == null ? e.toString() : e.getMessage();
      connected = false;
    }
  }

  Optional<BlockTemplate> template() {
    try {
      return templates().latest();
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  OptionalDouble templateAgeSeconds() {
    try {
      if (templates().latest().isEmpty()) {
        return OptionalDouble.empty();
      }
      Instant at = templates().latestAt();
      return OptionalDouble.of(Math.max(0, clock.millis() - at.toEpochMilli()) / 1000.0);
    } catch (IllegalStateException e) {
      return OptionalDouble.empty();
    }
  }

  boolean connected() {
    try {
      return connected && !templates().health().isDown();
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** The last poll's error, empty when it succeeded. */
  String lastError() {
    return connected ? "" : lastError;
  }

  OptionalDouble lastLatencyMs() {
    return lastLatencyMs;
  }

  Optional<ChainInfo> chainInfo() {
    return Optional.ofNullable(chainInfo);
  }

  double networkHashrate() {
    MiningInfo m = miningInfo;
    return m == null ? 0 : m.networkHashPs();
  }

  String payoutAddress() {
    String a = daemon.payoutAddress();
    return a == null ? "" : a;
  }

  private TemplateSource templates() {
    return daemon.templates();
  }
}
