package org.p2poolj.web.graph;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.PoolStats;

/**
 * The reference's {@code /web/log}: a snapshot of the node's figures every five minutes, the last
 * 24 hours kept. Thread-safe. Serialises to JSON so it survives a restart like the graphs.
 */
public final class StatLog {
  /** Snapshot period the front end uses, as the reference. */
  public static final double PERIOD_SECONDS = 5 * 60;

  private static final double KEEP_SECONDS = 24 * 60 * 60;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Map<String, Object>> entries = new ArrayList<>();

  /**
   * Appends a snapshot at {@code t} (Unix seconds) unless the chain is too short; prunes old ones.
   */
  public synchronized void sample(NodeView view, double t) {
    entries.removeIf(e -> ((Number) e.get("time")).doubleValue() < t - KEEP_SECONDS);
    PoolStats pool = view.pool();
    Optional<LocalStats> local = view.local();
    if (pool.height() < 10 || local.isEmpty()) {
      return;
    }
    LocalStats l = local.get();
    Map<String, Double> payouts = view.currentPayouts();
    double myPayout =
        view.payoutAddresses().stream().mapToDouble(a -> payouts.getOrDefault(a, 0.0)).sum();
    List<PeerInfo> peers = view.peers();
    long in = peers.stream().filter(PeerInfo::incoming).count();
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("time", t);
    e.put("pool_hash_rate", pool.poolHashRate());
    e.put("pool_stale_prop", pool.poolStaleProp());
    e.put("local_hash_rates", l.minerHashRates());
    e.put("local_dead_hash_rates", l.minerDeadHashRates());
    e.put("shares", l.sharesTotal());
    e.put("stale_shares", l.sharesOrphan() + l.sharesDead());
    e.put("stale_shares_breakdown", Map.of("orphan", l.sharesOrphan(), "doa", l.sharesDead()));
    e.put("current_payout", myPayout);
    e.put("peers", Map.of("incoming", in, "outgoing", peers.size() - in));
    e.put("attempts_to_share", pool.attemptsToShare());
    e.put("attempts_to_block", pool.attemptsToBlock());
    e.put("block_value", pool.blockValue());
    entries.add(e);
  }

  /** The snapshots, oldest first. */
  public synchronized List<Map<String, Object>> entries() {
    return List.copyOf(entries);
  }

  public synchronized String toJson() {
    try {
      return JSON.writeValueAsString(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the entries with saved ones; malformed input is an IllegalArgumentException. */
  public synchronized void load(String json) {
    List<Map<String, Object>> loaded;
    try {
      loaded = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {});
    } catch (IOException e) {
      throw new IllegalArgumentException("stat log is not a JSON list of objects", e);
    }
    if (loaded.stream().anyMatch(e -> !(e.get("time") instanceof Number))) {
      throw new IllegalArgumentException("stat log entry without a time");
    }
    entries.clear();
    entries.addAll(loaded);
  }
}
