package org.p2poolj.web.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.PoolStats;

/**
 * Formats the console status line, e.g. {@code Pool: 1.23 MH/s Local: 456 kH/s (stale 2.1%) Shares:
 * 12 (1 orphan, 0 dead) Peers: 3 in / 6 out Payout: 1.2345 LTC Best: 34ca14ff…}. Pure: same view,
 * same line.
 */
public final class StatusLine {
  private StatusLine() {}

  public static String format(NodeView view) {
    PoolStats pool = view.pool();
    Optional<LocalStats> local = view.local();
    StringBuilder sb = new StringBuilder();
    sb.append("Pool: ").append(Units.hashRate(pool.poolHashRate()));
    double localRate = local.map(LocalStats::localHashRate).orElse(0.0);
    double dead = local.map(LocalStats::localDeadHashRate).orElse(0.0);
    sb.append("  Local: ").append(Units.hashRate(localRate));
    if (localRate > 0) {
      sb.append(String.format(Locale.ROOT, " (stale %.1f%%)", 100 * dead / localRate));
    }
    long total = local.map(LocalStats::sharesTotal).orElse(0L);
    long orphan = local.map(LocalStats::sharesOrphan).orElse(0L);
    long deadShares = local.map(LocalStats::sharesDead).orElse(0L);
    sb.append(
        String.format(Locale.ROOT, "  Shares: %d (%d orphan, %d dead)", total, orphan, deadShares));
    List<PeerInfo> peers = view.peers();
    long in = peers.stream().filter(PeerInfo::incoming).count();
    sb.append(String.format(Locale.ROOT, "  Peers: %d in / %d out", in, peers.size() - in));
    Map<String, Double> payouts = view.currentPayouts();
    double payout =
        view.payoutAddresses().stream().mapToDouble(a -> payouts.getOrDefault(a, 0.0)).sum();
    sb.append(String.format(Locale.ROOT, "  Payout: %.4f %s", payout, view.info().symbol()));
    pool.bestShare()
        .ifPresentOrElse(
            h -> sb.append("  Best: ").append(h.toHex(), 0, 8).append('\u2026'),
            () -> sb.append("  Best: none"));
    if (local.isPresent() && !local.get().warnings().isEmpty()) {
      sb.append("  WARNING: ").append(String.join("; ", local.get().warnings()));
    }
    return sb.toString();
  }
}
