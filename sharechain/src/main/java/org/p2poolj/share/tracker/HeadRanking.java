package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.Comparator;

/** Orderings of verified heads (spec §4.8 step 4); the largest element is the best. */
final class HeadRanking {
  private HeadRanking() {}

  /** Verified work of the head's 5th ancestor: the newest five shares do not count. */
  static BigInteger settledWork(Thinker t, Node h) {
    Forest f = t.forest();
    int back = Math.min(5, f.verifiedHeight(h));
    Node a = f.ancestor(h, back);
    return a != null && a.verified && back < f.verifiedHeight(h)
        ? f.verifiedWork(a)
        : BigInteger.ZERO;
  }

  /** JT: {@code (W - min(punish,1)*A, -punish, -time_seen)}, then hash. */
  static Comparator<Node> decorated(Thinker t) {
    return Comparator.<Node, BigInteger>comparing(
            h -> {
              int p = Math.min(t.punish(h), 1);
              return settledWork(t, h).subtract(h.share.work().multiply(BigInteger.valueOf(p)));
            })
        .thenComparing(h -> -t.punish(h))
        .thenComparing(h -> -h.timeSeen)
        .thenComparing(h -> -h.seq)
        .thenComparing(h -> h.share.hash());
  }

  /** FV's ranking, used only to decide "punish aggressively". */
  static Comparator<Node> traditional(Thinker t) {
    return Comparator.<Node, BigInteger>comparing(h -> settledWork(t, h))
        .thenComparing(h -> -h.timeSeen)
        .thenComparing(h -> -h.seq)
        .thenComparing(h -> -t.punish(h))
        .thenComparing(h -> h.share.hash());
  }
}
