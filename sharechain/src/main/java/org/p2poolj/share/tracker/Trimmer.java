package org.p2poolj.share.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.network.PoolNetwork;

/**
 * JT's {@code clean_tracker}: eats unverified heads older than 300 s that are not among the best
 * candidates, and drops tails once every head above them is at least 2*CHAIN_LENGTH+10 high.
 *
 * <p>Why the slack: dropping a tail renumbers the chain (an epoch bump), so tails go in batches of
 * {@link #slack} shares instead of one per new share; the chain then holds between 2*CL+10 and
 * 2*CL+10+slack shares, "about 2 x CHAIN_LENGTH".
 */
final class Trimmer {
  private static final long STALE_HEAD_SECONDS = 300;
  private static final int MAX_ROUNDS = 1000;

  private final ShareTracker tracker;
  private final Forest forest;
  private final int keep;
  private final int slack;

  Trimmer(ShareTracker tracker, PoolNetwork net) {
    this.tracker = tracker;
    this.forest = tracker.forest;
    this.keep = 2 * net.chainLength() + 10;
    this.slack = Math.max(10, net.chainLength() / 32);
  }

  int trim(long now, Set<Hash256> keepHeads) {
    return eatHeads(now, keepHeads) + dropTails();
  }

  private int eatHeads(long now, Set<Hash256> keepHeads) {
    int removed = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Node> doomed = new ArrayList<>();
      for (Node h : forest.heads) {
        if (!h.verified
            && !keepHeads.contains(h.share.hash())
            && h.timeSeen <= now - STALE_HEAD_SECONDS) {
          doomed.add(h);
        }
      }
      if (doomed.isEmpty()) {
        break;
      }
      for (Node d : doomed) {
        removed += tracker.remove(d.share.hash()) ? 1 : 0;
      }
    }
    return removed;
  }

  private int dropTails() {
    int removed = 0;
    for (Map.Entry<Hash256, Set<Hash256>> e : tracker.tails().entrySet()) {
      int min = Integer.MAX_VALUE;
      for (Hash256 h : e.getValue()) {
        min = Math.min(min, tracker.height(h));
      }
      if (min < keep + slack) {
        continue;
      }
      Hash256 any = e.getValue().iterator().next();
      Node root = forest.root(forest.items.get(any));
      for (int i = 0; i < min - keep && root != null; i++) {
        if (root.children.size() > 1) {
          break; // JT: "Tail has multiple children"
        }
        Node next = root.children.isEmpty() ? null : root.children.get(0);
        if (!tracker.remove(root.share.hash())) {
          break;
        }
        removed++;
        root = next;
      }
    }
    return removed;
  }
}
