package org.p2poolj.p2p.peer;

/**
 * Identifies one connection: a serial number unique within the node, plus the remote host and port
 * as seen on the socket. Two connections from the same host have different ids.
 */
public record PeerId(long serial, String host, int port, boolean incoming) {
  @Override
  public String toString() {
    return "#" + serial + (incoming ? " in " : " out ") + host + ":" + port;
  }
}
