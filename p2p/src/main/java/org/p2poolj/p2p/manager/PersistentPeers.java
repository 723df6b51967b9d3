package org.p2poolj.p2p.manager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.peer.PeerId;

/**
 * The {@code -n host:port} peers: each is kept connected, and redialed a fixed delay after a failed
 * attempt or a disconnect (JT {@code SingleClientFactory}). Time is passed in as nanos.
 */
public final class PersistentPeers {
  private static final class Slot {
    PeerId connection;
    boolean dialing;
    long nextAttempt;
  }

  private final Duration retryDelay;
  private final Map<HostPort, Slot> slots = new LinkedHashMap<>();

  public PersistentPeers(List<HostPort> peers, Duration retryDelay) {
    this.retryDelay = retryDelay;
    for (HostPort hp : peers) {
      slots.put(hp, new Slot());
    }
  }

  /** Peers to dial now; they are marked as dialing. */
  public synchronized List<HostPort> due(long nowNanos) {
    List<HostPort> out = new ArrayList<>();
    for (Map.Entry<HostPort, Slot> e : slots.entrySet()) {
      Slot s = e.getValue();
      if (s.connection == null && !s.dialing && nowNanos - s.nextAttempt >= 0) {
        s.dialing = true;
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** A dial finished: connected (with the connection id) or failed. */
  public synchronized void dialed(HostPort hp, Optional<PeerId> connection, long nowNanos) {
    Slot s = slots.get(hp);
    if (s == null) {
      return;
    }
    s.dialing = false;
    s.connection = connection.orElse(null);
    if (connection.isEmpty()) {
      s.nextAttempt = nowNanos + retryDelay.toNanos();
    }
  }

  /** A connection ended; if it was a persistent peer's, schedule the redial. */
  public synchronized void closed(PeerId id, long nowNanos) {
    for (Slot s : slots.values()) {
      if (id.equals(s.connection)) {
        s.connection = null;
        s.nextAttempt = nowNanos + retryDelay.toNanos();
      }
    }
  }
}
