package org.p2poolj.p2p.manager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.peer.PeerConnection;
import org.p2poolj.p2p.peer.PeerId;

/**
 * The live connections: every open one, the established ones keyed by the nonce they announced (so
 * a second connection with a known nonce is a duplicate), and the outgoing dials in progress.
 * Thread-safe.
 */
public final class PeerRegistry {
  private final Map<PeerId, PeerConnection> open = new HashMap<>();
  private final Map<Long, PeerId> nonces = new HashMap<>();
  private final Map<PeerId, Long> nonceOf = new HashMap<>();
  private final Set<HostPort> dialing = new HashSet<>();

  public synchronized void opened(PeerConnection c) {
    open.put(c.id(), c);
  }

  /** Registers an established peer; false if another connection holds the nonce. */
  public synchronized boolean establish(PeerId id, long nonce) {
    if (nonces.containsKey(nonce) || !open.containsKey(id)) {
      return false;
    }
    nonces.put(nonce, id);
    nonceOf.put(id, nonce);
    return true;
  }

  public synchronized boolean nonceConnected(long nonce) {
    return nonces.containsKey(nonce);
  }

  public synchronized void closed(PeerId id) {
    open.remove(id);
    Long nonce = nonceOf.remove(id);
    if (nonce != null) {
      nonces.remove(nonce);
    }
  }

  public synchronized Optional<PeerConnection> get(PeerId id) {
    return Optional.ofNullable(open.get(id));
  }

  /** Established connections, in no particular order. */
  public synchronized List<PeerConnection> established() {
    List<PeerConnection> out = new ArrayList<>();
    for (PeerId id : nonceOf.keySet()) {
      PeerConnection c = open.get(id);
      if (c != null && c.established()) {
        out.add(c);
      }
    }
    return out;
  }

  public synchronized List<PeerId> establishedIds() {
    return established().stream().map(PeerConnection::id).toList();
  }

  public synchronized Collection<PeerConnection> all() {
    return List.copyOf(open.values());
  }

  /** Open outgoing connections plus dials in progress, for the outgoing target. */
  public synchronized int outgoingCount() {
    int n = dialing.size();
    for (PeerId id : open.keySet()) {
      if (!id.incoming()) {
        n++;
      }
    }
    return n;
  }

  /** Remote endpoints we are connected or dialing to (outgoing) and hosts connected in. */
  public synchronized Set<HostPort> busyEndpoints() {
    Set<HostPort> out = new HashSet<>(dialing);
    for (PeerId id : open.keySet()) {
      if (!id.incoming()) {
        out.add(new HostPort(id.host(), id.port()));
      }
    }
    return out;
  }

  /** Groups (/16) we have outgoing connections or dials to: p2pool dials one per group. */
  public synchronized Set<String> outgoingGroups() {
    Set<String> out = new HashSet<>();
    for (HostPort hp : dialing) {
      out.add(NetGroups.group(hp.host()));
    }
    for (PeerId id : open.keySet()) {
      if (!id.incoming()) {
        out.add(NetGroups.group(id.host()));
      }
    }
    return out;
  }

  public synchronized boolean startDial(HostPort hp) {
    return dialing.add(hp);
  }

  public synchronized void endDial(HostPort hp) {
    dialing.remove(hp);
  }

  public synchronized int dialsInProgress() {
    return dialing.size();
  }
}
