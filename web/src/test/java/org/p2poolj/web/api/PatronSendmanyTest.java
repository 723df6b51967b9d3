package org.p2poolj.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.web.http.HttpError;

class PatronSendmanyTest {
  private static Map<String, Double> randomPayouts(Random rnd) {
    Map<String, Double> m = new LinkedHashMap<>();
    int n = 1 + rnd.nextInt(30);
    for (int i = 0; i < n; i++) {
      m.put("addr" + i, rnd.nextInt(4) == 0 ? rnd.nextDouble() * 0.001 : rnd.nextDouble() * 5);
    }
    return m;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void splitSumsToTheTotalAndPaysOnlyKnownAddresses(long seed) {
    Random rnd = new Random(seed);
    Map<String, Double> payouts = randomPayouts(rnd);
    long total = 1 + rnd.nextLong(100_000_000_000L);
    long trunc = rnd.nextBoolean() ? 0 : rnd.nextLong(10_000_000L);
    Map<String, Long> split = PatronSendmany.split(payouts, total, trunc, new Random(seed));
    assertThat(split.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    assertThat(payouts.keySet()).containsAll(split.keySet());
    assertThat(split.values()).allSatisfy(v -> assertThat(v).isNotNegative());
    long small = split.values().stream().filter(v -> v < trunc).count();
    assertThat(small).as("at most the lottery winner is below trunc").isLessThanOrEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void withoutTruncationEachShareIsProportional(long seed) {
    Random rnd = new Random(seed);
    Map<String, Double> payouts = randomPayouts(rnd);
    long total = 50_000_000_000L;
    Map<String, Long> split = PatronSendmany.split(payouts, total, 0, new Random(seed));
    long weightSum = payouts.values().stream().mapToLong(v -> Math.round(v * 1e8)).sum();
    long remainder = total;
    for (Map.Entry<String, Double> e : payouts.entrySet()) {
      long fair =
          java.math.BigInteger.valueOf(Math.round(e.getValue() * 1e8))
              .multiply(java.math.BigInteger.valueOf(total))
              .divide(java.math.BigInteger.valueOf(weightSum))
              .longValue();
      remainder -= fair;
      assertThat(split.getOrDefault(e.getKey(), 0L)).isGreaterThanOrEqualTo(fair);
    }
    assertThat(remainder).isBetween(0L, (long) payouts.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "NaN", "1e30"})
  void badAmountsAreBadRequests(String text) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PatronSendmany.satoshis(text))
        .isInstanceOf(HttpError.class);
  }
}
