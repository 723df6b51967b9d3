package org.p2poolj.web.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.StaleRates;

/**
 * Feeds a {@link GraphDatabase} the way the reference does: event hooks the node calls as things
 * happen (a pseudoshare, a share, traffic, a new template) and a {@link #sample} of the gauges the
 * node runs every few seconds. Times are Unix seconds.
 */
public final class GraphRecorder {
  private final GraphDatabase db;

  public GraphRecorder(GraphDatabase db) {
    this.db = db;
  }

  /** A pseudoshare from a local miner: {@code work} is its average attempts. */
  public void pseudoshare(double t, double work, boolean dead, String user) {
    db.add(GraphStreams.LOCAL_HASH_RATE, t, work);
    if (dead) {
      db.add(GraphStreams.LOCAL_DEAD_HASH_RATE, t, work);
    }
    if (user != null) {
      db.add(GraphStreams.MINER_HASH_RATES, t, Map.of(user, work));
      if (dead) {
        db.add(GraphStreams.MINER_DEAD_HASH_RATES, t, Map.of(user, work));
      }
    }
  }

  /** A share found by a local miner, good or dead on arrival. */
  public void share(double t, double work, boolean dead) {
    db.add(GraphStreams.LOCAL_SHARE_HASH_RATES, t, Map.of(dead ? "dead" : "good", work));
  }

  /** Re-files a share's work once its fate in the chain is known (reference: 200 s later). */
  public void shareResolved(double t, double work, boolean wasDead, boolean inChain) {
    if (inChain && wasDead) {
      db.add(GraphStreams.LOCAL_SHARE_HASH_RATES, t, Map.of("dead", -work, "good", work));
    } else if (!inChain && !wasDead) {
      db.add(GraphStreams.LOCAL_SHARE_HASH_RATES, t, Map.of("good", -work, "orphan", work));
    }
  }

  /** P2P bytes, keyed {@code p2p/in} or {@code p2p/out}. */
  public void traffic(double t, String direction, long bytes) {
    db.add(GraphStreams.TRAFFIC_RATE, t, Map.of(direction, (double) bytes));
  }

  /** Time the daemon took to hand out a new template. */
  public void getworkLatency(double t, double seconds) {
    db.add(GraphStreams.GETWORK_LATENCY, t, seconds);
  }

  /** Samples the gauge streams from the node's current state. */
  public void sample(NodeView view, double t) {
    if (view.pool().height() < 10) {
      return;
    }
    StaleRates rates = view.staleRates();
    db.add(
        GraphStreams.POOL_RATES,
        t,
        Map.of("good", rates.good(), "orphan", rates.orphan(), "doa", rates.doa()));
    Map<String, Double> payouts = view.currentPayouts();
    List<String> mine = view.payoutAddresses();
    double myPayout = mine.stream().mapToDouble(a -> payouts.getOrDefault(a, 0.0)).sum();
    db.add(GraphStreams.CURRENT_PAYOUT, t, myPayout);
    Map<String, Double> minerPayouts = new HashMap<>();
    view.local()
        .map(LocalStats::minerHashRates)
        .orElse(Map.of())
        .keySet()
        .forEach(
            user -> {
              Double p = payouts.get(user);
              if (p != null) {
                minerPayouts.put(user, p);
              }
            });
    db.add(GraphStreams.CURRENT_PAYOUTS, t, minerPayouts);
    List<PeerInfo> peers = view.peers();
    long incoming = peers.stream().filter(PeerInfo::incoming).count();
    db.add(
        GraphStreams.PEERS,
        t,
        Map.of("incoming", (double) incoming, "outgoing", (double) (peers.size() - incoming)));
    db.add(GraphStreams.MEMORY_USAGE, t, (double) usedMemory());
  }

  private static long usedMemory() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
