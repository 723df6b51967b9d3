package org.p2poolj.p2p.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  @Test
  void burstThenRefillAtTheRate() {
    AtomicLong now = new AtomicLong();
    TokenBucket b = new TokenBucket(3, 2, now::get);
    assertThat(b.tryTake()).isTrue();
    assertThat(b.tryTake()).isTrue();
    assertThat(b.tryTake()).isTrue();
    assertThat(b.tryTake()).isFalse();
    now.addAndGet(500_000_000L); // half a second at 2/s: one token
    assertThat(b.tryTake()).isTrue();
    assertThat(b.tryTake()).isFalse();
    now.addAndGet(60_000_000_000L); // refills only to capacity
    int taken = 0;
    while (b.tryTake()) {
      taken++;
    }
    assertThat(taken).isEqualTo(3);
  }
}
