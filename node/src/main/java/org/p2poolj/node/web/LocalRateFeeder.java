package org.p2poolj.node.web;

import java.util.List;
import org.p2poolj.web.graph.GraphRecorder;
import org.p2poolj.web.view.WorkerStats;

/**
 * Feeds the local hash-rate graph streams from the stratum workers' measured rates. The reference
 * records every pseudoshare as it arrives; the stratum server keeps those counts per worker
 * instead, so each tick files {@code rate x elapsed} of work per worker, which bins to the same
 * rates.
 */
final class LocalRateFeeder {
  private final GraphRecorder recorder;
  private double lastTick = Double.NaN;

  LocalRateFeeder(GraphRecorder recorder) {
    this.recorder = recorder;
  }

  /** Files the work done since the previous tick; the first tick only sets the clock. */
  synchronized void tick(double nowSeconds, List<WorkerStats> workers) {
    double dt = Double.isNaN(lastTick) ? 0 : nowSeconds - lastTick;
    lastTick = nowSeconds;
    if (dt <= 0) {
      return;
    }
    for (WorkerStats w : workers) {
      double dead = Math.min(w.deadHashRate(), w.hashRate());
      double good = w.hashRate() - dead;
      if (good > 0) {
        recorder.pseudoshare(nowSeconds, good * dt, false, w.name());
      }
      if (dead > 0) {
        recorder.pseudoshare(nowSeconds, dead * dt, true, w.name());
      }
    }
  }
}
