package org.p2poolj.web.api;

import static org.p2poolj.web.api.Fields.obj;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.p2poolj.web.http.Json;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PoolStats;
import org.p2poolj.web.view.StaleRates;

/**
 * Pool-wide reference endpoints: {@code /rate}, {@code /difficulty}, {@code /users}, {@code
 * /user_stales}, {@code /current_payouts}, {@code /global_stats}, {@code /stale_rates}.
 */
final class PoolEndpoints {
  /** The reference answers null for global and local stats below this chain height. */
  static final long MIN_HEIGHT = 10;

  private static final String PATRON_USAGE = "need total argument. go to patron_sendmany/<TOTAL>";

  /** The reference's default truncation: 0.01 coin. */
  private static final String DEFAULT_TRUNC = "0.01";

  private final NodeView view;
  private final Random random;

  PoolEndpoints(NodeView view, Random random) {
    this.view = view;
    this.random = random;
  }

  void register(Router r) {
    r.get("/rate", req -> Response.json(view.pool().rate()));
    r.get("/difficulty", req -> Response.json(view.pool().minDifficulty()));
    r.get("/users", req -> Response.json(view.users()));
    r.get("/user_stales", req -> Response.json(view.userStales()));
    r.get("/current_payouts", req -> Response.json(view.currentPayouts()));
    r.get("/global_stats", req -> Response.json(globalStats()));
    r.get("/stale_rates", req -> Response.json(staleRates(view.staleRates())));
    r.get("/patron_sendmany", req -> Response.text(TEXT, PATRON_USAGE));
    r.get("/patron_sendmany/{total}", req -> patron(req.param("total"), DEFAULT_TRUNC));
    r.get(
        "/patron_sendmany/{total}/{trunc}", req -> patron(req.param("total"), req.param("trunc")));
  }

  /** The reference serves this JSON as text/plain. */
  private static final String TEXT = "text/plain; charset=utf-8";

  private Response patron(String total, String trunc) {
    Map<String, Long> split;
    synchronized (random) {
      split =
          PatronSendmany.split(
              view.currentPayouts(),
              PatronSendmany.satoshis(total),
              PatronSendmany.satoshis(trunc),
              random);
    }
    Map<String, Double> coins = new LinkedHashMap<>();
    split.forEach((a, v) -> coins.put(a, v / 1e8));
    return Response.text(TEXT, Json.string(coins));
  }

  Object globalStats() {
    PoolStats p = view.pool();
    if (p.height() < MIN_HEIGHT) {
      return null;
    }
    return obj(
        "pool_nonstale_hash_rate", p.poolNonstaleHashRate(),
        "pool_hash_rate", p.poolHashRate(),
        "pool_stale_prop", p.poolStaleProp(),
        "min_difficulty", p.minDifficulty(),
        "network_block_difficulty", p.networkBlockDifficulty(),
        "network_hashrate", p.networkHashrate());
  }

  static Object staleRates(StaleRates s) {
    return obj("good", s.good(), "orphan", s.orphan(), "doa", s.doa());
  }
}
