package org.p2poolj.store.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Averages points into fixed buckets, weighting each point by how many raw samples it already
 * stands for, so merging in several passes gives the same result as merging once.
 *
 * <p>A key missing from a point counts as 0 for that point: the streams are rates (a miner absent
 * from a sample had no hash rate then), so the bucket average stays a true time average.
 */
public final class Downsampler {
  private Downsampler() {}

  /** The start of the bucket of {@code resolutionSeconds} that holds {@code timeMillis}. */
  public static long bucketStart(long timeMillis, int resolutionSeconds) {
    long width = resolutionSeconds * 1000L;
    return Math.floorDiv(timeMillis, width) * width;
  }

  /** Merges points (of one stream) into buckets of {@code resolutionSeconds}, in time order. */
  public static List<StatsPoint> merge(List<StatsPoint> points, int resolutionSeconds) {
    if (resolutionSeconds <= 0) {
      throw new IllegalArgumentException("bucket width must be positive: " + resolutionSeconds);
    }
    Map<Long, List<StatsPoint>> buckets = new TreeMap<>();
    for (StatsPoint p : points) {
      buckets
          .computeIfAbsent(bucketStart(p.timeMillis(), resolutionSeconds), k -> new ArrayList<>())
          .add(p);
    }
    List<StatsPoint> out = new ArrayList<>(buckets.size());
    for (Map.Entry<Long, List<StatsPoint>> e : buckets.entrySet()) {
      out.add(average(e.getKey(), resolutionSeconds, e.getValue()));
    }
    return out;
  }

  private static StatsPoint average(long start, int resolutionSeconds, List<StatsPoint> points) {
    long samples = 0;
    Map<String, Double> sums = new HashMap<>();
    for (StatsPoint p : points) {
      samples += p.samples();
      for (Map.Entry<String, Double> kv : p.values().entrySet()) {
        sums.merge(kv.getKey(), kv.getValue() * p.samples(), Double::sum);
      }
    }
    Map<String, Double> avg = new HashMap<>();
    for (Map.Entry<String, Double> kv : sums.entrySet()) {
      avg.put(kv.getKey(), kv.getValue() / samples);
    }
    int n = (int) Math.min(Integer.MAX_VALUE, samples);
    return new StatsPoint(start, resolutionSeconds, n, avg);
  }
}
