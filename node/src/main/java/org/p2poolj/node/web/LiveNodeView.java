package org.p2poolj.node.web;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.coin.block.Difficulty;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.rpc.ChainInfo;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.node.cli.VersionProvider;
import org.p2poolj.node.config.NodeConfig;
import org.p2poolj.node.runtime.NodeContext;
import org.p2poolj.p2p.P2pConfig;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.stratum.stats.WorkerSnapshot;
import org.p2poolj.web.graph.GraphDatabase;
import org.p2poolj.web.graph.GraphHistory;
import org.p2poolj.web.view.BanInfo;
import org.p2poolj.web.view.HealthStatus;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.NodeCounters;
import org.p2poolj.web.view.NodeInfo;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.PoolStats;
import org.p2poolj.web.view.RecentBlock;
import org.p2poolj.web.view.ShareDetail;
import org.p2poolj.web.view.StaleRates;
import org.p2poolj.web.view.SyncStatus;
import org.p2poolj.web.view.WorkerStats;

/**
 * The web module's view of this running node. Chain figures come from the cached {@link
 * ChainSnapshot} (refreshed by {@link #refreshChain} on the web scheduler), share lookups go to the
 * chain thread, daemon figures come from {@link DaemonFacts}, miner figures from the stratum
 * server.
 */
final class LiveNodeView implements NodeView {
  private static final int MIN_HEIGHT_FOR_STATS = 10;

  private final NodeContext node;
  private final DaemonFacts daemon;
  private final PeerFacts peers;
  private final MyShares myShares;
  private final GraphDatabase graphs;
  private final NodeInfo info;
  private volatile ChainSnapshot chain = ChainSnapshot.EMPTY;

  LiveNodeView(
      NodeContext node,
      DaemonFacts daemon,
      PeerFacts peers,
      MyShares myShares,
      GraphDatabase graphs,
      Instant startedAt) {
    this.node = node;
    this.daemon = daemon;
    this.peers = peers;
    this.myShares = myShares;
    this.graphs = graphs;
    NodeConfig cfg = node.config().node();
    PoolNetwork net = node.poolNetwork();
    List<String> explorers = Explorers.of(node.chainParams().name());
    this.info =
        new NodeInfo(
            "p2poolj-" + VersionProvider.version(),
            (int) P2pConfig.PROTOCOL_VERSION,
            node.chainParams().symbol(),
            net.name(),
            explorers.get(0),
            explorers.get(1),
            explorers.get(2),
            cfg.feePercent(),
            cfg.donationPercent(),
            net.p2pPort(),
            startedAt);
  }

  /** Recomputes the chain figures on the chain thread; called periodically, never per request. */
  void refreshChain() {
    Optional<BlockTemplate> tmpl = daemon.template();
    ChainFacts.Inputs in =
        new ChainFacts.Inputs(
            tmpl.map(BlockTemplate::target),
            tmpl.map(BlockTemplate::coinbaseValue).orElse(0L),
            myShares.newestFirst(),
            node.clock().millis() / 1000);
    chain = node.chain().call(t -> ChainFacts.compute(t, node.chain().best(), in));
  }

  ChainSnapshot snapshot() {
    return chain;
  }

  @Override
  public NodeInfo info() {
    return info;
  }

  @Override
  public PoolStats pool() {
    ChainSnapshot c = chain;
    BigInteger maxTarget =
        c.maxTarget().signum() > 0 ? c.maxTarget() : node.poolNetwork().maxTarget();
    Optional<BlockTemplate> tmpl = daemon.template();
    BigInteger blockTarget = tmpl.map(BlockTemplate::target).orElse(BigInteger.ZERO);
    return new PoolStats(
        c.height(),
        c.best(),
        c.nonstaleRate(),
        c.staleProp(),
        c.rate(),
        Difficulty.targetToDifficulty(maxTarget),
        blockTarget.signum() > 0 ? Difficulty.targetToDifficulty(blockTarget) : 0,
        daemon.networkHashrate(),
        Targets.attempts(maxTarget),
        blockTarget.signum() > 0 ? Targets.attempts(blockTarget) : BigInteger.ZERO,
        tmpl.map(t -> t.coinbaseValue() / 1e8).orElse(0.0));
  }

  @Override
  public Optional<LocalStats> local() {
    ChainSnapshot c = chain;
    if (c.height() < MIN_HEIGHT_FOR_STATS) {
      return Optional.empty();
    }
    Map<String, Double> rates = new HashMap<>();
    Map<String, Double> dead = new HashMap<>();
    Map<String, Double> lastDiff = new HashMap<>();
    for (WorkerStats w : workers()) {
      rates.merge(w.name(), w.hashRate(), Double::sum);
      dead.merge(w.name(), w.deadHashRate(), Double::sum);
      if (w.payoutAddress() != null && !w.payoutAddress().isEmpty()) {
        lastDiff.put(w.payoutAddress(), w.difficulty());
      }
    }
    var stats = node.mining().stats();
    long doa = stats.sharesDoa();
    long orphan = c.myOrphans();
    return Optional.of(
        new LocalStats(
            c.myShareRate(),
            c.myCounts(),
            rates,
            dead,
            lastDiff,
            stats.shares(),
            orphan,
            doa,
            warnings()));
  }

  // The reference's operator warnings that apply here.
  private List<String> warnings() {
    if (!daemon.connected()) {
      String why = daemon.lastError();
      return List.of("Lost contact with the coin daemon" + (why.isEmpty() ? "" : ": " + why));
    }
    return List.of();
  }

  @Override
  public Map<String, Double> users() {
    return chain.users();
  }

  @Override
  public Map<String, Double> userStales() {
    return chain.userStales();
  }

  @Override
  public Map<String, Double> currentPayouts() {
    return chain.payouts();
  }

  @Override
  public List<String> payoutAddresses() {
    String a = daemon.payoutAddress();
    return a.isEmpty() ? List.of() : List.of(a);
  }

  @Override
  public StaleRates staleRates() {
    return chain.staleRates();
  }

  @Override
  public List<RecentBlock> recentBlocks() {
    return chain.recentBlocks();
  }

  @Override
  public List<PeerInfo> peers() {
    return peers.peers();
  }

  @Override
  public List<Hash256> heads() {
    return chain.heads();
  }

  @Override
  public List<Hash256> verifiedHeads() {
    return chain.verifiedHeads();
  }

  @Override
  public List<Hash256> tails() {
    return chain.tails();
  }

  @Override
  public List<Hash256> verifiedTails() {
    return chain.verifiedTails();
  }

  @Override
  public List<Hash256> myShareHashes() {
    return myShares.newestFirst();
  }

  @Override
  public Optional<ShareDetail> share(Hash256 hash) {
    return node.chain().call(t -> ShareExplorer.detail(t, hash));
  }

  @Override
  public Optional<byte[]> shareData(Hash256 hash) {
    return node.chain().call(t -> ShareExplorer.wire(t, hash));
  }

  @Override
  public List<WorkerStats> workers() {
    List<WorkerSnapshot> snaps;
    try {
      snaps = node.mining().server().workerStats();
    } catch (IllegalStateException e) {
      return List.of();
    }
    double hashesPerDiff = 4294967296.0 / node.chainParams().dumbScryptDiff();
    double rate = node.config().stratum().shareRate();
    return snaps.stream().map(s -> Workers.toView(s, hashesPerDiff, rate)).toList();
  }

  @Override
  public List<BanInfo> bans() {
    return peers.bans();
  }

  @Override
  public SyncStatus sync() {
    ChainSnapshot c = chain;
    Optional<ChainInfo> ci = daemon.chainInfo();
    return new SyncStatus(
        c.height(),
        node.poolNetwork().chainLength(),
        peers.pendingShareRequests(),
        ci.map(ChainInfo::blocks).orElse(0L),
        ci.map(ChainInfo::headers).orElse(0L),
        ci.map(ChainInfo::initialBlockDownload).orElse(false));
  }

  @Override
  public HealthStatus health() {
    int sessions;
    try {
      sessions = node.mining().server().stats().sessions();
    } catch (IllegalStateException e) {
      sessions = 0;
    }
    return new HealthStatus(
        daemon.connected(), daemon.templateAgeSeconds(), daemon.lastLatencyMs(), sessions);
  }

  @Override
  public NodeCounters counters() {
    var stats = node.mining().stats();
    long doa = stats.sharesDoa();
    long orphan = chain.myOrphans();
    return new NodeCounters(
        stats.shares(),
        Math.max(0, stats.shares() - doa - orphan),
        orphan,
        doa,
        stats.blocks(),
        stats.pseudoshares());
  }

  @Override
  public GraphHistory graphs() {
    return graphs;
  }
}
