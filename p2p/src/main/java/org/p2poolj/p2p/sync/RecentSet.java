package org.p2poolj.p2p.sync;

import java.util.Map;
import org.p2poolj.coin.collect.BoundedMaps;

/** A set that forgets its oldest insertions past a capacity. Not thread-safe. */
final class RecentSet<T> {
  private final Map<T, Boolean> map;

  RecentSet(int capacity) {
    this.map = BoundedMaps.fifo(capacity);
  }

  boolean add(T t) {
    return map.put(t, Boolean.TRUE) == null;
  }

  boolean contains(T t) {
    return map.containsKey(t);
  }

  int size() {
    return map.size();
  }
}
