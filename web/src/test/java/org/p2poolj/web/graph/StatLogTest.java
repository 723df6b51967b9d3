package org.p2poolj.web.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.p2poolj.web.fake.FakeNodeView;

class StatLogTest {
  private final FakeNodeView view = new FakeNodeView(Clock.systemUTC(), 4);

  @Test
  void keepsADayOfSnapshotsWithTheReferenceFields() {
    StatLog log = new StatLog();
    double t0 = 1_750_000_000;
    for (int i = 0; i < 300; i++) {
      log.sample(view, t0 + i * StatLog.PERIOD_SECONDS);
    }
    double last = t0 + 299 * StatLog.PERIOD_SECONDS;
    assertThat(log.entries()).hasSize(24 * 12 + 1);
    assertThat(log.entries())
        .allSatisfy(e -> assertThat((Double) e.get("time")).isGreaterThanOrEqualTo(last - 86400));
    Map<String, Object> e = log.entries().getLast();
    assertThat(e)
        .containsOnlyKeys(
            "time",
            "pool_hash_rate",
            "pool_stale_prop",
            "local_hash_rates",
            "local_dead_hash_rates",
            "shares",
            "stale_shares",
            "stale_shares_breakdown",
            "current_payout",
            "peers",
            "attempts_to_share",
            "attempts_to_block",
            "block_value");
    assertThat(e.get("current_payout"))
        .isEqualTo(view.currentPayouts().get(FakeNodeView.NODE_ADDRESS));
    assertThat(e.get("stale_shares")).isEqualTo(3L);
  }

  @Test
  void shortChainIsNotLoggedAndJsonRoundTrips() {
    StatLog log = new StatLog();
    view.setHeight(5);
    log.sample(view, 1_750_000_000);
    assertThat(log.entries()).isEmpty();
    view.setHeight(100);
    log.sample(view, 1_750_000_000);
    StatLog again = new StatLog();
    again.load(log.toJson());
    assertThat(again.toJson()).isEqualTo(log.toJson());
    assertThatThrownBy(() -> again.load("[1,2]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> again.load("[{\"x\":1}]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
