package org.p2poolj.stratum.submit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.p2poolj.coin.collect.BoundedMaps;

/**
 * One session's recent submits, to answer repeats with "Duplicate share". Extranonce1 is unique per
 * session, so two sessions can never submit the same header and a per-session set suffices. Holds
 * the submits of the last {@code maxJobs} jobs seen, at most {@code maxPerJob} each. Not
 * thread-safe.
 */
public final class DuplicateFilter {
  private final int maxPerJob;
  private final Map<String, Set<String>> byJob;

  public DuplicateFilter(int maxJobs, int maxPerJob) {
    this.maxPerJob = maxPerJob;
    this.byJob = BoundedMaps.lru(maxJobs);
  }

  public boolean contains(String jobId, String key) {
    Set<String> keys = byJob.get(jobId);
    return keys != null && keys.contains(key);
  }

  /**
   * Records a submit.
   *
   * @return false when this job already holds {@code maxPerJob} submits (the caller refuses more)
   */
  public boolean add(String jobId, String key) {
    Set<String> keys = byJob.computeIfAbsent(jobId, k -> new HashSet<>());
    if (keys.size() >= maxPerJob) {
      return false;
    }
    keys.add(key);
    return true;
  }
}
