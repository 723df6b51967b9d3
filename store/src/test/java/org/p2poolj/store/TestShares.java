package org.p2poolj.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;

/**
 * Seeded random shares for tests. The hash is SHA-256d of the {@code share_type} bytes: a stand-in
 * for the share chain's real hash, which the store never computes itself.
 */
public final class TestShares {
  private final Random random;
  private long clock = 1_700_000_000_000L;

  public TestShares(long seed) {
    this.random = new Random(seed);
  }

  public static Hash256 hashOf(byte[] shareTypeBytes) {
    return Sha256d.hash256(shareTypeBytes);
  }

  public static byte[] shareTypeBytes(int type, byte[] contents) {
    return new ByteWriter().varInt(type).varStr(contents).toByteArray();
  }

  public StoredShare next() {
    return next(random.nextInt(200, 1600));
  }

  public StoredShare next(int size) {
    byte[] contents = new byte[size];
    random.nextBytes(contents);
    int type = random.nextBoolean() ? 35 : 34;
    String peer = random.nextInt(4) == 0 ? null : "10.0.0." + random.nextInt(256) + ":9326";
    clock += random.nextInt(1, 30_000);
    return new StoredShare(
        hashOf(shareTypeBytes(type, contents)), type, contents, false, clock, peer);
  }

  public List<StoredShare> next(int count, int size) {
    List<StoredShare> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next(size));
    }
    return out;
  }

  public Random random() {
    return random;
  }
}
