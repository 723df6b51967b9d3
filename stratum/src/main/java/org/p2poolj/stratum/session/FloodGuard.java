package org.p2poolj.stratum.session;

/** A token bucket: {@code burst} lines at once, refilled at {@code perSecond}. Not thread-safe. */
public final class FloodGuard {
  private final double perMilli;
  private final double burst;
  private double tokens;
  private long lastMillis;

  public FloodGuard(double perSecond, int burst, long nowMillis) {
    this.perMilli = perSecond / 1000.0;
    this.burst = burst;
    this.tokens = burst;
    this.lastMillis = nowMillis;
  }

  /** Takes a token for one line; false when the session is flooding. */
  public boolean tryAcquire(long nowMillis) {
    long elapsed = Math.max(0, nowMillis - lastMillis);
    lastMillis = nowMillis;
    tokens = Math.min(burst, tokens + elapsed * perMilli);
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
