package org.p2poolj.web.view;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * One connected p2pool peer.
 *
 * @param host remote IP address as text
 * @param port remote TCP port
 * @param incoming true when the peer connected to us
 * @param subVersion the peer's self-reported software version
 * @param protocolVersion the peer's protocol version
 * @param pingMs best recent share-request round trip, empty when unknown
 * @param txpoolSize bytes of transactions the peer told us it remembers
 * @param connectedSince when the connection was established
 */
public record PeerInfo(
    String host,
    int port,
    boolean incoming,
    String subVersion,
    int protocolVersion,
    OptionalDouble pingMs,
    long txpoolSize,
    Instant connectedSince) {

  /** {@code host:port}, with brackets around IPv6 hosts. */
  public String endpoint() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
