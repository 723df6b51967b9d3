package org.p2poolj.p2p.manager;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.p2p.peer.DisconnectReason;

/**
 * Admission of incoming connections: at most {@code maxTotal} at once and at most {@code
 * maxPerGroup} from one /16 ({@code ServerFactory} in JT: 40 and 3). Slots are taken on accept and
 * given back on close.
 */
public final class IncomingLimits {
  private final int maxTotal;
  private final int maxPerGroup;
  private final Map<String, Integer> perGroup = new HashMap<>();
  private int total;

  public IncomingLimits(int maxTotal, int maxPerGroup) {
    this.maxTotal = maxTotal;
    this.maxPerGroup = maxPerGroup;
  }

  /** Takes a slot for {@code host}, or says why not. */
  public synchronized Optional<DisconnectReason> admit(String host) {
    String group = NetGroups.group(host);
    if (total >= maxTotal || perGroup.getOrDefault(group, 0) >= maxPerGroup) {
      return Optional.of(DisconnectReason.CONNECTION_LIMIT);
    }
    total++;
    perGroup.merge(group, 1, Integer::sum);
    return Optional.empty();
  }

  public synchronized void release(String host) {
    String group = NetGroups.group(host);
    Integer n = perGroup.get(group);
    if (n == null) {
      return;
    }
    total--;
    if (n <= 1) {
      perGroup.remove(group);
    } else {
      perGroup.put(group, n - 1);
    }
  }

  public synchronized int total() {
    return total;
  }
}
