package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.chain.HeightAndLast;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.verify.CheckOutcome;

/** One run of {@code think()}: verify heads, extend verified chains, pick tail, head, punish. */
final class Thinker {
  private final ShareTracker tracker;
  private final Forest forest;
  private final PoolNetwork net;
  private final RandomGenerator random;
  private final Map<Hash256, DesiredShare> desired = new LinkedHashMap<>();
  private final List<BadShare> bad = new ArrayList<>();
  private final Map<Node, Integer> punished = new HashMap<>();

  Thinker(ShareTracker tracker, PoolNetwork net, RandomGenerator random) {
    this.tracker = tracker;
    this.forest = tracker.forest;
    this.net = net;
    this.random = random;
  }

  ThinkResult think(long now, ToIntFunction<Hash256> blockRelHeight) {
    verifyHeads(now);
    extendVerified(now);
    Hash256 bestTail = bestTail(blockRelHeight);
    List<Node> candidates = new ArrayList<>();
    if (bestTail != null) {
      for (Node h : forest.verifiedHeads) {
        if (tracker.verifiedTail(h).equals(bestTail)) {
          candidates.add(h);
        }
      }
    }
    Node best = null;
    boolean aggressive = false;
    List<Hash256> top = new ArrayList<>();
    if (!candidates.isEmpty()) {
      candidates.sort(HeadRanking.decorated(this));
      for (int i = candidates.size() - 1; i >= 0 && top.size() < 5; i--) {
        top.add(candidates.get(i).share.hash());
      }
      best = candidates.get(candidates.size() - 1);
      Node traditional = candidates.stream().max(HeadRanking.traditional(this)).orElseThrow();
      aggressive = punish(traditional) != 0;
      best = Punishment.walk(this, best);
    }
    long cutoff = best == null ? now - 24 * 3600 : Math.min(now, best.share.timestamp()) - 3600;
    List<DesiredShare> want = new ArrayList<>();
    for (DesiredShare d : desired.values()) {
      if (d.timestamp() >= cutoff) {
        want.add(d);
      }
    }
    return new ThinkResult(best == null ? null : best.share.hash(), want, bad, aggressive, top);
  }

  /** Step 1: for each unverified head, verify it or the first ancestor that passes. */
  private void verifyHeads(long now) {
    List<Node> bads = new ArrayList<>();
    for (Node head : new ArrayList<>(forest.heads)) {
      if (head.verified || !head.alive) {
        continue;
      }
      HeightAndLast hl = tracker.heightAndLast(head.share.hash());
      int n =
          hl.last() == null
              ? hl.height()
              : Math.min(5, Math.max(0, hl.height() - net.chainLength()));
      boolean ok = false;
      Node cur = head;
      for (int i = 0; i < n && cur != null; i++, cur = cur.parent) {
        if (cur.verified) {
          ok = true;
          break;
        }
        CheckOutcome o = tracker.check(cur, now);
        if (o instanceof CheckOutcome.Valid v) {
          tracker.commit(cur, v);
          ok = true;
          break;
        }
        InvalidShare why = ((CheckOutcome.Invalid) o).invalid();
        bad.add(new BadShare(cur.share.hash(), cur.peer, why));
        bads.add(cur);
      }
      if (!ok && hl.last() != null) {
        want(forest.orphans.get(hl.last()), hl.last(), head);
      }
    }
    for (Node b : bads) {
      if (b.alive) {
        tracker.remove(b.share.hash());
      }
    }
  }

  /**
   * Step 2: give each verified head CHAIN_LENGTH verified ancestors, requesting what is missing.
   */
  private void extendVerified(long now) {
    for (Node head : new ArrayList<>(forest.verifiedHeads)) {
      int headHeight = forest.verifiedHeight(head);
      Node vroot = forest.verifiedRoot(head);
      Hash256 lastHash = vroot.share.previousHash();
      HeightAndLast last = tracker.heightAndLast(lastHash);
      int wantCount = Math.max(net.chainLength() - headHeight, 0);
      int can =
          last.last() != null ? Math.max(last.height() - 1 - net.chainLength(), 0) : last.height();
      int get = Math.min(wantCount, can);
      if (get > 0) {
        extendDown(forest.items.get(lastHash), get, now);
      }
      if (headHeight < net.chainLength() && last.last() != null) {
        List<Node> kids = new ArrayList<>();
        Node lastNode = forest.items.get(lastHash);
        for (Node c : lastNode == null ? List.<Node>of() : lastNode.children) {
          if (c.verified) {
            kids.add(c);
          }
        }
        want(kids, last.last(), head);
      }
    }
  }

  /**
   * JT verifies downward and stops at the first failure. Checks do not depend on which shares are
   * verified, so we check oldest first (cheap for the PPLNS window) and commit from the top.
   */
  private void extendDown(Node top, int count, long now) {
    List<Node> chain = new ArrayList<>(count);
    for (Node c = top; c != null && chain.size() < count; c = c.parent) {
      chain.add(c);
    }
    CheckOutcome[] outcomes = new CheckOutcome[chain.size()];
    for (int i = chain.size() - 1; i >= 0; i--) {
      outcomes[i] = chain.get(i).verified ? null : tracker.check(chain.get(i), now);
    }
    for (int i = 0; i < chain.size(); i++) {
      if (outcomes[i] == null) {
        continue;
      }
      if (!(outcomes[i] instanceof CheckOutcome.Valid v)) {
        break;
      }
      tracker.commit(chain.get(i), v);
    }
  }

  private void want(List<Node> children, Hash256 missing, Node head) {
    if (missing == null || desired.containsKey(missing)) {
      return;
    }
    String peer = null;
    if (children != null && !children.isEmpty()) {
      peer = children.get(random.nextInt(children.size())).peer;
    }
    long ts = Long.MIN_VALUE;
    BigInteger target = null;
    for (LoadedShare s : tracker.chain(head.share.hash(), 5)) {
      ts = Math.max(ts, s.timestamp());
      target = target == null || s.target().compareTo(target) < 0 ? s.target() : target;
    }
    desired.put(missing, new DesiredShare(peer, missing, ts, target));
  }

  /** Step 3: the verified tail whose best head scores highest. */
  private Hash256 bestTail(ToIntFunction<Hash256> blockRelHeight) {
    Map<Hash256, Set<Hash256>> tails = tracker.verifiedTails();
    Hash256 bestTail = null;
    ChainScore bestScore = null;
    for (Map.Entry<Hash256, Set<Hash256>> e : tails.entrySet()) {
      Node top = null;
      BigInteger topWork = null;
      for (Hash256 h : e.getValue()) {
        Node n = forest.items.get(h);
        BigInteger w = forest.verifiedWork(n);
        if (topWork == null || w.compareTo(topWork) > 0) {
          top = n;
          topWork = w;
        }
      }
      ChainScore s = ChainScore.of(this, top, blockRelHeight);
      if (bestScore == null
          || Comparator.<ChainScore>naturalOrder().compare(s, bestScore) > 0
          || (s.compareTo(bestScore) == 0 && e.getKey().compareTo(bestTail) > 0)) {
        bestScore = s;
        bestTail = e.getKey();
      }
    }
    return bestTail;
  }

  /**
   * JT's should_punish_reason: -1 for a block solution, n if naughty, 1 if a v17-v33 share's block
   * would be too big or heavy (judged only once all its transactions are known), else 0.
   */
  int punish(Node n) {
    // Once per node and think(): transactions learnt meanwhile (other threads) must not change a
    // value in the middle of a sort.
    return punished.computeIfAbsent(n, this::punishNow);
  }

  private int punishNow(Node n) {
    if (n.share.isBlockSolution()) {
      return -1;
    }
    if (n.naughty != 0) {
      return n.naughty;
    }
    return switch (tracker.blockFit(n)) {
      case OVER_WEIGHT, OVER_SIZE -> 1;
      case FITS, UNKNOWN -> 0;
    };
  }

  Forest forest() {
    return forest;
  }

  PoolNetwork net() {
    return net;
  }
}
