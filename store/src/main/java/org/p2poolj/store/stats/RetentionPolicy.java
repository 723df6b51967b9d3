package org.p2poolj.store.stats;

import java.time.Duration;
import java.util.List;

/**
 * How long points are kept at each resolution. Points of tier {@code i} older than its {@code keep}
 * are averaged into buckets of tier {@code i + 1}; the last tier's old points are deleted. The
 * first tier holds raw samples (resolution 0).
 */
public record RetentionPolicy(List<Tier> tiers) {

  /**
   * @param resolutionSeconds 0 for raw samples, else the bucket width
   * @param keep how long points stay at this resolution
   */
  public record Tier(int resolutionSeconds, Duration keep) {}

  /** Raw for a day, 5-minute averages for a month, hourly averages for a year. */
  public static final RetentionPolicy DEFAULT =
      new RetentionPolicy(
          List.of(
              new Tier(0, Duration.ofDays(1)),
              new Tier(300, Duration.ofDays(30)),
              new Tier(3600, Duration.ofDays(365))));

  public RetentionPolicy {
    tiers = List.copyOf(tiers);
    if (tiers.isEmpty() || tiers.getFirst().resolutionSeconds() != 0) {
      throw new IllegalArgumentException("the first tier must hold raw samples (resolution 0)");
    }
    for (int i = 1; i < tiers.size(); i++) {
      if (tiers.get(i).resolutionSeconds() <= tiers.get(i - 1).resolutionSeconds()) {
        throw new IllegalArgumentException("tier resolutions must increase: " + tiers);
      }
    }
  }
}
