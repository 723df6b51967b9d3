package org.p2poolj.p2p.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionTimingTest {
  private static final Duration MEAN = Duration.ofSeconds(100);
  private static final Duration IDLE = Duration.ofSeconds(100);

  @Test
  void aTypicalDrawIsTheExponentialQuantile() {
    // -ln(1 - u) = 0.25: a quarter of the mean
    long gap = ConnectionTiming.cappedPingGapNanos(1 - Math.exp(-0.25), MEAN, IDLE);
    assertThat(gap).isBetween(25_000_000_000L - 1_000, 25_000_000_000L + 1_000);
  }

  @Test
  void aLongDrawIsCappedAtHalfTheIdleTimeoutSoThePeerNeverTimesOut() {
    // one whole mean (100 s) and a far tail draw: both past the 50 s cap
    assertThat(ConnectionTiming.cappedPingGapNanos(1 - Math.exp(-1), MEAN, IDLE))
        .isEqualTo(50_000_000_000L);
    assertThat(ConnectionTiming.cappedPingGapNanos(0.999999, MEAN, IDLE))
        .isEqualTo(50_000_000_000L);
  }

  @Test
  void aZeroDrawStillWaitsOneMillisecond() {
    assertThat(ConnectionTiming.cappedPingGapNanos(0.0, MEAN, IDLE)).isEqualTo(1_000_000L);
  }
}
