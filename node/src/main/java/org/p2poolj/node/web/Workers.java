package org.p2poolj.node.web;

import java.time.Instant;
import org.p2poolj.stratum.stats.WorkerSnapshot;
import org.p2poolj.web.view.WorkerStats;

/** Stratum worker snapshots as the web shows them. */
final class Workers {
  private Workers() {}

  /**
   * @param hashesPerDifficulty hashes per unit of stratum difficulty on this coin
   * @param shareRate seconds between pseudoshares that vardiff steers towards
   */
  static WorkerStats toView(WorkerSnapshot s, double hashesPerDifficulty, double shareRate) {
    long submits = s.accepted() + s.stale();
    double dead = submits == 0 ? 0 : s.hashrate() * s.stale() / submits;
    // The server does not expose each session's target; vardiff holds a session near one
    // pseudoshare per shareRate seconds, so the difficulty follows from the measured rate.
    double difficulty = s.hashrate() * shareRate / hashesPerDifficulty;
    String payout = s.payoutAddress() == null ? "" : s.payoutAddress();
    return new WorkerStats(
        s.worker(),
        payout,
        s.hashrate(),
        dead,
        difficulty,
        s.accepted(),
        s.rejected() + s.stale(),
        s.shares(),
        1,
        Instant.ofEpochMilli(s.lastSubmitMillis()));
  }
}
