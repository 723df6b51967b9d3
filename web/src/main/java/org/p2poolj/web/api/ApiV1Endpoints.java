package org.p2poolj.web.api;

import static org.p2poolj.web.api.Fields.obj;
import static org.p2poolj.web.api.Fields.orNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.view.BanInfo;
import org.p2poolj.web.view.HealthStatus;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.SyncStatus;
import org.p2poolj.web.view.WorkerStats;

/**
 * Our own versioned API for what the reference lacks: {@code /api/v1/workers}, {@code bans}, {@code
 * sync}, {@code health}, {@code peers}. Field names are snake_case like the reference's; times are
 * Unix seconds. New fields may be added within v1, none removed or renamed.
 */
final class ApiV1Endpoints {
  /** A template older than this means the daemon link is stuck (blocks come every 150 s on LTC). */
  static final double STALE_TEMPLATE_SECONDS = 120;

  private final NodeView view;

  ApiV1Endpoints(NodeView view) {
    this.view = view;
  }

  void register(Router r) {
    r.get(
        "/api/v1",
        req ->
            Response.json(
                List.of(
                    "/api/v1/workers",
                    "/api/v1/bans",
                    "/api/v1/sync",
                    "/api/v1/health",
                    "/api/v1/peers")));
    r.get(
        "/api/v1/workers",
        req -> Response.json(view.workers().stream().map(ApiV1Endpoints::worker).toList()));
    r.get(
        "/api/v1/bans",
        req -> Response.json(view.bans().stream().map(ApiV1Endpoints::ban).toList()));
    r.get("/api/v1/sync", req -> Response.json(sync(view.sync())));
    r.get("/api/v1/health", req -> Response.json(health()));
    r.get(
        "/api/v1/peers",
        req -> Response.json(view.peers().stream().map(ApiV1Endpoints::peer).toList()));
  }

  private static double seconds(Instant t) {
    return t.toEpochMilli() / 1000.0;
  }

  static Map<String, Object> worker(WorkerStats w) {
    return obj(
        "name", w.name(),
        "payout_address", w.payoutAddress(),
        "hash_rate", w.hashRate(),
        "dead_hash_rate", w.deadHashRate(),
        "difficulty", w.difficulty(),
        "accepted_pseudoshares", w.acceptedPseudoshares(),
        "rejected_pseudoshares", w.rejectedPseudoshares(),
        "shares_found", w.sharesFound(),
        "sessions", w.sessions(),
        "last_submit", seconds(w.lastSubmit()));
  }

  static Map<String, Object> ban(BanInfo b) {
    return obj("host", b.host(), "reason", b.reason(), "until", seconds(b.until()));
  }

  static Map<String, Object> peer(PeerInfo p) {
    return obj(
        "address", p.endpoint(),
        "host", p.host(),
        "port", p.port(),
        "direction", p.incoming() ? "in" : "out",
        "sub_version", p.subVersion(),
        "protocol_version", p.protocolVersion(),
        "ping_ms", orNull(p.pingMs()),
        "txpool_size", p.txpoolSize(),
        "connected_since", seconds(p.connectedSince()));
  }

  static Map<String, Object> sync(SyncStatus s) {
    return obj(
        "synced", s.synced(),
        "share_chain_height", s.shareChainHeight(),
        "share_chain_target", s.shareChainTarget(),
        "share_chain_progress", s.shareChainProgress(),
        "pending_share_requests", s.pendingShareRequests(),
        "daemon_blocks", s.daemonBlocks(),
        "daemon_headers", s.daemonHeaders(),
        "daemon_progress", s.daemonProgress(),
        "daemon_initial_block_download", s.daemonInitialBlockDownload());
  }

  /**
   * {@code status} is {@code down} when the daemon is unreachable (no work for miners), {@code
   * degraded} when something else is wrong (listed in {@code problems}), else {@code ok}.
   */
  Map<String, Object> health() {
    HealthStatus h = view.health();
    SyncStatus s = view.sync();
    int peers = view.peers().size();
    List<String> problems = new ArrayList<>();
    if (!h.daemonConnected()) {
      problems.add("coin daemon unreachable");
    }
    if (h.templateAgeSeconds().isEmpty()) {
      problems.add("no block template yet");
    } else if (h.templateAgeSeconds().getAsDouble() > STALE_TEMPLATE_SECONDS) {
      problems.add(
          String.format(
              java.util.Locale.ROOT,
              "block template is %.0f s old",
              h.templateAgeSeconds().getAsDouble()));
    }
    if (peers == 0) {
      problems.add("no p2pool peers");
    }
    if (!s.synced()) {
      problems.add("still syncing");
    }
    String status = !h.daemonConnected() ? "down" : problems.isEmpty() ? "ok" : "degraded";
    return obj(
        "status", status,
        "problems", problems,
        "daemon_connected", h.daemonConnected(),
        "template_age_seconds", orNull(h.templateAgeSeconds()),
        "rpc_latency_ms", orNull(h.rpcLatencyMs()),
        "stratum_sessions", h.stratumSessions(),
        "peers", peers,
        "synced", s.synced());
  }
}
