package org.p2poolj.node.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.p2poolj.stratum.stats.WorkerSnapshot;
import org.p2poolj.web.view.WorkerStats;

class WorkersTest {
  @Test
  void deadRateIsTheStaleShareOfSubmitsAndDifficultyFollowsTheRate() {
    WorkerSnapshot s = new WorkerSnapshot("addr.rig", "addr", 30, 2, 10, 1, 0, 65536.0 * 4, 5000);
    // Scrypt: one unit of stratum difficulty is 2^32 / 65536 hashes.
    WorkerStats w = Workers.toView(s, 65536, 15);
    assertThat(w.name()).isEqualTo("addr.rig");
    assertThat(w.deadHashRate()).isCloseTo(65536.0 * 4 * 10 / 40, within(1e-9));
    assertThat(w.difficulty()).isCloseTo(4 * 15, within(1e-9));
    assertThat(w.acceptedPseudoshares()).isEqualTo(30);
    assertThat(w.rejectedPseudoshares()).isEqualTo(12);
    assertThat(w.sharesFound()).isEqualTo(1);
    assertThat(w.lastSubmit().toEpochMilli()).isEqualTo(5000);
  }

  @Test
  void aWorkerWithoutSubmitsHasNoDeadRateAndAnEmptyPayout() {
    WorkerSnapshot s = new WorkerSnapshot("x", null, 0, 0, 0, 0, 0, 0, 0);
    WorkerStats w = Workers.toView(s, 65536, 15);
    assertThat(w.deadHashRate()).isZero();
    assertThat(w.payoutAddress()).isEmpty();
  }
}
