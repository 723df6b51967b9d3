package org.p2poolj.web.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.web.graph.GraphHistory;

/**
 * What the web layer may read from a running node. Every method returns an immutable snapshot and
 * must be cheap enough to call on each HTTP request (the node caches what is costly). Calls come
 * from many virtual threads at once, so implementations must be thread-safe.
 */
public interface NodeView {

  NodeInfo info();

  PoolStats pool();

  /** This node's mining figures, empty while the chain is too short (reference: height < 10). */
  Optional<LocalStats> local();

  /** Address to fraction of the PPLNS weight over {@code min(height, 720)} shares. */
  Map<String, Double> users();

  /** Address to stale fraction over the whole chain (a stale share counts twice, as JT does). */
  Map<String, Double> userStales();

  /** Address to coins it would get if the next block were found now. */
  Map<String, Double> currentPayouts();

  /** This node's own payout addresses; the first is the default ({@code -a}). */
  List<String> payoutAddresses();

  StaleRates staleRates();

  List<RecentBlock> recentBlocks();

  List<PeerInfo> peers();

  List<Hash256> heads();

  List<Hash256> verifiedHeads();

  List<Hash256> tails();

  List<Hash256> verifiedTails();

  /** Hashes of shares this node's miners found, newest first. */
  List<Hash256> myShareHashes();

  Optional<ShareDetail> share(Hash256 hash);

  /** The share's wire serialization ({@code share_type.pack}). */
  Optional<byte[]> shareData(Hash256 hash);

  List<WorkerStats> workers();

  List<BanInfo> bans();

  SyncStatus sync();

  HealthStatus health();

  NodeCounters counters();

  /** Stored history for {@code /web/graph_data}. */
  GraphHistory graphs();
}
