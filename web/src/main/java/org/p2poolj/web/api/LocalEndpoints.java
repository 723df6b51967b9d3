package org.p2poolj.web.api;

import static org.p2poolj.web.api.Fields.obj;
import static org.p2poolj.web.api.Fields.ratio;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.NodeInfo;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.PoolStats;

/**
 * This node's reference endpoints: {@code /local_stats}, {@code /uptime}, {@code /fee}, {@code
 * /payout_addr}, {@code /payout_addrs}.
 */
final class LocalEndpoints {
  private final NodeView view;
  private final Clock clock;

  LocalEndpoints(NodeView view, Clock clock) {
    this.view = view;
    this.clock = clock;
  }

  void register(Router r) {
    r.get("/local_stats", req -> Response.json(localStats()));
    r.get("/uptime", req -> Response.json(uptime()));
    r.get("/fee", req -> Response.json(view.info().feePercent()));
    r.get(
        "/payout_addr",
        req -> Response.json(view.payoutAddresses().stream().findFirst().orElse(null)));
    r.get("/payout_addrs", req -> Response.json(view.payoutAddresses()));
  }

  double uptime() {
    return Duration.between(view.info().startedAt(), clock.instant()).toMillis() / 1000.0;
  }

  Object localStats() {
    PoolStats pool = view.pool();
    Optional<LocalStats> maybe = view.local();
    if (pool.height() < PoolEndpoints.MIN_HEIGHT || maybe.isEmpty()) {
      return null;
    }
    LocalStats l = maybe.get();
    NodeInfo info = view.info();
    LocalStats.ShareCounts c = l.lastHour();
    double globalStale = pool.poolStaleProp();
    Double myStale = ratio(c.stale(), c.total());
    double rate = l.myShareHashRate();
    List<PeerInfo> peers = view.peers();
    long incoming = peers.stream().filter(PeerInfo::incoming).count();
    double shares = l.sharesTotal();
    return obj(
        "my_hash_rates_in_last_hour",
        obj(
            "note",
            "DEPRECATED",
            "nonstale",
            rate,
            "rewarded",
            rate / (1 - globalStale),
            "actual",
            myStale == null ? 0.0 : rate / (1 - myStale)),
        "my_share_counts_in_last_hour",
        obj(
            "shares", c.total(),
            "unstale_shares", c.unstale(),
            "stale_shares", c.stale(),
            "orphan_stale_shares", c.orphan(),
            "doa_stale_shares", c.doa()),
        "my_stale_proportions_in_last_hour",
        obj(
            "stale", myStale,
            "orphan_stale", ratio(c.orphan(), c.total()),
            "dead_stale", ratio(c.doa(), c.total())),
        "miner_hash_rates",
        l.minerHashRates(),
        "miner_dead_hash_rates",
        l.minerDeadHashRates(),
        "miner_last_difficulties",
        l.minerLastDifficulties(),
        // Dead shares are the miner's fault (they show as rejected pseudoshares), hence "perfect".
        "efficiency_if_miner_perfect",
        shares == 0 ? null : (1 - l.sharesOrphan() / shares) / (1 - globalStale),
        "efficiency",
        shares == 0 ? null : (1 - (l.sharesOrphan() + l.sharesDead()) / shares) / (1 - globalStale),
        "peers",
        obj("incoming", incoming, "outgoing", peers.size() - incoming),
        "shares",
        obj("total", l.sharesTotal(), "orphan", l.sharesOrphan(), "dead", l.sharesDead()),
        "uptime",
        uptime(),
        "attempts_to_share",
        pool.attemptsToShare(),
        "attempts_to_block",
        pool.attemptsToBlock(),
        "block_value",
        pool.blockValue(),
        "warnings",
        l.warnings(),
        "donation_proportion",
        info.donationPercent() / 100,
        "version",
        info.version(),
        "protocol_version",
        info.protocolVersion(),
        "fee",
        info.feePercent());
  }
}
