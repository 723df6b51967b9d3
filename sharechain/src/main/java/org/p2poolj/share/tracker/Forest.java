package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.p2poolj.coin.hash.Hash256;

/**
 * The share forest: nodes by hash, parent/child links, orphans waiting for a parent, heads, and the
 * lazily cached positions, cumulative work and 2^k ancestor jumps.
 */
final class Forest {
  final Map<Hash256, Node> items = new HashMap<>();

  /** Children whose parent hash is not (or no longer) present, by that hash. */
  final Map<Hash256, List<Node>> orphans = new HashMap<>();

  final LinkedHashSet<Node> heads = new LinkedHashSet<>();
  final LinkedHashSet<Node> verifiedHeads = new LinkedHashSet<>();
  long epoch;
  long vepoch;
  private long seq;

  Node add(org.p2poolj.share.chain.LoadedShare share, long now, String peer) {
    Node n = new Node(share, seq++, now, peer);
    items.put(share.hash(), n);
    Hash256 prev = share.previousHash();
    Node p = prev == null ? null : items.get(prev);
    if (p != null) {
      n.parent = p;
      p.children.add(n);
      heads.remove(p);
    } else if (prev != null) {
      orphans.computeIfAbsent(prev, k -> new ArrayList<>(1)).add(n);
    }
    List<Node> waiting = orphans.remove(share.hash());
    if (waiting != null) {
      for (Node c : waiting) {
        c.parent = n;
        n.children.add(c);
      }
      bump();
    } else {
      heads.add(n);
    }
    return n;
  }

  /** Removes a head or a root; anything else would cut a chain in two (JT refuses too). */
  boolean remove(Node n) {
    boolean head = n.children.isEmpty();
    if (!head && n.parent != null) {
      return false;
    }
    n.alive = false;
    items.remove(n.share.hash());
    heads.remove(n);
    verifiedHeads.remove(n);
    Node p = n.parent;
    if (p != null) {
      p.children.remove(n);
      if (p.children.isEmpty()) {
        heads.add(p);
      }
      if (p.verified && !p.hasVerifiedChild()) {
        verifiedHeads.add(p);
      }
    } else if (n.share.previousHash() != null) {
      List<Node> sib = orphans.get(n.share.previousHash());
      if (sib != null) {
        sib.remove(n);
        if (sib.isEmpty()) {
          orphans.remove(n.share.previousHash());
        }
      }
    }
    if (!head) {
      List<Node> now = orphans.computeIfAbsent(n.share.hash(), k -> new ArrayList<>());
      for (Node c : n.children) {
        c.parent = null;
        now.add(c);
      }
      n.children.clear();
      bump();
    }
    return true;
  }

  void markVerified(Node n) {
    n.verified = true;
    if (n.hasVerifiedChild()) {
      vepoch++;
    } else {
      verifiedHeads.add(n);
    }
    if (n.parent != null) {
      verifiedHeads.remove(n.parent);
    }
  }

  void bump() {
    epoch++;
    vepoch++;
  }

  void ensure(Node node) {
    if (node.epoch == epoch) {
      return;
    }
    ArrayDeque<Node> stack = new ArrayDeque<>();
    for (Node cur = node; cur != null && cur.epoch != epoch; cur = cur.parent) {
      stack.push(cur);
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      Node p = n.parent;
      if (p == null) {
        n.pos = 0;
        n.root = n;
        n.cumWork = n.share.work();
        n.cumMinWork = n.share.minWork();
      } else {
        n.pos = p.pos + 1;
        n.root = p.root;
        n.cumWork = p.cumWork.add(n.share.work());
        n.cumMinWork = p.cumMinWork.add(n.share.minWork());
      }
      n.epoch = epoch;
    }
  }

  int height(Node n) {
    ensure(n);
    return (int) (n.pos - n.root.pos + 1);
  }

  Node root(Node n) {
    ensure(n);
    return n.root;
  }

  /** Lowest share of the verified run ending at verified node {@code node}. */
  Node verifiedRoot(Node node) {
    if (node.vepoch == vepoch) {
      return node.vroot;
    }
    ArrayDeque<Node> stack = new ArrayDeque<>();
    Node cur = node;
    while (true) {
      if (cur.vepoch == vepoch) {
        break;
      }
      stack.push(cur);
      Node p = cur.parent;
      if (p == null || !p.verified) {
        break;
      }
      cur = p;
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      Node p = n.parent;
      n.vroot = (p != null && p.verified) ? p.vroot : n;
      n.vepoch = vepoch;
    }
    return node.vroot;
  }

  int verifiedHeight(Node n) {
    if (!n.verified) {
      return 0;
    }
    Node vr = verifiedRoot(n);
    ensure(n);
    return (int) (n.pos - vr.pos + 1);
  }

  /** Cumulative work of the verified run up to and including {@code n}. */
  BigInteger verifiedWork(Node n) {
    if (n == null || !n.verified) {
      return BigInteger.ZERO;
    }
    Node vr = verifiedRoot(n);
    ensure(n);
    return n.cumWork.subtract(vr.cumWork).add(vr.share.work());
  }

  /** The n-th ancestor (0 = itself) or null when the chain is shorter. */
  Node ancestor(Node node, int n) {
    if (n < 0 || n >= height(node)) {
      return null;
    }
    Node cur = node;
    for (int k = 0; n != 0; k++, n >>>= 1) {
      if ((n & 1) != 0) {
        cur = jump(cur, k);
      }
    }
    return cur;
  }

  private Node jump(Node node, int k) {
    if (k == 0) {
      return node.parent;
    }
    if (node.jumps != null && k < node.jumps.length) {
      Node j = node.jumps[k];
      if (j != null && j.alive) {
        return j;
      }
    }
    Node mid = jump(node, k - 1);
    Node r = mid == null ? null : jump(mid, k - 1);
    if (r != null) {
      if (node.jumps == null || node.jumps.length <= k) {
        Node[] grown = new Node[Math.max(k + 1, 8)];
        if (node.jumps != null) {
          System.arraycopy(node.jumps, 0, grown, 0, node.jumps.length);
        }
        node.jumps = grown;
      }
      node.jumps[k] = r;
    }
    return r;
  }

  /** Sum of work (or min work) over {@code count} shares from {@code node} backwards. */
  BigInteger sumBack(Node node, int count, boolean minWork) {
    if (count <= 0) {
      return BigInteger.ZERO;
    }
    int h = height(node);
    if (count > h) {
      throw new IllegalStateException("chain has only " + h + " shares, " + count + " needed");
    }
    BigInteger top = minWork ? node.cumMinWork : node.cumWork;
    if (count == h) {
      Node r = node.root;
      BigInteger base =
          minWork ? r.cumMinWork.subtract(r.share.minWork()) : r.cumWork.subtract(r.share.work());
      return top.subtract(base);
    }
    Node below = ancestor(node, count);
    return top.subtract(minWork ? below.cumMinWork : below.cumWork);
  }
}
