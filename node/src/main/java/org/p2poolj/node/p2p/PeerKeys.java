package org.p2poolj.node.p2p;

import java.util.Map;
import java.util.Optional;
import org.p2poolj.coin.collect.BoundedMaps;
import org.p2poolj.p2p.peer.PeerId;

/**
 * The chain records a share's sender as text ({@code host:port}, also what the store keeps); the
 * p2p layer names connections by {@link PeerId}. This maps one to the other for the connections
 * seen lately, so downloads can go back to the sender and bad shares can be punished.
 */
final class PeerKeys {
  private static final int MAX = 4096;

  private final Map<String, PeerId> byKey = BoundedMaps.lru(MAX);

  static String keyOf(PeerId id) {
    String host = id.host().contains(":") ? "[" + id.host() + "]" : id.host();
    return host + ":" + id.port();
  }

  synchronized String remember(PeerId id) {
    String key = keyOf(id);
    byKey.put(key, id);
    return key;
  }

  /** The connection a key was seen on, if still remembered. */
  synchronized Optional<PeerId> lookup(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
  }

  /**
   * A key from an earlier run (loaded from the store) has no connection; a stand-in id with its
   * host still lets the host be banned.
   */
  synchronized Optional<PeerId> lookupOrStandIn(String key) {
    Optional<PeerId> known = lookup(key);
    if (known.isPresent() || key == null) {
      return known;
    }
    int colon = key.lastIndexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String host = key.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return Optional.of(new PeerId(0, host, Integer.parseInt(key.substring(colon + 1)), false));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
