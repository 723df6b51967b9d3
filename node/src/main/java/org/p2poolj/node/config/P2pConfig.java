package org.p2poolj.node.config;

import java.util.List;

/**
 * {@code [p2p]}: the p2pool peer network. {@code peers} are extra {@code host[:port]} addresses to
 * connect to besides the bootstrap list; {@code external_ip} (optional) is what we advertise.
 */
public record P2pConfig(
    String bind, int port, int maxIncoming, int outgoing, List<String> peers, String externalIp) {
  public P2pConfig {
    Checks.host("bind", bind);
    Checks.port("port", port);
    Checks.atLeast("max_incoming", maxIncoming, 0);
    Checks.atLeast("outgoing", outgoing, 0);
    peers = Checks.hostPorts("peers", peers);
    Checks.hostOrEmpty("external_ip", externalIp);
  }
}
