package org.p2poolj.p2p.manager;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.p2poolj.p2p.addr.AddrEntry;
import org.p2poolj.p2p.addr.AddressBook;
import org.p2poolj.p2p.addr.HostPort;

/**
 * Chooses outgoing dials (JT {@code ClientFactory}): keep {@code target} outgoing connections, at
 * most {@code maxConcurrent} attempts at once, one connection or attempt per /16, never to a banned
 * host or to ourselves.
 */
public final class DialPlanner {
  private final int target;
  private final int maxConcurrent;

  public DialPlanner(int target, int maxConcurrent) {
    this.target = target;
    this.maxConcurrent = maxConcurrent;
  }

  public List<HostPort> plan(
      PeerRegistry registry,
      AddressBook book,
      BanList bans,
      Set<HostPort> self,
      long now,
      RandomGenerator random) {
    List<HostPort> out = new ArrayList<>();
    int want =
        Math.min(target - registry.outgoingCount(), maxConcurrent - registry.dialsInProgress());
    if (want <= 0) {
      return out;
    }
    Set<HostPort> exclude = new HashSet<>(registry.busyEndpoints());
    exclude.addAll(self);
    Set<String> groups = new HashSet<>(registry.outgoingGroups());
    for (Map.Entry<HostPort, AddrEntry> e : book.goodPeers(want * 4 + 8, now, random, exclude)) {
      if (out.size() >= want) {
        break;
      }
      HostPort hp = e.getKey();
      if (bans.isBanned(hp.host()) || !groups.add(NetGroups.group(hp.host()))) {
        continue;
      }
      out.add(hp);
    }
    return out;
  }
}
