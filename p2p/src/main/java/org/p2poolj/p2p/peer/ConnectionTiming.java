package org.p2poolj.p2p.peer;

import java.time.Duration;

/**
 * Per-connection limits: the handshake deadline (10 s), the idle timeout after it (100 s, reset by
 * any received byte), the mean ping interval (exponentially distributed, 100 s, each gap capped at
 * half the idle timeout), the bounded send queue, and how many junk bytes before a prefix we put up
 * with.
 */
public record ConnectionTiming(
    Duration handshakeTimeout,
    Duration idleTimeout,
    Duration pingMean,
    int sendQueueCapacity,
    long maxJunkBytes) {
  public static final ConnectionTiming DEFAULTS =
      new ConnectionTiming(
          Duration.ofSeconds(10), Duration.ofSeconds(100), Duration.ofSeconds(100), 4096, 1 << 20);

  public ConnectionTiming {
    if (handshakeTimeout.isNegative()
        || handshakeTimeout.isZero()
        || idleTimeout.isNegative()
        || idleTimeout.isZero()
        || pingMean.isNegative()
        || pingMean.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (sendQueueCapacity < 1 || maxJunkBytes < 0) {
      throw new IllegalArgumentException("bad queue or junk limit");
    }
  }

  /**
   * The gap before the next ping for a uniform draw {@code u} in [0, 1): exponential with mean
   * {@code mean}, at least 1 ms, at most half of {@code idle}.
   */
  static long cappedPingGapNanos(double u, Duration mean, Duration idle) {
    double nanos = -Math.log(1 - u) * mean.toNanos();
    long cap = Math.max(1_000_000L, idle.toNanos() / 2);
    return Math.clamp((long) nanos, 1_000_000L, cap);
  }
}
