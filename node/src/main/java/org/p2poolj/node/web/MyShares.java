package org.p2poolj.node.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * Hashes of the shares this node's miners found, newest first, bounded so a long-running node does
 * not grow without limit (the chain forgets older shares anyway).
 */
final class MyShares {
  private final int capacity;
  private final Deque<Hash256> hashes = new ArrayDeque<>();

  MyShares(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(Hash256 hash) {
    hashes.addFirst(hash);
    while (hashes.size() > capacity) {
      hashes.removeLast();
    }
  }

  synchronized List<Hash256> newestFirst() {
    return new ArrayList<>(hashes);
  }

  synchronized int size() {
    return hashes.size();
  }
}
