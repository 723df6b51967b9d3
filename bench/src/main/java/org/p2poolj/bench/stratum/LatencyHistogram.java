package org.p2poolj.bench.stratum;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free latency counts in 10 µs buckets up to 2 s (slower values land in the last one). */
final class LatencyHistogram {
  private static final int BUCKET_MICROS = 10;
  private static final int BUCKETS = 200_000;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final LongAdder total = new LongAdder();
  private volatile long maxMicros;

  void record(long micros) {
    int b = (int) Math.min(BUCKETS - 1, Math.max(0, micros / BUCKET_MICROS));
    counts.incrementAndGet(b);
    total.increment();
    if (micros > maxMicros) {
      synchronized (this) {
        maxMicros = Math.max(maxMicros, micros);
      }
    }
  }

  long count() {
    return total.sum();
  }

  long maxMicros() {
    return maxMicros;
  }

  /** The upper edge of the bucket holding the {@code q} quantile, in microseconds. */
  long quantileMicros(double q) {
    long n = total.sum();
    if (n == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(q * n);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return (long) (i + 1) * BUCKET_MICROS;
      }
    }
    return maxMicros;
  }
}
