package org.p2poolj.p2p;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.peer.ConnectionTiming;
import org.p2poolj.p2p.sync.SyncSettings;
import org.p2poolj.p2p.wire.Framing;

/**
 * Everything a {@link P2pNode} is configured with. Defaults follow JT's {@code main.py}; build with
 * {@link #builder(P2pNetwork)}.
 *
 * @param bindHost address to listen on
 * @param port listen port; 0 picks a free one (tests)
 * @param outgoingTarget outgoing connections wanted (JT {@code --outgoing-conns}, at most 10)
 * @param persistentPeers {@code -n host:port} peers, kept connected
 * @param externalHost address advertised in {@code addrs}; without it we send {@code addrme}
 * @param datadir where {@code addrs.json} lives; none keeps the book in memory
 * @param exemptLoopbackFromBans never ban 127.0.0.1, as the reference does; tests turn it off
 * @param useBootstrap dial the network's bootstrap addresses when the book runs short
 * @param shareRequestBurst {@code sharereq} burst a peer may send before the rate applies
 * @param shareRequestRate sustained {@code sharereq} per second per peer
 * @param floodTolerance requests over the rate forgiven before the peer is banned
 * @param advertiseMean per-peer mean interval of our advertisement: each peer gets one every {@code
 *     expovariate(1/(advertiseMean·peers + advertiseMean/100))}, 100 s in JT
 * @param tick period of the maintenance task (dialing, request timeouts, downloads)
 * @param seed seed of the node's random source; 0 seeds from entropy
 */
public record P2pConfig(
    P2pNetwork network,
    String bindHost,
    int port,
    int maxPayload,
    int outgoingTarget,
    int maxIncoming,
    int maxIncomingPerGroup,
    int maxConcurrentDials,
    List<HostPort> persistentPeers,
    Optional<String> externalHost,
    boolean advertise,
    Optional<Path> datadir,
    boolean exemptLoopbackFromBans,
    boolean useBootstrap,
    ConnectionTiming timing,
    SyncSettings sync,
    int shareRequestBurst,
    double shareRequestRate,
    int floodTolerance,
    Duration addrSaveInterval,
    Duration getAddrsMean,
    Duration advertiseMean,
    Duration reconnectDelay,
    Duration tick,
    String subVersion,
    long protocolVersion,
    long seed) {
  /** What we advertise (JT live nodes report 3502). */
  public static final long PROTOCOL_VERSION = 3502;

  public P2pConfig {
    persistentPeers = List.copyOf(persistentPeers);
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException("p2p port out of range: " + port);
    }
    if (outgoingTarget < 0 || outgoingTarget > 10) {
      throw new IllegalArgumentException(
          "outgoing connections must be 0..10, got " + outgoingTarget);
    }
    if (maxIncoming < 0 || maxIncomingPerGroup < 0 || maxConcurrentDials < 1) {
      throw new IllegalArgumentException("connection limits must not be negative");
    }
    if (maxPayload < 1000) {
      throw new IllegalArgumentException("payload limit too small: " + maxPayload);
    }
    if (shareRequestBurst < 1 || shareRequestRate <= 0 || floodTolerance < 0) {
      throw new IllegalArgumentException("bad share request flood limits");
    }
  }

  public static Builder builder(P2pNetwork network) {
    return new Builder(network);
  }

  /** A builder starting from the production defaults. */
  public static final class Builder {
    private final P2pNetwork network;
    private String bindHost = "0.0.0.0";
    private int port;
    private int maxPayload = Framing.DEFAULT_MAX_PAYLOAD;
    private int outgoingTarget = 6;
    private int maxIncoming = 40;
    private int maxIncomingPerGroup = 3;
    private int maxConcurrentDials = 30;
    private final List<HostPort> persistentPeers = new ArrayList<>();
    private Optional<String> externalHost = Optional.empty();
    private boolean advertise = true;
    private Optional<Path> datadir = Optional.empty();
    private boolean exemptLoopbackFromBans = true;
    private boolean useBootstrap = true;
    private ConnectionTiming timing = ConnectionTiming.DEFAULTS;
    private SyncSettings sync = SyncSettings.DEFAULTS;
    private int shareRequestBurst = 200;
    private double shareRequestRate = 50;
    private int floodTolerance = 20;
    private Duration addrSaveInterval = Duration.ofSeconds(60);
    private Duration getAddrsMean = Duration.ofSeconds(20);
    private Duration advertiseMean = Duration.ofSeconds(100);
    private Duration reconnectDelay = Duration.ofSeconds(10);
    private Duration tick = Duration.ofSeconds(1);
    private String subVersion = "p2poolj-0.1.0";
    private long protocolVersion = PROTOCOL_VERSION;
    private long seed;

    private Builder(P2pNetwork network) {
      this.network = network;
      this.port = network.defaultPort();
    }

    public Builder bindHost(String v) {
      bindHost = v;
      return this;
    }

    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder maxPayload(int v) {
      maxPayload = v;
      return this;
    }

    public Builder outgoingTarget(int v) {
      outgoingTarget = v;
      return this;
    }

    public Builder maxIncoming(int total, int perGroup) {
      maxIncoming = total;
      maxIncomingPerGroup = perGroup;
      return this;
    }

    public Builder maxConcurrentDials(int v) {
      maxConcurrentDials = v;
      return this;
    }

    public Builder persistentPeer(HostPort v) {
      persistentPeers.add(v);
      return this;
    }

    public Builder externalHost(String v) {
      externalHost = Optional.ofNullable(v);
      return this;
    }

    public Builder advertise(boolean v) {
      advertise = v;
      return this;
    }

    public Builder datadir(Path v) {
      datadir = Optional.ofNullable(v);
      return this;
    }

    public Builder exemptLoopbackFromBans(boolean v) {
      exemptLoopbackFromBans = v;
      return this;
    }

    public Builder useBootstrap(boolean v) {
      useBootstrap = v;
      return this;
    }

    public Builder timing(ConnectionTiming v) {
      timing = v;
      return this;
    }

    public Builder sync(SyncSettings v) {
      sync = v;
      return this;
    }

    public Builder shareRequestLimits(int burst, double perSecond, int tolerance) {
      shareRequestBurst = burst;
      shareRequestRate = perSecond;
      floodTolerance = tolerance;
      return this;
    }

    public Builder addrSaveInterval(Duration v) {
      addrSaveInterval = v;
      return this;
    }

    public Builder getAddrsMean(Duration v) {
      getAddrsMean = v;
      return this;
    }

    public Builder advertiseMean(Duration v) {
      advertiseMean = v;
      return this;
    }

    public Builder reconnectDelay(Duration v) {
      reconnectDelay = v;
      return this;
    }

    public Builder tick(Duration v) {
      tick = v;
      return this;
    }

    public Builder subVersion(String v) {
      subVersion = v;
      return this;
    }

    public Builder protocolVersion(long v) {
      protocolVersion = v;
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    public P2pConfig build() {
      return new P2pConfig(
          network,
          bindHost,
          port,
          maxPayload,
          outgoingTarget,
          maxIncoming,
          maxIncomingPerGroup,
          maxConcurrentDials,
          persistentPeers,
          externalHost,
          advertise,
          datadir,
          exemptLoopbackFromBans,
          useBootstrap,
          timing,
          sync,
          shareRequestBurst,
          shareRequestRate,
          floodTolerance,
          addrSaveInterval,
          getAddrsMean,
          advertiseMean,
          reconnectDelay,
          tick,
          subVersion,
          protocolVersion,
          seed);
    }
  }
}
