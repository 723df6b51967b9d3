package org.p2poolj.coin.block;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Target, work and difficulty conversions, following p2pool's {@code bitcoin/data.py} (spec §2).
 * Work is exact integer arithmetic; the difficulty conversions use doubles as p2pool does.
 */
public final class Difficulty {
  /** 2^256 - 1, the largest target. */
  public static final BigInteger MAX_256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  /** The difficulty-1 numerator {@code 0xffff0000 * 2^192 + 1}. */
  private static final BigInteger DIFF1 =
      BigInteger.valueOf(0xffff0000L).shiftLeft(192).add(BigInteger.ONE);

  private static final double DIFF1_DOUBLE = DIFF1.doubleValue();

  private Difficulty() {}

  /** Expected hashes to find a hash at or below {@code target}: {@code 2^256 // (target+1)}. */
  public static BigInteger averageAttempts(BigInteger target) {
    if (target.signum() < 0) {
      throw new IllegalArgumentException("negative target " + target);
    }
    return TWO_256.divide(target.add(BigInteger.ONE));
  }

  /** {@code (0xffff0000 * 2^192 + 1) / (target+1)} as a double (display only). */
  public static double targetToDifficulty(BigInteger target) {
    if (target.signum() < 0) {
      throw new IllegalArgumentException("negative target " + target);
    }
    // Enough digits that the final rounding to double matches Python's exact int true division.
    return new BigDecimal(DIFF1)
        .divide(new BigDecimal(target.add(BigInteger.ONE)), new MathContext(60))
        .doubleValue();
  }

  /** {@code min(int(diff1 / d - 1 + 0.5), 2^256-1)}; difficulty 0 gives the maximum target. */
  public static BigInteger difficultyToTarget(double difficulty) {
    if (!(difficulty >= 0) || Double.isInfinite(difficulty)) {
      throw new IllegalArgumentException("difficulty must be finite and >= 0: " + difficulty);
    }
    if (difficulty == 0) {
      return MAX_256;
    }
    return clamp(DIFF1_DOUBLE / difficulty - 1 + 0.5);
  }

  /** {@code min(int(2^256 / attempts - 1 + 0.5), 2^256-1)}. */
  public static BigInteger averageAttemptsToTarget(double attempts) {
    if (!(attempts > 0) || Double.isInfinite(attempts)) {
      throw new IllegalArgumentException("attempts must be finite and > 0: " + attempts);
    }
    return clamp(0x1p256 / attempts - 1 + 0.5);
  }

  /**
   * The same for an integer attempt count, dividing exactly first as Python's {@code int / int}
   * does, so large counts are not rounded to a double before the division.
   */
  public static BigInteger averageAttemptsToTarget(BigInteger attempts) {
    if (attempts.signum() <= 0) {
      throw new IllegalArgumentException("attempts must be > 0: " + attempts);
    }
    double q =
        new BigDecimal(TWO_256).divide(new BigDecimal(attempts), new MathContext(60)).doubleValue();
    return clamp(q - 1 + 0.5);
  }

  private static BigInteger clamp(double v) {
    if (Double.isInfinite(v)) {
      return MAX_256;
    }
    BigInteger t = v <= 0 ? BigInteger.ZERO : new BigDecimal(v).toBigInteger();
    return t.compareTo(MAX_256) > 0 ? MAX_256 : t;
  }
}
