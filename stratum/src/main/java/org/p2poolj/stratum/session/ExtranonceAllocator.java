package org.p2poolj.stratum.session;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Hands out extranonce1 values unique among live sessions, so no two miners can hash the same
 * coinbase. Values run up from a seeded start and skip those in use; with 1-byte extranonces at
 * most 256 sessions fit. Thread-safe.
 */
public final class ExtranonceAllocator {
  private final int size;
  private final long space;
  private final Set<Long> live = new HashSet<>();
  private long next;

  public ExtranonceAllocator(int size, long seed) {
    if (size < 1 || size > 4) {
      throw new IllegalArgumentException("extranonce1 size must be 1..4: " + size);
    }
    this.size = size;
    this.space = 1L << (8 * size);
    this.next = Math.floorMod(seed, space);
  }

  public synchronized Optional<byte[]> allocate() {
    if (live.size() >= space) {
      return Optional.empty();
    }
    while (live.contains(next)) {
      next = (next + 1) % space;
    }
    long v = next;
    next = (next + 1) % space;
    live.add(v);
    byte[] out = new byte[size];
    for (int i = 0; i < size; i++) {
      out[i] = (byte) (v >>> (8 * (size - 1 - i)));
    }
    return Optional.of(out);
  }

  public synchronized void release(byte[] extranonce1) {
    long v = 0;
    for (byte b : extranonce1) {
      v = v << 8 | (b & 0xff);
    }
    live.remove(v);
  }

  public synchronized int inUse() {
    return live.size();
  }
}
