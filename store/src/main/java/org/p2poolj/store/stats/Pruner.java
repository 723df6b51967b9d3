package org.p2poolj.store.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies a {@link RetentionPolicy} to the points of one stream held in memory. */
public final class Pruner {
  private Pruner() {}

  /**
   * The cutoff below which tier {@code i}'s points move on: aligned down to the next tier's bucket
   * so only whole buckets are merged, or unaligned for the last tier, whose old points are dropped.
   */
  public static long cutoff(RetentionPolicy policy, int tier, long nowMillis) {
    List<RetentionPolicy.Tier> tiers = policy.tiers();
    long edge = nowMillis - tiers.get(tier).keep().toMillis();
    return tier + 1 < tiers.size()
        ? Downsampler.bucketStart(edge, tiers.get(tier + 1).resolutionSeconds())
        : edge;
  }

  /** The stream's points after pruning at {@code nowMillis}, oldest first. */
  public static List<StatsPoint> prune(
      List<StatsPoint> points, RetentionPolicy policy, long nowMillis) {
    List<StatsPoint> current = new ArrayList<>(points);
    List<RetentionPolicy.Tier> tiers = policy.tiers();
    for (int i = 0; i < tiers.size(); i++) {
      int res = tiers.get(i).resolutionSeconds();
      long cutoff = cutoff(policy, i, nowMillis);
      List<StatsPoint> old =
          current.stream()
              .filter(p -> p.resolutionSeconds() == res && p.timeMillis() < cutoff)
              .toList();
      if (old.isEmpty()) {
        continue;
      }
      current.removeAll(old);
      if (i + 1 < tiers.size()) {
        int next = tiers.get(i + 1).resolutionSeconds();
        long firstBucket =
            Downsampler.bucketStart(
                old.stream().mapToLong(StatsPoint::timeMillis).min().orElseThrow(), next);
        List<StatsPoint> existing =
            current.stream()
                .filter(
                    p ->
                        p.resolutionSeconds() == next
                            && p.timeMillis() >= firstBucket
                            && p.timeMillis() < cutoff)
                .toList();
        current.removeAll(existing);
        List<StatsPoint> together = new ArrayList<>(old);
        together.addAll(existing);
        current.addAll(Downsampler.merge(together, next));
      }
    }
    current.sort(Comparator.comparingLong(StatsPoint::timeMillis));
    return current;
  }
}
