package org.p2poolj.node.p2p;

import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.node.lifecycle.AbstractService;
import org.p2poolj.p2p.P2pConfig;
import org.p2poolj.p2p.P2pNode;
import org.p2poolj.p2p.peer.DisconnectReason;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.share.tracker.BadShare;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pool P2P network as a node service: a {@link P2pNode} over the node's share chain. Chain
 * events (new best share, bad shares) arrive on the chain thread and are handed to one event thread
 * here, because the p2p layer calls back into the chain and must never be entered from the chain
 * thread (that would deadlock against a peer thread waiting for the chain).
 */
public final class P2pService extends AbstractService {
  private static final Logger LOG = LoggerFactory.getLogger("p2p");

  private final P2pConfig config;
  private final ChainService chain;
  private final DaemonHooks daemon;
  private final InstantSource clock;
  private final ChainPort port;
  private volatile P2pNode node;
  private volatile ExecutorService events;
  private volatile AutoCloseable blockSubscription;

  public P2pService(P2pConfig config, ChainService chain, DaemonHooks daemon, InstantSource clock) {
    super("p2p");
    this.config = config;
    this.chain = chain;
    this.daemon = daemon;
    this.clock = clock;
    this.port = new ChainPort(chain);
    // Registered once, here: the chain service keeps listeners for its whole life.
    chain.onBestChanged(this::bestChanged);
    chain.onBadShares(this::badShares);
  }

  @Override
  protected void doStart() throws Exception {
    events =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("p2p-events").factory());
    P2pNode n =
        P2pNode.builder(config)
            .chain(port)
            .clock(clock)
            .headerPow(daemon::powValid)
            .headerSink(h -> daemon.refreshTemplate("bestblock from a peer"))
            .build();
    n.setMinimumProtocolVersion(chain.minimumProtocolVersion());
    n.start();
    node = n;
    blockSubscription = daemon.onNewBlock(h -> submit(() -> n.broadcastBestBlock(h)));
    submit(n::bestShareChanged);
  }

  @Override
  protected void doStop() {
    AutoCloseable sub = blockSubscription;
    if (sub != null) {
      try {
        sub.close();
      } catch (Exception e) {
        LOG.debug("closing the block subscription: {}", e.toString());
      }
    }
    P2pNode n = node;
    if (n != null) {
      n.stop();
    }
    ExecutorService ex = events;
    if (ex != null) {
      ex.shutdownNow();
      try {
        ex.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The running p2p node (peers, bans, address book); empty before start. */
  public Optional<P2pNode> node() {
    return Optional.ofNullable(node);
  }

  /** The chain adapter, with counters of received shares. */
  public ChainPort port() {
    return port;
  }

  /**
   * A share made by this node's miners was added: broadcast from the best share now (cheap when
   * nothing is new).
   */
  public void shareFound() {
    submit(
        () -> {
          P2pNode n = node;
          if (n != null) {
            n.bestShareChanged();
          }
        });
  }

  private void bestChanged(Hash256 best) {
    submit(
        () -> {
          P2pNode n = node;
          if (n != null) {
            // The ratchet only rises; the node ignores a lower floor.
            n.setMinimumProtocolVersion(chain.minimumProtocolVersion());
            n.bestShareChanged();
          }
        });
  }

  private void badShares(List<BadShare> bad) {
    submit(
        () -> {
          P2pNode n = node;
          if (n == null) {
            return;
          }
          for (BadShare b : bad) {
            Optional<PeerId> peer = port.peerKeys().lookupOrStandIn(b.peer());
            peer.ifPresent(p -> n.punish(p, DisconnectReason.INVALID_SHARE));
          }
        });
  }

  private void submit(Runnable task) {
    ExecutorService ex = events;
    if (ex == null || ex.isShutdown()) {
      return;
    }
    try {
      ex.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.warn("p2p event failed: {}", e.toString(), e);
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // stopping
    }
  }
}
