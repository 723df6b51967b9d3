package org.p2poolj.p2p;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.p2p.addr.AddressBook;
import org.p2poolj.p2p.addr.Bootstrap;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.manager.Ban;
import org.p2poolj.p2p.manager.BanList;
import org.p2poolj.p2p.manager.DialPlanner;
import org.p2poolj.p2p.manager.IncomingLimits;
import org.p2poolj.p2p.manager.PeerRegistry;
import org.p2poolj.p2p.manager.PersistentPeers;
import org.p2poolj.p2p.peer.DisconnectReason;
import org.p2poolj.p2p.peer.Handshake;
import org.p2poolj.p2p.peer.Misbehaviour;
import org.p2poolj.p2p.peer.PeerConnection;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.sync.BestBlockRelay;
import org.p2poolj.p2p.sync.ShareBroadcaster;
import org.p2poolj.p2p.sync.ShareDownloader;
import org.p2poolj.p2p.wire.Framing;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.PeerAddress;

/**
 * The pool P2P service: listens, dials, keeps peers, syncs and relays shares and block headers.
 * Everything outside (share chain, header checks, clock, DNS) is injected, so several nodes can run
 * in one JVM on loopback ports. Lifecycle: idle, {@link #start()}, {@link #stop()} (idempotent).
 */
public final class P2pNode implements AutoCloseable {
  private enum Phase {
    IDLE,
    RUNNING,
    STOPPED
  }

  private final NodeParts parts;
  private final PeerRouter router;
  private final Bootstrap bootstrap;
  private final DialPlanner planner;
  private final long nonce;
  private final AtomicLong serials = new AtomicLong();
  private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.IDLE);
  private final Maintenance maintenance;
  private final AddressPersistence addrs;
  private volatile long minimumProtocolVersion;
  private volatile ServerSocket server;
  private volatile Thread acceptThread;
  private volatile ScheduledExecutorService scheduler;

  P2pNode(P2pNodeBuilder b) {
    P2pConfig cfg = b.config;
    Random random = cfg.seed() == 0 ? new Random() : new Random(cfg.seed());
    Framing framing = new Framing(cfg.network().prefix(), cfg.maxPayload());
    this.parts =
        new NodeParts(
            cfg,
            framing,
            b.chain,
            new PeerRegistry(),
            new BanList(b.clock, cfg.exemptLoopbackFromBans()),
            new AddressBook(),
            new IncomingLimits(cfg.maxIncoming(), cfg.maxIncomingPerGroup()),
            new PersistentPeers(cfg.persistentPeers(), cfg.reconnectDelay()),
            new ShareDownloader(
                b.chain, cfg.sync(), new SplittableRandom(random.nextLong()), b.nanoTime),
            new ShareBroadcaster(b.chain, cfg.maxPayload()),
            new BestBlockRelay(b.headerPow, b.headerSink),
            b.clock,
            b.nanoTime,
            random);
    this.router = new PeerRouter(this, parts);
    this.bootstrap =
        new Bootstrap(
            cfg.useBootstrap() ? cfg.network().bootstrap() : List.of(),
            cfg.network().defaultPort(),
            b.resolver);
    this.planner = new DialPlanner(cfg.outgoingTarget(), cfg.maxConcurrentDials());
    this.nonce = random.nextLong();
    this.minimumProtocolVersion = cfg.network().minimumProtocolVersion();
    this.maintenance = new Maintenance(this, parts);
    this.addrs = new AddressPersistence(parts);
  }

  public static P2pNodeBuilder builder(P2pConfig config) {
    return new P2pNodeBuilder(config);
  }

  /** Binds the listen socket, loads the address book and starts the background tasks. */
  public void start() throws IOException {
    if (!phase.compareAndSet(Phase.IDLE, Phase.RUNNING)) {
      throw new IllegalStateException("already started");
    }
    P2pConfig cfg = parts.config();
    addrs.load();
    ServerSocket ss = new ServerSocket();
    ss.setReuseAddress(true);
    ss.bind(new InetSocketAddress(cfg.bindHost(), cfg.port()), 64);
    server = ss;
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("p2p-maintenance-" + ss.getLocalPort()).factory());
    maintenance.schedule(scheduler);
    acceptThread =
        Thread.ofVirtual().name("p2p-accept-" + ss.getLocalPort()).start(this::acceptLoop);
    P2pLog.listening(cfg.network().name(), ss.getLocalPort());
  }

  /** Closes every connection and the listen socket, and saves the address book. Idempotent. */
  public void stop() {
    Phase before = phase.getAndSet(Phase.STOPPED);
    if (before != Phase.RUNNING) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    scheduler.shutdownNow();
    for (PeerConnection c : parts.registry().all()) {
      c.close(DisconnectReason.SHUTDOWN);
    }
    addrs.save();
    // The port is only released once the accept thread has left accept(): wait, so that a
    // restart on the same port cannot fail with "Address already in use".
    try {
      acceptThread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return phase.get() == Phase.RUNNING;
  }

  /** The bound listen port (useful with port 0). */
  public int port() {
    return server.getLocalPort();
  }

  public long nonce() {
    return nonce;
  }

  public List<PeerInfo> peers() {
    List<PeerInfo> out = new ArrayList<>();
    for (PeerConnection c : parts.registry().all()) {
      long v = c.peerVersion().map(Message.Version::version).orElse(0L);
      out.add(new PeerInfo(c.id(), c.established(), v, c.subVersion()));
    }
    return out;
  }

  public List<PeerId> establishedPeers() {
    return parts.registry().establishedIds();
  }

  public List<Ban> bans() {
    return parts.bans().list();
  }

  /** Lifts a ban (operator action); returns whether there was one. */
  public boolean unban(String host) {
    return parts.bans().unban(host);
  }

  public boolean isBanned(String host) {
    return parts.bans().isBanned(host);
  }

  public AddressBook addressBook() {
    return parts.book();
  }

  public long minimumProtocolVersion() {
    return minimumProtocolVersion;
  }

  /**
   * The ratchet (spec 1.5): the node raises the floor when the chain votes for it; never lowers.
   */
  public synchronized void setMinimumProtocolVersion(long floor) {
    if (floor > minimumProtocolVersion) {
      minimumProtocolVersion = floor;
    }
  }

  /** Dials a peer now (outside the outgoing target). */
  public void connect(HostPort peer) {
    maintenance.dial(peer);
  }

  /**
   * The node's best share changed: broadcast new shares to peers that lack them and look for
   * missing ancestors. Cheap when nothing is new.
   */
  public void bestShareChanged() {
    Map<PeerId, List<Message.Shares>> out =
        parts.broadcaster().onBestChanged(parts.registry().establishedIds());
    out.forEach((peer, msgs) -> parts.registry().get(peer).ifPresent(c -> msgs.forEach(c::send)));
    planDownloads();
  }

  /** Sends the coin's new best block header to every peer, once per header. */
  public void broadcastBestBlock(BlockHeader header) {
    parts
        .relay()
        .toBroadcast(header)
        .ifPresent(m -> parts.registry().established().forEach(c -> c.send(m)));
  }

  /**
   * Punishes the peer a bad share came from (a share that failed {@code check()} later, spec 4.8):
   * the connection is dropped if still open and the host gets the reason's ban.
   */
  public void punish(PeerId peer, DisconnectReason reason) {
    Optional<PeerConnection> c = parts.registry().get(peer);
    if (c.isPresent()) {
      c.get().misbehaved(Misbehaviour.of(reason));
    } else if (reason.bans()) {
      parts.bans().offence(peer.host(), reason).ifPresent(P2pLog::peerBanned);
    }
  }

  // ---- package-private plumbing for PeerRouter and Maintenance ----

  Handshake.Context handshakeContext() {
    return new Handshake.Context() {
      @Override
      public long ownNonce() {
        return nonce;
      }

      @Override
      public long minimumProtocolVersion() {
        return minimumProtocolVersion;
      }

      @Override
      public boolean nonceConnected(long n) {
        return parts.registry().nonceConnected(n);
      }
    };
  }

  void planDownloads() {
    for (ShareDownloader.Outgoing o : parts.downloader().plan(parts.registry().establishedIds())) {
      sendRequest(o);
    }
  }

  void sendRequest(ShareDownloader.Outgoing o) {
    Optional<PeerConnection> c = parts.registry().get(o.peer());
    if (c.isEmpty() || !c.get().send(o.request())) {
      parts.downloader().peerGone(o.peer());
    }
  }

  void sendToRandomPeer(Message m, PeerId exclude) {
    List<PeerConnection> peers = new ArrayList<>(parts.registry().established());
    peers.removeIf(c -> c.id().equals(exclude));
    if (!peers.isEmpty()) {
      peers.get(parts.random().nextInt(peers.size())).send(m);
    }
  }

  void peerEstablished(PeerConnection c) {
    if (parts.config().advertise() && scheduler != null) {
      maintenance.scheduleAdvertise(c);
    }
    planDownloads();
  }

  /** Our own endpoints, never dialed. */
  Set<HostPort> selfEndpoints() {
    Set<HostPort> self = new HashSet<>();
    int port = server == null ? parts.config().port() : server.getLocalPort();
    if (port > 0) {
      self.add(new HostPort("127.0.0.1", port));
      if (!parts.config().bindHost().equals("0.0.0.0")) {
        self.add(new HostPort(parts.config().bindHost(), port));
      }
      parts.config().externalHost().ifPresent(h -> self.add(new HostPort(h, port)));
    }
    return self;
  }

  void saveAddresses() {
    addrs.save();
  }

  DialPlanner planner() {
    return planner;
  }

  Bootstrap bootstrap() {
    return bootstrap;
  }

  /** Wraps a connected socket in a started connection; empty if the node stopped meanwhile. */
  Optional<PeerId> open(Socket socket, boolean incoming) throws IOException {
    socket.setTcpNoDelay(true);
    String host = socket.getInetAddress().getHostAddress();
    PeerId id = new PeerId(serials.incrementAndGet(), host, socket.getPort(), incoming);
    PeerConnection c =
        new PeerConnection(
            socket,
            id,
            parts.framing(),
            parts.config().timing(),
            router,
            new SplittableRandom(parts.random().nextLong()));
    parts.registry().opened(c);
    if (!isRunning()) {
      c.close(DisconnectReason.SHUTDOWN);
      return Optional.empty();
    }
    c.start(ourVersion(socket));
    return Optional.of(id);
  }

  private Message.Version ourVersion(Socket socket) {
    PeerAddress to = PeerAddress.of(0, socket.getInetAddress(), socket.getPort());
    PeerAddress from =
        PeerAddress.of(
            0,
            socket.getLocalAddress(),
            server == null ? socket.getLocalPort() : server.getLocalPort());
    return new Message.Version(
        parts.config().protocolVersion(),
        0,
        to,
        from,
        nonce,
        parts.config().subVersion(),
        1,
        parts.chain().best().filter(h -> !h.isZero()));
  }

  private void acceptLoop() {
    ServerSocket ss = server;
    while (isRunning()) {
      Socket s;
      try {
        s = ss.accept();
      } catch (IOException e) {
        return; // closed by stop()
      }
      String host = s.getInetAddress().getHostAddress();
      if (parts.bans().isBanned(host) || parts.incoming().admit(host).isPresent()) {
        closeQuietly(s);
        continue;
      }
      try {
        if (open(s, true).isEmpty()) {
          parts.incoming().release(host);
        }
      } catch (IOException e) {
        parts.incoming().release(host);
        closeQuietly(s);
      }
    }
  }

  static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
