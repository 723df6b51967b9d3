package org.p2poolj.stratum.vardiff;

import java.math.BigInteger;
import org.p2poolj.coin.block.Difficulty;

/**
 * Vardiff tuning.
 *
 * @param secondsPerPseudoshare the aimed time between a session's pseudoshares (the reference's
 *     {@code --share-rate}, 3 s)
 * @param retargetSubmits retarget once more than this many submits are recorded (reference: 12)
 * @param hardestTarget the lowest target vardiff may set (the reference's SANE_TARGET_RANGE low
 *     end)
 * @param easiestTarget the highest target vardiff may set (SANE_TARGET_RANGE high end)
 * @param initialTarget a new session's pseudoshare target
 * @param graceMillis after a retarget, submits meeting the previous target still count this long
 *     (miners switch difficulty only at their next job)
 */
public record VardiffConfig(
    double secondsPerPseudoshare,
    int retargetSubmits,
    BigInteger hardestTarget,
    BigInteger easiestTarget,
    BigInteger initialTarget,
    long graceMillis) {
  public VardiffConfig {
    if (!(secondsPerPseudoshare > 0) || retargetSubmits < 1 || graceMillis < 0) {
      throw new IllegalArgumentException("invalid vardiff rate, count or grace");
    }
    if (hardestTarget.signum() <= 0
        || hardestTarget.compareTo(easiestTarget) > 0
        || easiestTarget.compareTo(Difficulty.MAX_256) > 0) {
      throw new IllegalArgumentException("need 0 < hardestTarget <= easiestTarget <= 2^256-1");
    }
    initialTarget = clip(initialTarget, hardestTarget, easiestTarget);
  }

  /**
   * The reference's defaults for a chain: 3 s per pseudoshare, 12 submits, the given sane range,
   * starting at the easiest target.
   */
  public static VardiffConfig defaults(BigInteger hardestTarget, BigInteger easiestTarget) {
    return new VardiffConfig(3.0, 12, hardestTarget, easiestTarget, easiestTarget, 10_000);
  }

  /** Litecoin's SANE_TARGET_RANGE: {@code (2^256//10^15 - 1, 2^256//1000 - 1)}. */
  public static VardiffConfig litecoin() {
    BigInteger two256 = BigInteger.ONE.shiftLeft(256);
    return defaults(
        two256.divide(BigInteger.TEN.pow(15)).subtract(BigInteger.ONE),
        two256.divide(BigInteger.valueOf(1000)).subtract(BigInteger.ONE));
  }

  public VardiffConfig withInitialTarget(BigInteger target) {
    return new VardiffConfig(
        secondsPerPseudoshare, retargetSubmits, hardestTarget, easiestTarget, target, graceMillis);
  }

  public VardiffConfig withRate(double seconds) {
    return new VardiffConfig(
        seconds, retargetSubmits, hardestTarget, easiestTarget, initialTarget, graceMillis);
  }

  /** The target clipped to the sane range. */
  public BigInteger clip(BigInteger target) {
    return clip(target, hardestTarget, easiestTarget);
  }

  /**
   * The reference's starting target for a new session: at most about ten pseudoshares a second if
   * the session had the whole node's hash rate ({@code average_attempts_to_target(rate/10)}),
   * clipped; the configured initial target while no rate is known.
   */
  public BigInteger initialTargetFor(double nodeHashrate) {
    if (!(nodeHashrate > 0) || Double.isInfinite(nodeHashrate)) {
      return initialTarget;
    }
    return clip(Difficulty.averageAttemptsToTarget(Math.max(1, nodeHashrate / 10)));
  }

  private static BigInteger clip(BigInteger t, BigInteger lo, BigInteger hi) {
    return t.max(lo).min(hi);
  }
}
