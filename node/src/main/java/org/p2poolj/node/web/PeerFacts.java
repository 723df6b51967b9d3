package org.p2poolj.node.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.p2poolj.p2p.P2pNode;
import org.p2poolj.web.view.BanInfo;
import org.p2poolj.web.view.PeerInfo;

/**
 * Peers and bans from the p2p node, when the node runs one (a solo regtest node may not). The p2p
 * layer does not keep pings, remembered-transaction sizes or connect times per peer yet, so those
 * show as unknown, zero and the time first seen here.
 */
final class PeerFacts {
  private final Supplier<Optional<P2pNode>> p2p;
  private final Map<Long, Instant> firstSeen = new ConcurrentHashMap<>();

  private final IntSupplier pending;

  /**
   * @param pending shares the chain still wants from peers
   */
  PeerFacts(Supplier<Optional<P2pNode>> p2p, IntSupplier pending) {
    this.p2p = p2p;
    this.pending = pending;
  }

  List<PeerInfo> peers() {
    Optional<P2pNode> n = p2p.get();
    if (n.isEmpty() || !n.get().isRunning()) {
      return List.of();
    }
    Instant now = Instant.now();
    List<PeerInfo> out =
        n.get().peers().stream()
            .filter(org.p2poolj.p2p.PeerInfo::established)
            .map(
                p ->
                    new PeerInfo(
                        p.id().host(),
                        p.id().port(),
                        p.id().incoming(),
                        p.subVersion(),
                        (int) p.protocolVersion(),
                        OptionalDouble.empty(),
                        0,
                        firstSeen.computeIfAbsent(p.id().serial(), k -> now)))
            .toList();
    // Forget connections that are gone so the map stays as small as the peer list.
    firstSeen.keySet().retainAll(n.get().peers().stream().map(p -> p.id().serial()).toList());
    return out;
  }

  List<BanInfo> bans() {
    Optional<P2pNode> n = p2p.get();
    if (n.isEmpty()) {
      return List.of();
    }
    return n.get().bans().stream()
        .map(b -> new BanInfo(b.host(), b.reason().name(), b.until()))
        .toList();
  }

  int pendingShareRequests() {
    return p2p.get().isPresent() ? pending.getAsInt() : 0;
  }
}
