package org.p2poolj.stratum.vardiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.block.Difficulty;

class VardiffTest {
  private static final BigInteger HARDEST = BigInteger.ONE.shiftLeft(180);
  private static final BigInteger EASIEST = BigInteger.ONE.shiftLeft(255);
  private static final VardiffConfig CONFIG =
      new VardiffConfig(3.0, 12, HARDEST, EASIEST, BigInteger.ONE.shiftLeft(240), 10_000);

  /** A simulated miner: pseudoshares arrive as a Poisson process at hashrate / attempts(target). */
  private static final class SimMiner {
    final double hashrate;
    final Vardiff vardiff;
    final Random random;
    long next;
    int found;
    int foundLate;

    SimMiner(double hashrate, long seed) {
      this.hashrate = hashrate;
      this.vardiff = new Vardiff(CONFIG, 0);
      this.random = new Random(seed);
    }

    void schedule(long now) {
      double mean = Difficulty.averageAttempts(vardiff.target()).doubleValue() / hashrate;
      double wait = -Math.log(1 - random.nextDouble()) * mean;
      next = now + (long) Math.min(wait * 1000, 1e15);
    }

    double expectedSecondsPerPseudoshare() {
      return Difficulty.averageAttempts(vardiff.target()).doubleValue() / hashrate;
    }
  }

  /** Runs miners together for {@code seconds}, with the server's 1 s idle tick. */
  private static void simulate(long seconds, long lateFrom, SimMiner... miners) {
    for (SimMiner m : miners) {
      m.schedule(0);
    }
    for (long t = 0; t < seconds * 1000; ) {
      long tick = (t / 1000 + 1) * 1000;
      SimMiner first = null;
      for (SimMiner m : miners) {
        if (m.next < tick && (first == null || m.next < first.next)) {
          first = m;
        }
      }
      if (first == null) {
        t = tick;
        for (SimMiner m : miners) {
          if (m.vardiff.onIdle(t)) {
            m.schedule(t);
          }
        }
        continue;
      }
      t = first.next;
      first.found++;
      if (t >= lateFrom * 1000) {
        first.foundLate++;
      }
      first.vardiff.onPseudoshare(t, null);
      first.schedule(t);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void bigAndTinyMinerBothSettleNearTheAimedRate(long seed) {
    Random r = new Random(seed);
    SimMiner big = new SimMiner(1e13 * (1 + r.nextDouble()), r.nextLong()); // ~10 TH/s
    SimMiner tiny = new SimMiner(100 * (1 + r.nextDouble()), r.nextLong()); // ~100 H/s
    simulate(4 * 3600, 3 * 3600, big, tiny);
    for (SimMiner m : new SimMiner[] {big, tiny}) {
      assertThat(m.expectedSecondsPerPseudoshare())
          .as("hashrate %s", m.hashrate)
          .isBetween(3.0 / 4, 3.0 * 4);
      double observed = 3600.0 / m.foundLate;
      assertThat(observed).as("observed interval at %s H/s", m.hashrate).isBetween(1.5, 6.0);
    }
  }

  @Test
  void targetStaysInsideTheSaneRange() {
    Vardiff v = new Vardiff(CONFIG, 0);
    long t = 0;
    for (int i = 0; i < 10_000; i++) {
      v.onPseudoshare(t++, null);
    }
    assertThat(v.target()).isEqualTo(HARDEST);
    for (int i = 0; i < 200; i++) {
      t += 100_000;
      v.onIdle(t);
    }
    assertThat(v.target()).isEqualTo(EASIEST);
  }

  @Test
  void neverHarderThanTheShareTarget() {
    Vardiff v = new Vardiff(CONFIG, 0);
    BigInteger shareTarget = BigInteger.ONE.shiftLeft(230);
    for (int i = 0; i < 10_000; i++) {
      v.onPseudoshare(i, shareTarget);
    }
    assertThat(v.target()).isEqualTo(shareTarget);
  }

  @Test
  void retargetFollowsTheReferenceRule() {
    Vardiff v = new Vardiff(CONFIG, 0);
    BigInteger start = v.target();
    // 13 submits over 13 * 3 s: exactly on rate, ratio (36 s)/(13 * 3 s) just under 1.
    boolean changed = false;
    for (int i = 0; i <= 12; i++) {
      changed = v.onPseudoshare(i * 3000L, null);
    }
    assertThat(changed).isTrue();
    BigInteger expected =
        new BigDecimal(start)
            .multiply(BigDecimal.valueOf(36.0 / 39.0))
            .add(new BigDecimal("0.5"))
            .toBigInteger();
    assertThat(v.target()).isEqualTo(expected);
  }

  @Test
  void fixedDifficultyNeverMoves() {
    Vardiff v = new Vardiff(CONFIG, 0);
    BigInteger fixed = BigInteger.ONE.shiftLeft(245);
    v.fix(fixed, 0);
    for (int i = 0; i < 100; i++) {
      assertThat(v.onPseudoshare(i, null)).isFalse();
    }
    assertThat(v.onIdle(10_000_000)).isFalse();
    assertThat(v.suggest(BigInteger.ONE.shiftLeft(200), 1)).isFalse();
    assertThat(v.target()).isEqualTo(fixed);
  }

  @Test
  void graceKeepsThePreviousEasierTargetForAWhile() {
    Vardiff v = new Vardiff(CONFIG, 0);
    BigInteger old = v.target();
    v.suggest(old.shiftRight(4), 1000);
    assertThat(v.acceptTarget(1000 + 9_999)).isEqualTo(old);
    assertThat(v.acceptTarget(1000 + 10_000)).isEqualTo(old.shiftRight(4));
  }

  @Test
  void initialTargetAimsAtTenPseudosharesASecondForTheWholeNode() {
    assertThat(CONFIG.initialTargetFor(0)).isEqualTo(CONFIG.initialTarget());
    double rate = 1e9;
    BigInteger t = CONFIG.initialTargetFor(rate);
    double attempts = Difficulty.averageAttempts(t).doubleValue();
    assertThat(rate / attempts).isCloseTo(10.0, within(0.01));
    assertThat(CONFIG.initialTargetFor(1e300)).isEqualTo(HARDEST);
  }

  @Test
  void stratumUnitsScaleByDumbScryptDiff() {
    BigInteger diff1 = new BigInteger("ffff", 16).shiftLeft(208);
    assertThat(DifficultyUnits.SHA256D.toStratum(diff1)).isCloseTo(1.0, within(1e-9));
    assertThat(DifficultyUnits.SCRYPT.toStratum(diff1)).isCloseTo(65536.0, within(1e-6));
    // Scrypt difficulty 1 is target 0x0000ffff << 224 (litecoind-regtest.md).
    BigInteger scryptDiff1 = DifficultyUnits.SCRYPT.fromStratum(1);
    assertThat(scryptDiff1.subtract(new BigInteger("ffff", 16).shiftLeft(224)).abs())
        .isLessThan(BigInteger.ONE.shiftLeft(200));
  }
}
