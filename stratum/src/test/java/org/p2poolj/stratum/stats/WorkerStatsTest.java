package org.p2poolj.stratum.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WorkerStatsTest {
  private static final long WINDOW = 600_000;

  @Test
  void aNewWorkerIsAveragedOverTheTimeSinceItsFirstSubmit() {
    WorkerStats w = new WorkerStats("a", WINDOW, 10);
    long t0 = 1_000_000;
    // One minute of work at 1,000 attempts a second, one submit a second.
    for (int s = 0; s < 60; s++) {
      w.accepted(t0 + s * 1000L, 1000, false, false, "addr");
    }
    double rate = w.snapshot(t0 + 60_000).hashrate();
    assertThat(rate).isCloseTo(1000, within(50.0));
  }

  @Test
  void aWorkerSeenLongerThanTheWindowIsAveragedOverTheWindow() {
    WorkerStats w = new WorkerStats("a", WINDOW, 10);
    long t0 = 1_000_000;
    for (int s = 0; s < 1200; s++) {
      w.accepted(t0 + s * 1000L, 500, false, false, "addr");
    }
    double rate = w.snapshot(t0 + 1_200_000).hashrate();
    assertThat(rate).isCloseTo(500, within(60.0));
  }

  @Test
  void theFirstSubmitIsNotReadAsAnEnormousRate() {
    WorkerStats w = new WorkerStats("a", WINDOW, 10);
    w.accepted(5_000_000, 20_000, false, false, "addr");
    assertThat(w.snapshot(5_000_000).hashrate())
        .isEqualTo(20_000 / (WorkerStats.MIN_SPAN_MILLIS / 1000.0));
  }
}
