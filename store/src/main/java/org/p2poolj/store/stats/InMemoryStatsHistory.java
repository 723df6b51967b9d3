package org.p2poolj.store.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link StatsHistory} in memory, for tests and for running without a data directory. */
public final class InMemoryStatsHistory implements StatsHistory {
  private final Map<String, List<StatsPoint>> streams = new HashMap<>();
  private final RetentionPolicy policy;

  public InMemoryStatsHistory(RetentionPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void record(String stream, long timeMillis, double value) {
    if (Double.isFinite(value)) {
      add(stream, StatsPoint.scalar(timeMillis, value));
    }
  }

  @Override
  public void record(String stream, long timeMillis, Map<String, Double> values) {
    Map<String, Double> finite = StatsHistory.finiteOnly(values);
    if (!finite.isEmpty()) {
      add(stream, StatsPoint.raw(timeMillis, finite));
    }
  }

  private synchronized void add(String stream, StatsPoint p) {
    streams.computeIfAbsent(stream, s -> new ArrayList<>()).add(p);
  }

  @Override
  public synchronized List<StatsPoint> query(String stream, long fromMillis, long toMillis) {
    return streams.getOrDefault(stream, List.of()).stream()
        .filter(p -> p.timeMillis() >= fromMillis && p.timeMillis() < toMillis)
        .sorted(Comparator.comparingLong(StatsPoint::timeMillis))
        .toList();
  }

  @Override
  public synchronized void prune(long nowMillis) {
    streams.replaceAll((s, points) -> new ArrayList<>(Pruner.prune(points, policy, nowMillis)));
  }
}
