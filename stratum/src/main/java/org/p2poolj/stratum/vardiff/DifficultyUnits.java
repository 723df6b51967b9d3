package org.p2poolj.stratum.vardiff;

import java.math.BigInteger;
import org.p2poolj.coin.block.Difficulty;

/**
 * Stratum difficulty for a target: {@code target_to_difficulty(t) * multiplier}, where the
 * multiplier is the chain's {@code DUMB_SCRYPT_DIFF} (65536 for scrypt coins, 1 for sha256d).
 */
public record DifficultyUnits(double multiplier) {
  public static final DifficultyUnits SCRYPT = new DifficultyUnits(65536);
  public static final DifficultyUnits SHA256D = new DifficultyUnits(1);

  public DifficultyUnits {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be positive: " + multiplier);
    }
  }

  public double toStratum(BigInteger target) {
    return Difficulty.targetToDifficulty(target) * multiplier;
  }

  /** The target for a Stratum difficulty; 0 gives the easiest target. */
  public BigInteger fromStratum(double difficulty) {
    return Difficulty.difficultyToTarget(difficulty / multiplier);
  }
}
