package org.p2poolj.coin.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedMapsTest {
  @Test
  void lruDropsTheLeastRecentlyUsed() {
    Map<String, Integer> m = BoundedMaps.lru(2);
    m.put("a", 1);
    m.put("b", 2);
    m.get("a");
    m.put("c", 3);
    assertThat(m).containsOnlyKeys("a", "c");
  }

  @Test
  void fifoDropsTheOldestInsertedWhateverWasRead() {
    Map<String, Integer> m = BoundedMaps.fifo(2);
    m.put("a", 1);
    m.put("b", 2);
    m.get("a");
    m.put("c", 3);
    assertThat(m).containsOnlyKeys("b", "c");
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> BoundedMaps.lru(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
