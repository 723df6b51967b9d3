package org.p2poolj.store.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Durable time series for the dashboard graphs, so charts survive a restart. Streams are named by
 * the caller (e.g. {@code local_hash_rate}, {@code pool_rates}); a sample is a number or a small
 * key-to-number map. Non-finite numbers are dropped, because a chart cannot draw them.
 */
public interface StatsHistory {

  /** Records a scalar sample. */
  void record(String stream, long timeMillis, double value);

  /** Records a keyed sample (e.g. hash rate per miner). */
  void record(String stream, long timeMillis, Map<String, Double> values);

  /** The points of a stream with {@code from <= time < to}, oldest first, at every resolution. */
  List<StatsPoint> query(String stream, long fromMillis, long toMillis);

  /** Downsamples and deletes old points according to the retention policy. */
  void prune(long nowMillis);

  /** Drops the non-finite entries of a sample; empty when nothing is left to record. */
  static Map<String, Double> finiteOnly(Map<String, Double> values) {
    boolean allFinite = true;
    for (Double v : values.values()) {
      allFinite &= v != null && Double.isFinite(v);
    }
    if (allFinite) {
      return Map.copyOf(values);
    }
    Map<String, Double> kept = new HashMap<>();
    values.forEach(
        (k, v) -> {
          if (v != null && Double.isFinite(v)) {
            kept.put(k, v);
          }
        });
    return Map.copyOf(kept);
  }
}
