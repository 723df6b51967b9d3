package org.p2poolj.store.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link StatsHistory} must do; subclasses supply the implementation. */
public abstract class StatsHistoryContract {
  protected static final long DAY = Duration.ofDays(1).toMillis();
  protected static final long T0 = 1_763_000_000_000L;

  /** An empty history with {@link RetentionPolicy#DEFAULT}. */
  protected abstract StatsHistory history();

  @Test
  void queryReturnsTheHalfOpenRangeOldestFirst() {
    StatsHistory h = history();
    h.record("rate", T0 + 3000, 3.0);
    h.record("rate", T0 + 1000, 1.0);
    h.record("rate", T0 + 2000, 2.0);
    h.record("other", T0 + 2000, 99.0);

    List<StatsPoint> got = h.query("rate", T0 + 1000, T0 + 3000);

    assertThat(got).extracting(StatsPoint::value).containsExactly(1.0, 2.0);
    assertThat(got).allMatch(p -> p.resolutionSeconds() == 0 && p.samples() == 1);
  }

  @Test
  void keyedSamplesRoundTrip() {
    StatsHistory h = history();
    Map<String, Double> rates = Map.of("LWminer1", 1.5e9, "ltc1qminer2", 0.25, "value2", 7.0);
    h.record("miner_hash_rates", T0, rates);

    StatsPoint p = h.query("miner_hash_rates", T0, T0 + 1).getFirst();

    assertThat(p.values()).isEqualTo(rates);
    assertThat(p.isScalar()).isFalse();
  }

  @Test
  void nonFiniteNumbersAreDropped() {
    StatsHistory h = history();
    h.record("rate", T0, Double.NaN);
    h.record("rate", T0 + 1, Double.POSITIVE_INFINITY);
    h.record("rates", T0, Map.of("a", Double.NaN, "b", 2.0));
    h.record("rates", T0 + 1, Map.of("a", Double.NEGATIVE_INFINITY));

    assertThat(h.query("rate", T0, T0 + 10)).isEmpty();
    assertThat(h.query("rates", T0, T0 + 10))
        .singleElement()
        .extracting(StatsPoint::values)
        .isEqualTo(Map.of("b", 2.0));
  }

  @Test
  void pruneKeepsRecentRawSamplesAndAveragesOlderOnesIntoFiveMinuteBuckets() {
    StatsHistory h = history();
    long now = T0 + 2 * DAY;
    // Old samples: every 30 s for one hour starting exactly two days ago, value = minute index.
    long oldStart = Math.floorDiv(now - 2 * DAY, 3_600_000L) * 3_600_000L;
    for (int i = 0; i < 120; i++) {
      h.record("rate", oldStart + i * 30_000L, (double) (i / 2));
    }
    h.record("rate", now - 1000, 42.0);

    h.prune(now);

    List<StatsPoint> got = h.query("rate", 0, Long.MAX_VALUE);
    assertThat(got).hasSize(12 + 1);
    for (int b = 0; b < 12; b++) {
      StatsPoint p = got.get(b);
      assertThat(p.timeMillis()).isEqualTo(oldStart + b * 300_000L);
      assertThat(p.resolutionSeconds()).isEqualTo(300);
      assertThat(p.samples()).isEqualTo(10);
      // Minutes 5b..5b+4, each sampled twice: the mean is 5b + 2.
      assertThat(p.value()).isEqualTo(5.0 * b + 2);
    }
    assertThat(got.getLast().resolutionSeconds()).isZero();
    assertThat(got.getLast().value()).isEqualTo(42.0);
  }

  @Test
  void pruneRollsMonthOldBucketsIntoHoursAndDropsYearOldOnes() {
    StatsHistory h = history();
    long now = T0 + 400 * DAY;
    long hour = 3_600_000L;
    long monthsAgo = Math.floorDiv(now - 40 * DAY, hour) * hour;
    for (int i = 0; i < 60; i++) {
      h.record("rate", monthsAgo + i * 60_000L, i < 30 ? 1.0 : 3.0);
    }
    h.record("rate", now - 390 * DAY, 5.0);

    h.prune(now);

    List<StatsPoint> got = h.query("rate", 0, Long.MAX_VALUE);
    assertThat(got)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.timeMillis()).isEqualTo(monthsAgo);
              assertThat(p.resolutionSeconds()).isEqualTo(3600);
              assertThat(p.samples()).isEqualTo(60);
              assertThat(p.value()).isEqualTo(2.0);
            });
  }

  @Test
  void pruningTwiceChangesNothingMore() {
    StatsHistory h = history();
    long now = T0 + 3 * DAY;
    for (int i = 0; i < 500; i++) {
      h.record("rates", now - 2 * DAY + i * 7_000L, Map.of("good", (double) i, "doa", 1.0));
    }
    h.prune(now);
    List<StatsPoint> once = h.query("rates", 0, Long.MAX_VALUE);
    h.prune(now);

    assertThat(h.query("rates", 0, Long.MAX_VALUE)).isEqualTo(once);
    assertThat(once).allMatch(p -> p.resolutionSeconds() == 300);
  }

  @Test
  void aLateSampleMergesIntoItsExistingBucket() {
    StatsHistory h = history();
    long now = T0 + 3 * DAY;
    long bucket = Math.floorDiv(now - 2 * DAY, 300_000L) * 300_000L;
    h.record("rate", bucket + 1000, 2.0);
    h.record("rate", bucket + 2000, 4.0);
    h.prune(now);
    h.record("rate", bucket + 3000, 9.0);
    h.prune(now + 1000);

    assertThat(h.query("rate", 0, Long.MAX_VALUE))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.samples()).isEqualTo(3);
              assertThat(p.value()).isEqualTo(5.0);
            });
  }
}
