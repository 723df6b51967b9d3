package org.p2poolj.store.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DownsamplerTest {
  @Test
  void bucketsStartOnMultiplesOfTheWidth() {
    assertThat(Downsampler.bucketStart(299_999, 300)).isZero();
    assertThat(Downsampler.bucketStart(300_000, 300)).isEqualTo(300_000);
    assertThat(Downsampler.bucketStart(-1, 300)).isEqualTo(-300_000);
  }

  @Test
  void averagesScalarsPerBucket() {
    List<StatsPoint> points =
        List.of(
            StatsPoint.scalar(10_000, 1),
            StatsPoint.scalar(20_000, 2),
            StatsPoint.scalar(70_000, 10),
            StatsPoint.scalar(30_000, 6));

    List<StatsPoint> merged = Downsampler.merge(points, 60);

    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).timeMillis()).isZero();
    assertThat(merged.get(0).samples()).isEqualTo(3);
    assertThat(merged.get(0).value()).isEqualTo(3.0);
    assertThat(merged.get(1).timeMillis()).isEqualTo(60_000);
    assertThat(merged.get(1).value()).isEqualTo(10.0);
    assertThat(merged.get(1).resolutionSeconds()).isEqualTo(60);
  }

  @Test
  void aKeyMissingFromASampleCountsAsZero() {
    List<StatsPoint> points =
        List.of(
            StatsPoint.raw(0, Map.of("alice", 4.0, "bob", 2.0)),
            StatsPoint.raw(1_000, Map.of("alice", 8.0)));

    StatsPoint p = Downsampler.merge(points, 60).getFirst();

    assertThat(p.values()).containsEntry("alice", 6.0).containsEntry("bob", 1.0);
    assertThat(p.isScalar()).isFalse();
  }

  /** Merging in passes (raw to 5 min, then with late samples) equals merging everything once. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void mergingInPassesEqualsMergingOnce(long seed) {
    Random rnd = new Random(seed);
    List<StatsPoint> raw = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Map<String, Double> v =
          rnd.nextBoolean()
              ? Map.of("a", rnd.nextDouble() * 100)
              : Map.of("a", rnd.nextDouble(), "b", rnd.nextDouble() * 1e9);
      raw.add(StatsPoint.raw(rnd.nextLong(0, 3_600_000), v));
    }
    List<StatsPoint> firstHalf = raw.subList(0, 250);
    List<StatsPoint> secondHalf = raw.subList(250, 500);
    List<StatsPoint> passes = new ArrayList<>(Downsampler.merge(firstHalf, 300));
    passes.addAll(secondHalf);

    List<StatsPoint> twoPass = Downsampler.merge(passes, 300);
    List<StatsPoint> onePass = Downsampler.merge(raw, 300);

    assertThat(twoPass).hasSameSizeAs(onePass);
    for (int i = 0; i < onePass.size(); i++) {
      StatsPoint x = onePass.get(i);
      StatsPoint y = twoPass.get(i);
      assertThat(y.timeMillis()).isEqualTo(x.timeMillis());
      assertThat(y.samples()).isEqualTo(x.samples());
      assertThat(y.values().keySet()).isEqualTo(x.values().keySet());
      x.values()
          .forEach(
              (k, v) ->
                  assertThat(y.values().get(k))
                      .isCloseTo(v, within(1e-6 * Math.max(1, Math.abs(v)))));
    }
  }
}
