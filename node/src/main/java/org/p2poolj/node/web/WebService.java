package org.p2poolj.node.web;

import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.config.WebConfig;
import org.p2poolj.node.lifecycle.AbstractService;
import org.p2poolj.node.runtime.BlockFound;
import org.p2poolj.node.runtime.NodeContext;
import org.p2poolj.p2p.P2pNode;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.web.WebFrontEnd;
import org.p2poolj.web.WebSettings;
import org.p2poolj.web.graph.GraphDatabase;
import org.p2poolj.web.graph.MetadataGraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web front end as a node service: builds the {@link LiveNodeView} over the running parts,
 * starts {@link WebFrontEnd} (API, dashboard, /metrics, status line, graph history kept in the
 * store's SQLite metadata), and runs the refreshes the view reads from: chain figures every 3 s,
 * daemon info and the local rate graphs every 5 s. Starts after the store, chain, daemon and
 * mining.
 */
public final class WebService extends AbstractService {
  private static final Logger LOG = LoggerFactory.getLogger("web");
  private static final Logger STATUS = LoggerFactory.getLogger("status");
  private static final Duration SHARE_RESOLVE_DELAY = Duration.ofSeconds(200);
  private static final int MY_SHARES_KEPT = 10_000;

  private final NodeContext node;
  private final Supplier<Optional<P2pNode>> p2p;
  private final Optional<Consumer<Socket>> sharedStratum;
  private final MyShares myShares = new MyShares(MY_SHARES_KEPT);
  private volatile WebFrontEnd web;
  private volatile LiveNodeView view;
  private ScheduledExecutorService scheduler;
  private volatile boolean running;

  /**
   * @param p2p the p2p node once it runs, empty for a node without peers
   * @param sharedStratum present when stratum connections arrive through the web port
   */
  public WebService(
      NodeContext node, Supplier<Optional<P2pNode>> p2p, Optional<Consumer<Socket>> sharedStratum) {
    super("web");
    this.node = node;
    this.p2p = p2p;
    this.sharedStratum = sharedStratum;
  }

  @Override
  protected void doStart() {
    WebConfig cfg = node.config().web();
    GraphDatabase graphs = new GraphDatabase();
    Clock clock = Clock.systemUTC();
    DaemonFacts daemon =
        new DaemonFacts(node.daemon(), node.clock(), (m, d) -> metricsRecordRpc(m, d));
    view =
        new LiveNodeView(
            node,
            daemon,
            new PeerFacts(p2p, () -> node.chain().lastThink().desired().size()),
            myShares,
            graphs,
            Instant.ofEpochMilli(now()));
    daemon.refresh();
    view.refreshChain();
    web =
        new WebFrontEnd(
            WebSettings.defaults(cfg.bind(), cfg.port()),
            view,
            graphs,
            new MetadataGraphStore(node.storeService().metadata()),
            sharedStratum,
            STATUS::info,
            clock);
    LocalRateFeeder feeder = new LocalRateFeeder(web.recorder());
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("web-refresh").unstarted(r));
    every(3, view::refreshChain);
    every(5, daemon::refresh);
    every(5, () -> feeder.tick(now() / 1000.0, view.workers()));
    running = true;
    node.events().onShareFound(this::shareFound);
    node.events().onBlockFound(this::blockFound);
    web.start();
    LOG.info("web dashboard at http://{}:{}/", displayHost(cfg.bind()), web.port());
  }

  private void every(long seconds, Runnable task) {
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.warn("web refresh failed: {}", e.toString());
          }
        },
        seconds,
        seconds,
        TimeUnit.SECONDS);
  }

  private void metricsRecordRpc(String method, Duration latency) {
    WebFrontEnd w = web;
    if (w != null) {
      w.metrics().recordRpc(method, latency);
    }
  }

  private void shareFound(LoadedShare share) {
    if (!running) {
      return;
    }
    myShares.add(share.hash());
    double work = share.work().doubleValue();
    web.recorder().share(now() / 1000.0, work, false);
    // The reference re-files a share's work after 200 s, once it knows whether it stayed in the
    // best chain.
    Hash256 hash = share.hash();
    scheduler.schedule(
        () -> resolve(hash, work), SHARE_RESOLVE_DELAY.toSeconds(), TimeUnit.SECONDS);
  }

  private void resolve(Hash256 hash, double work) {
    try {
      Optional<Hash256> best = node.chain().best();
      boolean inChain =
          best.isPresent()
              && node.chain()
                  .call(
                      t ->
                          t.contains(hash)
                              && t.contains(best.get())
                              && t.height(best.get()) > 0
                              && isAncestor(t, best.get(), hash));
      web.recorder().shareResolved(now() / 1000.0, work, false, inChain);
    } catch (RuntimeException e) {
      LOG.debug("share resolution failed: {}", e.toString());
    }
  }

  private static boolean isAncestor(
      org.p2poolj.share.tracker.ShareTracker t, Hash256 head, Hash256 hash) {
    int dist = t.height(head) - t.height(hash);
    return dist >= 0 && hash.equals(t.nthParentHash(head, dist));
  }

  private void blockFound(BlockFound b) {
    LOG.info(
        "block {} at height {} {} (payout {})",
        b.blockHash().toHex(),
        b.height(),
        b.accepted() ? "accepted" : "rejected: " + b.rejectReason().orElse("?"),
        b.payoutAddress());
  }

  private long now() {
    return node.clock().millis();
  }

  private static String displayHost(String bind) {
    if (bind.equals("0.0.0.0") || bind.equals("::")) {
      return "127.0.0.1";
    }
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }

  @Override
  protected void doStop() {
    running = false;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    WebFrontEnd w = web;
    if (w != null) {
      w.stop();
    }
  }

  /** The port the dashboard and API answer on; only while running. */
  public int port() {
    WebFrontEnd w = web;
    if (w == null) {
      throw new IllegalStateException("the web front end is not running");
    }
    return w.port();
  }

  /** The dashboard's base URL, e.g. {@code http://127.0.0.1:9327/}; only while running. */
  public String url() {
    return "http://" + displayHost(node.config().web().bind()) + ":" + port() + "/";
  }
}
