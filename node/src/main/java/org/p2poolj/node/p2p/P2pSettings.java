package org.p2poolj.node.p2p;

import java.nio.file.Path;
import org.p2poolj.p2p.P2pConfig;
import org.p2poolj.p2p.P2pNetwork;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.share.network.PoolNetwork;

/** Maps the node's {@code [p2p]} section and share-chain network onto the p2p module's config. */
public final class P2pSettings {
  private P2pSettings() {}

  /** The p2p side of a share-chain network: prefix, port, static floor and bootstrap list. */
  public static P2pNetwork network(PoolNetwork net) {
    return new P2pNetwork(
        net.name(),
        net.prefix(),
        net.p2pPort(),
        net.minimumProtocolVersion(),
        net.bootstrapAddrs());
  }

  /**
   * The p2p config for a node: {@code bind}, {@code port}, {@code outgoing}, {@code max_incoming},
   * {@code peers} (kept connected) and {@code external_ip} from {@code [p2p]}; the address book is
   * saved in {@code datadir}.
   */
  public static P2pConfig.Builder from(
      org.p2poolj.node.config.P2pConfig p2p, PoolNetwork net, Path datadir) {
    P2pNetwork network = network(net);
    P2pConfig.Builder b =
        P2pConfig.builder(network)
            .bindHost(p2p.bind())
            .port(p2p.port())
            .outgoingTarget(Math.min(10, p2p.outgoing()))
            .datadir(datadir);
    P2pConfig defaults = P2pConfig.builder(network).build();
    b.maxIncoming(p2p.maxIncoming(), defaults.maxIncomingPerGroup());
    for (String peer : p2p.peers()) {
      b.persistentPeer(HostPort.parse(peer, network.defaultPort()));
    }
    if (!p2p.externalIp().isEmpty()) {
      b.externalHost(p2p.externalIp());
    }
    return b;
  }
}
