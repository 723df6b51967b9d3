package org.p2poolj.p2p.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/** A set that forgets its oldest insertions past a capacity. Not thread-safe. */
final class RecentSet<T> {
  private final LinkedHashMap<T, Boolean> map;

  RecentSet(int capacity) {
    this.map =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<T, Boolean> eldest) {
            return size() > capacity;
          }
        };
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
