package org.p2poolj.coin.collect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps that drop their eldest entry once they hold more than a capacity: the caches and
 * remembered-recently sets every module keeps in front of something unbounded (peers, miners,
 * daemon answers). Not thread-safe; callers synchronise as they need.
 */
public final class BoundedMaps {
  private BoundedMaps() {}

  /** Drops the least recently used entry (a get counts as a use). */
  public static <K, V> Map<K, V> lru(int capacity) {
    return bounded(capacity, true);
  }

  /** Drops the oldest inserted entry; reads do not change the order. */
  public static <K, V> Map<K, V> fifo(int capacity) {
    return bounded(capacity, false);
  }

  private static <K, V> Map<K, V> bounded(int capacity, boolean accessOrder) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    return new LinkedHashMap<>(16, 0.75f, accessOrder) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
