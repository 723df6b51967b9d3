package org.p2poolj.stratum.vardiff;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.p2poolj.coin.block.Difficulty;

/**
 * One session's pseudoshare target. On each valid pseudoshare it records the time; once more than
 * {@code retargetSubmits} are recorded, or the oldest is older than {@code 10·n·rate}, it scales
 * the target by {@code clip(elapsed / (n·rate), 0.5, 2)} (the reference's rule), clips it to the
 * sane range and never makes it harder than the share target. A session that finds nothing for
 * {@code 10·rate} gets its target doubled on each {@link #onIdle} tick, so a tiny miner that
 * started too high comes down. Not thread-safe: the session serialises access.
 */
public final class Vardiff {
  private final VardiffConfig config;
  private final long[] times;
  private int count;
  private BigInteger target;
  private BigInteger previousTarget;
  private long changedAtMillis = Long.MIN_VALUE / 2;
  private long lastEventMillis;
  private boolean fixed;

  public Vardiff(VardiffConfig config, long nowMillis) {
    this(config, config.initialTarget(), nowMillis);
  }

  public Vardiff(VardiffConfig config, BigInteger initialTarget, long nowMillis) {
    this.config = config;
    this.times = new long[config.retargetSubmits() + 1];
    this.target = config.clip(initialTarget);
    this.previousTarget = target;
    this.lastEventMillis = nowMillis;
  }

  /** The current pseudoshare target (before the share-target floor). */
  public BigInteger target() {
    return target;
  }

  public boolean isFixed() {
    return fixed;
  }

  /**
   * The target a submit must meet: during the grace period after a retarget, the easier of the old
   * and the new one.
   */
  public BigInteger acceptTarget(long nowMillis) {
    if (nowMillis - changedAtMillis < config.graceMillis()) {
      return target.max(previousTarget);
    }
    return target;
  }

  /** A username's {@code +diff}: a fixed target, vardiff off (not clipped, as in the reference). */
  public void fix(BigInteger fixedTarget, long nowMillis) {
    fixed = true;
    change(fixedTarget.min(Difficulty.MAX_256), nowMillis);
  }

  /** {@code mining.suggest_difficulty}: a starting point for vardiff. Returns true if changed. */
  public boolean suggest(BigInteger suggested, long nowMillis) {
    if (fixed) {
      return false;
    }
    BigInteger t = config.clip(suggested);
    if (t.equals(target)) {
      return false;
    }
    count = 0;
    change(t, nowMillis);
    return true;
  }

  /**
   * Records a valid pseudoshare and retargets when due.
   *
   * @return true when the target changed (the session then sends {@code set_difficulty})
   */
  public boolean onPseudoshare(long nowMillis, BigInteger shareTarget) {
    lastEventMillis = nowMillis;
    if (fixed) {
      return false;
    }
    times[count++] = nowMillis;
    long oldest = times[0];
    double windowMillis = count * config.secondsPerPseudoshare() * 1000;
    if (count <= config.retargetSubmits() && nowMillis - oldest <= 10 * windowMillis) {
      return false;
    }
    double ratio = Math.clamp((nowMillis - oldest) / windowMillis, 0.5, 2.0);
    BigInteger scaled =
        new BigDecimal(target)
            .multiply(BigDecimal.valueOf(ratio))
            .add(new BigDecimal("0.5"))
            .setScale(0, RoundingMode.FLOOR)
            .toBigInteger();
    BigInteger next = config.clip(scaled);
    if (shareTarget != null) {
      next = next.max(shareTarget);
    }
    times[0] = nowMillis;
    count = 1;
    if (next.equals(target)) {
      return false;
    }
    change(next, nowMillis);
    return true;
  }

  /**
   * Called periodically: eases the target when the session has found nothing for {@code 10·rate}.
   *
   * @return true when the target changed
   */
  public boolean onIdle(long nowMillis) {
    if (fixed || nowMillis - lastEventMillis < 10_000 * config.secondsPerPseudoshare()) {
      return false;
    }
    lastEventMillis = nowMillis;
    count = 0;
    BigInteger next = config.clip(target.shiftLeft(1));
    if (next.equals(target)) {
      return false;
    }
    change(next, nowMillis);
    return true;
  }

  private void change(BigInteger next, long nowMillis) {
    previousTarget = target;
    target = next;
    changedAtMillis = nowMillis;
  }
}
