package org.p2poolj.daemon.rpc;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach the daemon's RPC port.
 *
 * @param uri the RPC endpoint, e.g. {@code http://127.0.0.1:9332/}
 * @param auth credentials or cookie file
 * @param timeout the default per-call timeout (long-polls pass their own)
 * @param maxInFlight concurrent calls allowed; keep it below the daemon's {@code -rpcworkqueue} (16
 *     by default) because a burst beyond it is refused with HTTP 500/503
 */
public record RpcConfig(URI uri, RpcAuth auth, Duration timeout, int maxInFlight) {
  /** Half the daemon's default work queue, leaving room for other clients such as the CLI. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 8;

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public RpcConfig {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(timeout, "timeout");
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** Loopback endpoint with default timeout and concurrency. */
  public static RpcConfig local(int port, RpcAuth auth) {
    return new RpcConfig(
        URI.create("http://127.0.0.1:" + port + "/"), auth, DEFAULT_TIMEOUT, DEFAULT_MAX_IN_FLIGHT);
  }

  public RpcConfig withTimeout(Duration newTimeout) {
    return new RpcConfig(uri, auth, newTimeout, maxInFlight);
  }
}
