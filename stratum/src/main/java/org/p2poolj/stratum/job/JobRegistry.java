package org.p2poolj.stratum.job;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent jobs by id, so late submits for the same block are still accepted while submits for an
 * older block are told they are stale. Jobs leave after {@code maxAgeMillis} or when more than
 * {@code maxJobs} are held. Thread-safe: lookups are lock-free, registration is serialised.
 */
public final class JobRegistry {
  private final long maxAgeMillis;
  private final int maxJobs;
  private final Map<String, StratumJob> byId = new ConcurrentHashMap<>();
  private final ArrayDeque<StratumJob> order = new ArrayDeque<>();
  private volatile long blockGeneration;

  public JobRegistry(long maxAgeMillis, int maxJobs) {
    if (maxAgeMillis <= 0 || maxJobs <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxAgeMillis = maxAgeMillis;
    this.maxJobs = maxJobs;
  }

  /** Marks every job registered so far as stale (the previous block changed). */
  public synchronized long newBlock() {
    return ++blockGeneration;
  }

  public long blockGeneration() {
    return blockGeneration;
  }

  public synchronized void register(StratumJob job, long nowMillis) {
    if (byId.putIfAbsent(job.jobId(), job) != null) {
      throw new IllegalArgumentException("duplicate job id " + job.jobId());
    }
    order.addLast(job);
    prune(nowMillis);
  }

  private void prune(long nowMillis) {
    while (!order.isEmpty()
        && (order.size() > maxJobs
            || nowMillis - order.peekFirst().createdAtMillis() > maxAgeMillis)) {
      byId.remove(order.removeFirst().jobId());
    }
  }

  /** Drops expired jobs; called periodically so an idle registry does not hold old work. */
  public synchronized void expire(long nowMillis) {
    prune(nowMillis);
  }

  public JobLookup lookup(String jobId, long nowMillis) {
    StratumJob job = jobId == null ? null : byId.get(jobId);
    if (job == null || nowMillis - job.createdAtMillis() > maxAgeMillis) {
      return new JobLookup.Missing();
    }
    if (job.blockGeneration() < blockGeneration) {
      return new JobLookup.Stale(job);
    }
    return new JobLookup.Current(job);
  }

  public boolean contains(String jobId) {
    return byId.containsKey(jobId);
  }

  public int size() {
    return byId.size();
  }
}
