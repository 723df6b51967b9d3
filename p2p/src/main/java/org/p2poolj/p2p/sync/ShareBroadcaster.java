package org.p2poolj.p2p.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.RawShare;

/**
 * Decides which shares go to which peer when the best share changes (JT {@code broadcast_share}):
 * up to 5 shares walking back from the best, stopping at the first one already broadcast, sent to
 * every peer except the one each share came from and those known to have it. Thread-safe.
 */
public final class ShareBroadcaster {
  public static final int WALK_BACK = 5;
  private static final int MEMORY = 20_000;
  private static final int PER_PEER_MEMORY = 4_000;

  private final ShareChainPort chain;
  private final int maxPayload;
  private final RecentSet<Hash256> shared = new RecentSet<>(MEMORY);
  private final Map<PeerId, RecentSet<Hash256>> known = new HashMap<>();

  public ShareBroadcaster(ShareChainPort chain, int maxPayload) {
    this.chain = chain;
    this.maxPayload = maxPayload;
  }

  /** The peer has these shares (it sent them, or we did). */
  public synchronized void peerKnows(PeerId peer, Collection<Hash256> hashes) {
    RecentSet<Hash256> set = known.computeIfAbsent(peer, p -> new RecentSet<>(PER_PEER_MEMORY));
    for (Hash256 h : hashes) {
      set.add(h);
    }
  }

  public synchronized void peerGone(PeerId peer) {
    known.remove(peer);
  }

  /** The messages to send to each peer now; peers with nothing to receive are absent. */
  public synchronized Map<PeerId, List<Message.Shares>> onBestChanged(List<PeerId> peers) {
    List<KnownShare> fresh = new ArrayList<>();
    for (KnownShare s : chain.recentFromBest(WALK_BACK)) {
      if (shared.contains(s.hash())) {
        break;
      }
      fresh.add(s);
    }
    Map<PeerId, List<Message.Shares>> out = new LinkedHashMap<>();
    if (fresh.isEmpty()) {
      return out;
    }
    fresh = fresh.reversed(); // parents before children
    for (KnownShare s : fresh) {
      shared.add(s.hash());
    }
    for (PeerId peer : peers) {
      RecentSet<Hash256> has = known.computeIfAbsent(peer, p -> new RecentSet<>(PER_PEER_MEMORY));
      List<RawShare> send = new ArrayList<>();
      for (KnownShare s : fresh) {
        if (s.source().map(peer::equals).orElse(false) || has.contains(s.hash())) {
          continue;
        }
        has.add(s.hash());
        send.add(s.share());
      }
      if (!send.isEmpty()) {
        out.put(peer, Fragmenter.split(send, maxPayload));
      }
    }
    return out;
  }
}
