package org.p2poolj.coin.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.p2poolj.testkit.GoldenVectors;

class DifficultyTest {
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  @Test
  void averageAttemptsVectors() {
    JsonNode vectors =
        GoldenVectors.load("pack_primitives_and_hash_link.json").get("target_to_average_attempts");
    assertThat(vectors).isNotEmpty();
    for (JsonNode v : vectors) {
      BigInteger target = new BigInteger(v.get("target").asText(), 16);
      assertThat(Difficulty.averageAttempts(target))
          .isEqualTo(new BigInteger(v.get("attempts").asText()));
    }
  }

  @Test
  void targetToDifficultyVectors() {
    JsonNode vectors =
        GoldenVectors.load("pack_primitives_and_hash_link.json").get("target_to_difficulty");
    assertThat(vectors).isNotEmpty();
    for (JsonNode v : vectors) {
      BigInteger target = new BigInteger(v.get("target").asText(), 16);
      assertThat(Difficulty.targetToDifficulty(target))
          .isEqualTo(Double.parseDouble(v.get("difficulty").asText()));
    }
  }

  @Test
  void difficultyToTargetInvertsTheDifficultyOneTarget() {
    BigInteger diff1 = BigInteger.valueOf(0xffff0000L).shiftLeft(192);
    // 0xffff0000*2^192 is exact in a double, so diff 1 gives that value - 1 + 0.5 truncated.
    assertThat(Difficulty.difficultyToTarget(1.0)).isEqualTo(diff1);
    assertThat(Difficulty.difficultyToTarget(0)).isEqualTo(Difficulty.MAX_256);
    assertThat(Difficulty.difficultyToTarget(1e-300)).isEqualTo(Difficulty.MAX_256);
    assertThat(Difficulty.difficultyToTarget(2.0)).isEqualTo(diff1.shiftRight(1));
  }

  @Test
  void averageAttemptsToTargetMatchesTheIntegerFormula() {
    assertThat(Difficulty.averageAttemptsToTarget(1.0)).isEqualTo(Difficulty.MAX_256);
    assertThat(Difficulty.averageAttemptsToTarget(0x1p32)).isEqualTo(TWO_256.shiftRight(32));
    assertThat(Difficulty.averageAttempts(Difficulty.averageAttemptsToTarget(1000.0)))
        .isBetween(BigInteger.valueOf(999), BigInteger.valueOf(1000));
    assertThat(Difficulty.averageAttemptsToTarget(BigInteger.valueOf(1000)))
        .isEqualTo(Difficulty.averageAttemptsToTarget(1000.0));
    // A count that is not a double: Python true division (p2pool imports it) gives 0xeb65c628fc72f8
    // << 52 for
    // int / int, and 0xeb65c628fc7300 << 52 if the count were rounded to a float first.
    BigInteger big = new BigInteger("388040786401130241883264915293518049400121507");
    assertThat(Difficulty.averageAttemptsToTarget(big))
        .isEqualTo(new BigInteger("eb65c628fc72f80000000000000", 16));
    assertThat(Difficulty.averageAttemptsToTarget(big.doubleValue()))
        .isEqualTo(new BigInteger("eb65c628fc73000000000000000", 16));
  }
}
