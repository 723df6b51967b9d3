package org.p2poolj.share.chain;

import java.math.BigInteger;
import org.p2poolj.coin.block.CompactTarget;
import org.p2poolj.coin.block.Difficulty;

/** Target helpers with p2pool's integer semantics. */
public final class Targets {
  public static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  private Targets() {}

  public static BigInteger decode(long bits) {
    return CompactTarget.decode(bits);
  }

  public static long encode(BigInteger target) {
    return CompactTarget.fromTargetUpperBound(target);
  }

  /** {@code 2^256 // (t+1)}. */
  public static BigInteger attempts(BigInteger target) {
    return Difficulty.averageAttempts(target);
  }

  public static BigInteger clip(BigInteger v, BigInteger lo, BigInteger hi) {
    return v.compareTo(lo) < 0 ? lo : (v.compareTo(hi) > 0 ? hi : v);
  }
}
