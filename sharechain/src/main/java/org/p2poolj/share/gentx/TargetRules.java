package org.p2poolj.share.gentx;

import java.math.BigInteger;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.network.PoolNetwork;

/** Step 1 of generate_transaction: {@code max_bits} and {@code bits} (spec §3.6, §4.3). */
public final class TargetRules {
  private static final BigInteger NINE = BigInteger.valueOf(9);
  private static final BigInteger TEN = BigInteger.TEN;
  private static final BigInteger ELEVEN = BigInteger.valueOf(11);
  private static final BigInteger THIRTY = BigInteger.valueOf(30);

  /** The compact max target and share target. */
  public record Bits(long maxBits, long bits) {}

  private TargetRules() {}

  /** The easiest allowed share target after the share {@code prevHash} (pre_target3). */
  public static BigInteger preTarget3(
      ChainView chain, Hash256 prevHash, int height, PoolNetwork net) {
    int lookbehind = net.targetLookbehind();
    if (height < lookbehind) {
      return net.maxTarget();
    }
    LoadedShare near = chain.get(prevHash);
    LoadedShare far = chain.get(chain.nthParentHash(prevHash, lookbehind - 1));
    BigInteger attempts = chain.minWorkSum(prevHash, lookbehind - 1);
    long dt = near.timestamp() - far.timestamp();
    if (dt <= 0) {
      dt = 1;
    }
    BigInteger aps = attempts.divide(BigInteger.valueOf(dt));
    BigInteger pre =
        aps.signum() == 0
            ? Targets.TWO_256.subtract(BigInteger.ONE)
            : Targets.TWO_256
                .divide(BigInteger.valueOf(net.sharePeriod()).multiply(aps))
                .subtract(BigInteger.ONE);
    BigInteger prevMax = near.maxTarget();
    BigInteger pre2 =
        Targets.clip(pre, prevMax.multiply(NINE).divide(TEN), prevMax.multiply(ELEVEN).divide(TEN));
    return Targets.clip(pre2, net.minTarget(), net.maxTarget());
  }

  public static Bits bits(BigInteger preTarget3, BigInteger desiredTarget) {
    long maxBits = Targets.encode(preTarget3);
    BigInteger clipped = Targets.clip(desiredTarget, preTarget3.divide(THIRTY), preTarget3);
    return new Bits(maxBits, Targets.encode(clipped));
  }
}
