package org.p2poolj.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.p2poolj.web.fake.FakeNodeView;

class StatusLineTest {
  @Test
  void summarisesTheNode() {
    FakeNodeView view = new FakeNodeView(Clock.systemUTC(), 5);
    String line = StatusLine.format(view);
    double local = view.local().orElseThrow().localHashRate();
    double dead = view.local().orElseThrow().localDeadHashRate();
    assertThat(line)
        .startsWith(
            "Pool: "
                + Units.hashRate(view.pool().poolHashRate())
                + "  Local: "
                + Units.hashRate(local))
        .contains(String.format(java.util.Locale.ROOT, "(stale %.1f%%)", 100 * dead / local))
        .contains("Shares: 14 (2 orphan, 1 dead)")
        .contains("Peers: 3 in / 6 out")
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "Payout: %.4f tLTC",
                view.currentPayouts().get(FakeNodeView.NODE_ADDRESS)))
        .contains(
            "Best: " + view.pool().bestShare().orElseThrow().toHex().substring(0, 8) + "\u2026")
        .contains("WARNING: " + view.local().orElseThrow().warnings().get(0));
    assertThat(StatusLine.format(view)).isEqualTo(line);
  }

  @Test
  void aFreshNodeHasNoLocalFigures() {
    FakeNodeView view = new FakeNodeView(Clock.systemUTC(), 5);
    view.setHeight(3);
    assertThat(StatusLine.format(view))
        .contains("Local: 0 H/s  Shares: 0 (0 orphan, 0 dead)")
        .doesNotContain("WARNING");
  }

  @Test
  void reporterEmitsLinesAndSurvivesAFailingProducer() throws InterruptedException {
    List<String> lines = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    StatusReporter r =
        new StatusReporter(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first call fails");
              }
              return "line " + calls.get();
            },
            lines::add,
            Duration.ofMillis(20));
    r.start();
    r.start();
    for (int i = 0; i < 500 && lines.size() < 2; i++) {
      Thread.sleep(10);
    }
    r.stop();
    r.stop();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    assertThat(lines.get(0)).isEqualTo("line 2");
  }
}
