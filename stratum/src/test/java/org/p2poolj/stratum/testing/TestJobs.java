package org.p2poolj.stratum.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.stratum.job.JobSpec;

/** Seeded job specs shaped like real ones (a coinbase split around its 8-byte nonce). */
public final class TestJobs {
  /** Regtest's easiest target, {@code 7fffff00...}: about every second scrypt hash meets it. */
  public static final BigInteger REGTEST_TARGET = new BigInteger("7fffff", 16).shiftLeft(232);

  private TestJobs() {}

  public static JobSpec spec(long seed, BigInteger shareTarget, BigInteger blockTarget) {
    Random r = new Random(seed);
    byte[] prev = new byte[32];
    r.nextBytes(prev);
    byte[] coinb1 = new byte[60 + r.nextInt(40)];
    r.nextBytes(coinb1);
    byte[] coinb2 = new byte[4];
    List<Hash256> branch = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      byte[] h = new byte[32];
      r.nextBytes(h);
      branch.add(Hash256.wrap(h));
    }
    return new JobSpec(
        Hash256.wrap(prev),
        coinb1,
        coinb2,
        branch,
        0x20000000L,
        0x207fffffL,
        1_714_426_000L + r.nextInt(1000),
        shareTarget,
        blockTarget,
        "ctx-" + seed);
  }
}
