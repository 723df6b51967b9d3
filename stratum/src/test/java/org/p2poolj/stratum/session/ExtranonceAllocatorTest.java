package org.p2poolj.stratum.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.codec.Hex;

class ExtranonceAllocatorTest {
  @Test
  void oneByteExtranoncesRunOutAt256AndComeBackWhenReleased() {
    ExtranonceAllocator a = new ExtranonceAllocator(1, 77);
    Set<String> seen = new HashSet<>();
    byte[] first = null;
    for (int i = 0; i < 256; i++) {
      byte[] x = a.allocate().orElseThrow();
      assertThat(x).hasSize(1);
      assertThat(seen.add(Hex.encode(x))).isTrue();
      if (first == null) {
        first = x;
      }
    }
    assertThat(a.allocate()).isEmpty();
    a.release(first);
    byte[] freed = first;
    assertThat(a.allocate()).hasValueSatisfying(x -> assertThat(x).isEqualTo(freed));
    assertThat(a.inUse()).isEqualTo(256);
  }

  @Test
  void fourByteExtranoncesAreUniqueAcrossManySessions() {
    ExtranonceAllocator a = new ExtranonceAllocator(4, -1);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(Hex.encode(a.allocate().orElseThrow()))).isTrue();
    }
  }
}
