package org.p2poolj.stratum.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** All workers' statistics, keyed by worker name; thread-safe. */
public final class WorkerStatsBook {
  private final long windowMillis;
  private final int buckets;
  private final Map<String, WorkerStats> workers = new ConcurrentHashMap<>();

  /** A ten-minute window in ten buckets. */
  public WorkerStatsBook() {
    this(600_000, 10);
  }

  public WorkerStatsBook(long windowMillis, int buckets) {
    if (windowMillis <= 0 || buckets <= 0) {
      throw new IllegalArgumentException("window and buckets must be positive");
    }
    this.windowMillis = windowMillis;
    this.buckets = buckets;
  }

  private WorkerStats of(String worker) {
    return workers.computeIfAbsent(worker, k -> new WorkerStats(k, windowMillis, buckets));
  }

  public void accepted(
      String worker,
      long nowMillis,
      double expectedAttempts,
      boolean share,
      boolean block,
      String payout) {
    of(worker).accepted(nowMillis, expectedAttempts, share, block, payout);
  }

  public void rejected(String worker, long nowMillis, boolean stale) {
    of(worker).rejected(nowMillis, stale);
  }

  /** Every worker's snapshot, sorted by name. */
  public List<WorkerSnapshot> snapshot(long nowMillis) {
    List<WorkerSnapshot> out = new ArrayList<>(workers.size());
    for (WorkerStats s : workers.values()) {
      out.add(s.snapshot(nowMillis));
    }
    out.sort(Comparator.comparing(WorkerSnapshot::worker));
    return out;
  }

  /** The sum of every worker's estimate: the node's local hash rate. */
  public double totalHashrate(long nowMillis) {
    double sum = 0;
    for (WorkerStats s : workers.values()) {
      sum += s.snapshot(nowMillis).hashrate();
    }
    return sum;
  }
}
