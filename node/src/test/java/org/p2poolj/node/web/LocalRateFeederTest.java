package org.p2poolj.node.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.p2poolj.web.graph.BinValue;
import org.p2poolj.web.graph.GraphBin;
import org.p2poolj.web.graph.GraphDatabase;
import org.p2poolj.web.graph.GraphRecorder;
import org.p2poolj.web.graph.GraphView;
import org.p2poolj.web.view.WorkerStats;

class LocalRateFeederTest {
  private static WorkerStats worker(String name, double rate, double dead) {
    return new WorkerStats(name, "addr", rate, dead, 1, 10, 0, 0, 1, Instant.EPOCH);
  }

  // Rate x width summed over the bins is the work filed in the window.
  private static double work(GraphDatabase db, String stream, double now) {
    double sum = 0;
    for (GraphBin b : db.query(stream, GraphView.LAST_HOUR, now).orElseThrow()) {
      if (b.value() instanceof BinValue.Scalar s) {
        sum += s.value() * b.width();
      } else if (b.value() instanceof BinValue.Multi m) {
        sum += m.values().values().stream().mapToDouble(Double::doubleValue).sum() * b.width();
      }
    }
    return sum;
  }

  @Test
  void eachTickFilesRateTimesElapsedPerWorker() {
    GraphDatabase db = new GraphDatabase();
    LocalRateFeeder feeder = new LocalRateFeeder(new GraphRecorder(db));
    double t0 = 1_750_000_000;
    List<WorkerStats> workers = List.of(worker("a.1", 1000, 250), worker("b", 500, 0));
    feeder.tick(t0, workers); // sets the clock only
    assertThat(work(db, "local_hash_rate", t0 + 1)).isZero();
    feeder.tick(t0 + 10, workers);
    feeder.tick(t0 + 15, workers);
    double now = t0 + 16;
    assertThat(work(db, "local_hash_rate", now)).isCloseTo(1500 * 15, within(1e-6));
    assertThat(work(db, "local_dead_hash_rate", now)).isCloseTo(250 * 15, within(1e-6));
    assertThat(work(db, "miner_hash_rates", now)).isCloseTo(1500 * 15, within(1e-6));
    assertThat(work(db, "miner_dead_hash_rates", now)).isCloseTo(250 * 15, within(1e-6));
    assertThat(db.query("miner_hash_rates", GraphView.LAST_HOUR, now).orElseThrow())
        .anySatisfy(
            b ->
                assertThat(b.value())
                    .isInstanceOfSatisfying(
                        BinValue.Multi.class,
                        m -> assertThat(m.values().keySet()).contains("a.1", "b")));
  }

  @Test
  void aClockGoingBackFilesNothing() {
    GraphDatabase db = new GraphDatabase();
    LocalRateFeeder feeder = new LocalRateFeeder(new GraphRecorder(db));
    feeder.tick(2000, List.of(worker("a", 100, 0)));
    feeder.tick(1990, List.of(worker("a", 100, 0)));
    assertThat(work(db, "local_hash_rate", 2001)).isZero();
  }
}
