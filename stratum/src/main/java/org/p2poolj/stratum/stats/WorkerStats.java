package org.p2poolj.stratum.stats;

/**
 * Counters and a sliding-window hash-rate estimate for one worker. The estimate sums the expected
 * attempts of each accepted pseudoshare ({@code 2^256 / (target+1)}) over the last {@code
 * windowMillis}, in one-minute-or-smaller buckets. Like the reference's rate monitor, a worker seen
 * for less than the window is averaged over the time since its first accepted submit (at least
 * {@link #MIN_SPAN_MILLIS}), so a new miner is not reported at a fraction of its rate.
 */
public final class WorkerStats {
  static final long MIN_SPAN_MILLIS = 10_000;

  private final String key;
  private final long bucketMillis;
  private final double[] attempts;
  private final long[] bucketStart;
  private long accepted;
  private long rejected;
  private long stale;
  private long shares;
  private long blocks;
  private long lastSubmitMillis;
  private long firstAcceptedMillis = -1;
  private String payoutAddress;

  WorkerStats(String key, long windowMillis, int buckets) {
    this.key = key;
    this.bucketMillis = Math.max(1, windowMillis / buckets);
    this.attempts = new double[buckets];
    this.bucketStart = new long[buckets];
  }

  synchronized void accepted(
      long nowMillis, double expectedAttempts, boolean share, boolean block, String payout) {
    accepted++;
    if (share) {
      shares++;
    }
    if (block) {
      blocks++;
    }
    lastSubmitMillis = nowMillis;
    if (firstAcceptedMillis < 0) {
      firstAcceptedMillis = nowMillis;
    }
    payoutAddress = payout;
    long start = nowMillis - Math.floorMod(nowMillis, bucketMillis);
    int i = (int) Math.floorMod(nowMillis / bucketMillis, (long) attempts.length);
    if (bucketStart[i] != start) {
      bucketStart[i] = start;
      attempts[i] = 0;
    }
    attempts[i] += expectedAttempts;
  }

  synchronized void rejected(long nowMillis, boolean isStale) {
    if (isStale) {
      stale++;
    } else {
      rejected++;
    }
    lastSubmitMillis = nowMillis;
  }

  synchronized WorkerSnapshot snapshot(long nowMillis) {
    long window = bucketMillis * attempts.length;
    double sum = 0;
    for (int i = 0; i < attempts.length; i++) {
      if (nowMillis - bucketStart[i] < window) {
        sum += attempts[i];
      }
    }
    long span =
        firstAcceptedMillis < 0
            ? window
            : Math.min(window, Math.max(MIN_SPAN_MILLIS, nowMillis - firstAcceptedMillis));
    return new WorkerSnapshot(
        key,
        payoutAddress,
        accepted,
        rejected,
        stale,
        shares,
        blocks,
        sum / (span / 1000.0),
        lastSubmitMillis);
  }
}
