package org.p2poolj.store.stats;

import java.util.Map;
import java.util.Objects;

/**
 * One point of a stream: a raw sample ({@code resolutionSeconds == 0}) or the average of {@code
 * samples} raw samples over the bucket of {@code resolutionSeconds} that starts at {@code
 * timeMillis}. A scalar stream keeps its number under {@link #VALUE}.
 */
public record StatsPoint(
    long timeMillis, int resolutionSeconds, int samples, Map<String, Double> values) {
  /** The key a scalar sample is stored under. */
  public static final String VALUE = "value";

  public StatsPoint {
    Objects.requireNonNull(values, "values");
    if (resolutionSeconds < 0 || samples < 1) {
      throw new IllegalArgumentException(
          "bad point: resolution " + resolutionSeconds + " s, " + samples + " samples");
    }
    values = Map.copyOf(values);
  }

  public static StatsPoint raw(long timeMillis, Map<String, Double> values) {
    return new StatsPoint(timeMillis, 0, 1, values);
  }

  public static StatsPoint scalar(long timeMillis, double value) {
    return raw(timeMillis, Map.of(VALUE, value));
  }

  /** The scalar value, or NaN when this stream is keyed. */
  public double value() {
    Double v = values.get(VALUE);
    return v == null ? Double.NaN : v;
  }

  /** True when this point is just a scalar under {@link #VALUE}. */
  public boolean isScalar() {
    return values.size() == 1 && values.containsKey(VALUE);
  }
}
