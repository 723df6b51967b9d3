package org.p2poolj.p2p;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.peer.DisconnectReason;
import org.p2poolj.p2p.peer.Misbehaviour;
import org.p2poolj.p2p.peer.PeerConnection;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.wire.AddrRecord;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.PeerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's periodic work on one scheduler thread: the tick (request timeouts, persistent peers,
 * outgoing dials, bootstrap, downloads), address-book saves, {@code getaddrs} polling, ban
 * forgiveness and per-peer advertising. Dials themselves run on virtual threads.
 */
final class Maintenance {
  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
  private static final Duration BOOTSTRAP_RETRY = Duration.ofMinutes(10);
  private static final int GETADDRS_BELOW = 1000;

  private final P2pNode node;
  private final NodeParts parts;
  private volatile ScheduledExecutorService scheduler;
  private long lastBootstrapNanos;
  private boolean bootstrapped;

  Maintenance(P2pNode node, NodeParts parts) {
    this.node = node;
    this.parts = parts;
  }

  void schedule(ScheduledExecutorService s) {
    this.scheduler = s;
    P2pConfig cfg = parts.config();
    long tick = cfg.tick().toMillis();
    s.scheduleWithFixedDelay(guard(this::tick), 0, tick, TimeUnit.MILLISECONDS);
    long save = cfg.addrSaveInterval().toMillis();
    s.scheduleWithFixedDelay(guard(node::saveAddresses), save, save, TimeUnit.MILLISECONDS);
    s.scheduleWithFixedDelay(guard(parts.bans()::forgive), 1, 1, TimeUnit.HOURS);
    scheduleGetAddrs();
  }

  private static Runnable guard(Runnable r) {
    return () -> {
      try {
        r.run();
      } catch (RuntimeException e) {
        // a failing round must not cancel the periodic task
        LOG.warn("P2P maintenance task failed", e);
      }
    };
  }

  private void tick() {
    for (PeerId p : parts.downloader().expired()) {
      parts
          .registry()
          .get(p)
          .ifPresent(c -> c.misbehaved(Misbehaviour.of(DisconnectReason.SHARE_REQUEST_TIMEOUT)));
    }
    long now = parts.nanoTime().getAsLong();
    for (HostPort hp : parts.persistent().due(now)) {
      dial(hp);
    }
    maybeBootstrap(now);
    List<HostPort> plan =
        node.planner()
            .plan(
                parts.registry(),
                parts.book(),
                parts.bans(),
                node.selfEndpoints(),
                parts.nowSeconds(),
                parts.random());
    plan.forEach(this::dial);
    node.planDownloads();
  }

  private void maybeBootstrap(long now) {
    if (node.bootstrap().isEmpty()
        || parts.book().size() >= parts.config().outgoingTarget()
        || (bootstrapped && now - lastBootstrapNanos < BOOTSTRAP_RETRY.toNanos())) {
      return;
    }
    bootstrapped = true;
    lastBootstrapNanos = now;
    Thread.ofVirtual()
        .name("p2p-bootstrap")
        .start(
            () -> {
              long ts = parts.nowSeconds();
              for (HostPort hp : node.bootstrap().resolve()) {
                parts.book().seen(hp, 0, ts);
              }
            });
  }

  /** Dials on a virtual thread unless already connected or dialing there. */
  void dial(HostPort hp) {
    if (!node.isRunning() || !parts.registry().startDial(hp)) {
      parts.persistent().dialed(hp, Optional.empty(), parts.nanoTime().getAsLong());
      return;
    }
    Thread.ofVirtual().name("p2p-dial-" + hp).start(() -> dialNow(hp));
  }

  private void dialNow(HostPort hp) {
    Optional<PeerId> id = Optional.empty();
    Socket s = new Socket();
    try {
      int timeout = (int) parts.config().timing().handshakeTimeout().toMillis();
      s.connect(new InetSocketAddress(hp.host(), hp.port()), timeout);
      if (parts.bans().isBanned(s.getInetAddress().getHostAddress())) {
        P2pNode.closeQuietly(s);
      } else {
        id = node.open(s, false);
      }
    } catch (IOException | RuntimeException e) {
      P2pNode.closeQuietly(s);
      LOG.debug("P2P: could not connect to {}: {}", hp, e.toString());
    } finally {
      parts.registry().endDial(hp);
      parts.persistent().dialed(hp, id, parts.nanoTime().getAsLong());
    }
  }

  private void scheduleGetAddrs() {
    ScheduledExecutorService s = scheduler;
    if (s == null || s.isShutdown()) {
      return;
    }
    long delay = expoMillis(parts.config().getAddrsMean().toMillis());
    s.schedule(
        guard(
            () -> {
              if (parts.book().size() < GETADDRS_BELOW) {
                List<PeerConnection> peers = parts.registry().established();
                if (!peers.isEmpty()) {
                  peers.get(parts.random().nextInt(peers.size())).send(new Message.GetAddrs(8));
                }
              }
              scheduleGetAddrs();
            }),
        delay,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Advertises our address to one peer every {@code expovariate(1/(100·peers+1))} s: {@code addrs}
   * with the external address when configured, else {@code addrme} with the listen port.
   */
  void scheduleAdvertise(PeerConnection c) {
    ScheduledExecutorService s = scheduler;
    if (s == null || s.isShutdown() || c.isClosed()) {
      return;
    }
    long unit = parts.config().advertiseMean().toMillis();
    long meanMillis = unit * parts.registry().established().size() + Math.max(1, unit / 100);
    s.schedule(
        guard(
            () -> {
              if (c.isClosed()) {
                return;
              }
              c.send(advertisement(c));
              scheduleAdvertise(c);
            }),
        expoMillis(meanMillis),
        TimeUnit.MILLISECONDS);
  }

  private Message advertisement(PeerConnection c) {
    int port = node.port();
    Optional<String> ext = parts.config().externalHost();
    if (ext.isPresent()) {
      try {
        long services = c.peerVersion().map(Message.Version::services).orElse(0L);
        PeerAddress me = PeerAddress.of(services, ext.get(), port);
        return new Message.Addrs(List.of(new AddrRecord(parts.nowSeconds(), me)));
      } catch (IllegalArgumentException notALiteral) {
        // a host name cannot go in an address record; fall back to addrme
      }
    }
    return new Message.AddrMe(port);
  }

  private long expoMillis(long meanMillis) {
    double u = parts.random().nextDouble();
    return Math.max(1, (long) (-Math.log(1 - u) * meanMillis));
  }
}
