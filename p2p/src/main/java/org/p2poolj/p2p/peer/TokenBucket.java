package org.p2poolj.p2p.peer;

import java.util.function.LongSupplier;

/**
 * A token bucket used to spot request floods: {@code capacity} requests at once, refilled at {@code
 * perSecond}. Time comes from an injected nano clock. Thread-safe.
 */
public final class TokenBucket {
  private final double capacity;
  private final double perNano;
  private final LongSupplier nanoTime;
  private double tokens;
  private long last;

  public TokenBucket(int capacity, double perSecond, LongSupplier nanoTime) {
    if (capacity < 1 || perSecond < 0) {
      throw new IllegalArgumentException("bad bucket: " + capacity + ", " + perSecond);
    }
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.nanoTime = nanoTime;
    this.tokens = capacity;
    this.last = nanoTime.getAsLong();
  }

  /** Takes one token if there is one. */
  public synchronized boolean tryTake() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(capacity, tokens + (now - last) * perNano);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
