package org.p2poolj.web.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphDatabaseTest {
  /** A time on a last_hour bin edge (24 s bins) plus a bit, so tests know which bin is which. */
  private static final double T0 = 1_700_000_016.0;

  private static double scalar(GraphBin b) {
    return ((BinValue.Scalar) b.value()).value();
  }

  @Test
  void rateStreamDividesWorkByBinWidth() {
    GraphDatabase db = new GraphDatabase();
    db.add(GraphStreams.LOCAL_HASH_RATE, T0 - 30, 1000);
    db.add(GraphStreams.LOCAL_HASH_RATE, T0 - 29, 1400);
    List<GraphBin> bins =
        db.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_HOUR, T0).orElseThrow();
    assertThat(bins).hasSize(150);
    double width = GraphView.LAST_HOUR.binWidth();
    int hit = -1;
    for (int i = 0; i < bins.size(); i++) {
      if (scalar(bins.get(i)) != 0) {
        assertThat(hit).as("only one bin has data").isEqualTo(-1);
        hit = i;
      }
    }
    assertThat(hit).isPositive();
    assertThat(scalar(bins.get(hit))).isCloseTo(2400 / width, within(1e-9));
    GraphBin b = bins.get(hit);
    assertThat(b.centerTime() - width / 2).isLessThanOrEqualTo(T0 - 30);
    assertThat(b.centerTime() + width / 2).isGreaterThan(T0 - 29);
    assertThat(bins.get(0).defaultValue()).isEqualTo(new BinValue.Scalar(0));
  }

  @Test
  void gaugeStreamAveragesAndLeavesEmptyBinsMissing() {
    GraphDatabase db = new GraphDatabase();
    db.add(GraphStreams.CURRENT_PAYOUT, T0 - 100, 1.0);
    db.add(GraphStreams.CURRENT_PAYOUT, T0 - 99, 2.0);
    db.add(GraphStreams.CURRENT_PAYOUT, T0 - 98, 6.0);
    List<GraphBin> bins =
        db.query(GraphStreams.CURRENT_PAYOUT, GraphView.LAST_DAY, T0).orElseThrow();
    assertThat(bins).hasSize(300);
    List<GraphBin> filled =
        bins.stream().filter(b -> b.value() instanceof BinValue.Scalar).toList();
    assertThat(filled).hasSize(1);
    assertThat(scalar(filled.get(0))).isCloseTo(3.0, within(1e-12));
    assertThat(bins.stream().filter(b -> b.value() == BinValue.MISSING)).hasSize(299);
    assertThat(bins.get(5).defaultValue()).isEqualTo(BinValue.MISSING);
  }

  @Test
  void zeroFilledMultiGaugeAveragesOverAllSamplesOfTheBin() {
    GraphDatabase db = new GraphDatabase();
    db.add(GraphStreams.POOL_RATES, T0 - 5, Map.of("good", 2.0));
    db.add(GraphStreams.POOL_RATES, T0 - 4, Map.of("orphan", 4.0));
    GraphBin newest =
        db.query(GraphStreams.POOL_RATES, GraphView.LAST_HOUR, T0).orElseThrow().get(0);
    Map<String, Double> v = ((BinValue.Multi) newest.value()).values();
    assertThat(v).containsOnlyKeys("good", "orphan");
    assertThat(v.get("good")).isEqualTo(1.0);
    assertThat(v.get("orphan")).isEqualTo(2.0);
    assertThat(newest.defaultValue()).isEqualTo(new BinValue.Scalar(0));
  }

  @Test
  void binsAreNewestFirstWithFullWidthsAndAPartialNewestBin() {
    GraphDatabase db = new GraphDatabase();
    db.add(GraphStreams.LOCAL_HASH_RATE, T0, 1);
    double now = T0 + 5;
    List<GraphBin> bins =
        db.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_HOUR, now).orElseThrow();
    double width = GraphView.LAST_HOUR.binWidth();
    double newestLeft = bins.get(0).centerTime() - bins.get(0).width() / 2;
    assertThat(newestLeft % width).isCloseTo(0, within(1e-6));
    assertThat(bins.get(0).centerTime() + bins.get(0).width() / 2).isCloseTo(now, within(1e-9));
    for (int i = 1; i < bins.size(); i++) {
      assertThat(bins.get(i).width()).isCloseTo(width, within(1e-9));
      assertThat(bins.get(i - 1).centerTime() - bins.get(i).centerTime())
          .isBetween(width / 2, width + 1e-9);
    }
  }

  @Test
  void dataOlderThanTheViewFallsOut() {
    GraphDatabase db = new GraphDatabase();
    db.add(GraphStreams.LOCAL_HASH_RATE, T0, 5000);
    double later = T0 + 3600 + 60;
    assertThat(db.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_HOUR, later).orElseThrow())
        .allSatisfy(b -> assertThat(scalar(b)).isZero());
    assertThat(db.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_DAY, later).orElseThrow())
        .anySatisfy(b -> assertThat(scalar(b)).isPositive());
  }

  @Test
  void multivalueStreamsKeepOnlyTheLargestKeys() {
    StreamSpec spec = StreamSpec.multiRate("x", 3);
    GraphDatabase db = new GraphDatabase(List.of(spec));
    for (int i = 1; i <= 6; i++) {
      db.add("x", T0 - 1, Map.of("k" + i, (double) i));
    }
    GraphBin newest = db.query("x", GraphView.LAST_HOUR, T0).orElseThrow().get(0);
    assertThat(((BinValue.Multi) newest.value()).values()).containsOnlyKeys("k4", "k5", "k6");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void rateTimesWidthSumsToTheWorkAddedInTheWindow(long seed) {
    Random rnd = new Random(seed);
    GraphDatabase db = new GraphDatabase();
    double now = T0 + rnd.nextInt(100_000);
    Map<GraphView, Double> inWindow = new HashMap<>();
    for (int i = 0; i < 2000; i++) {
      double t = now - rnd.nextDouble() * 3 * 86400;
      double work = rnd.nextDouble() * 1e6;
      db.add(GraphStreams.LOCAL_HASH_RATE, t, work);
      for (GraphView v : GraphView.values()) {
        // The window is the bins: from the oldest bin's left edge up to now.
        double lastBinEnd = Math.ceil(now / v.binWidth()) * v.binWidth();
        if (t >= lastBinEnd - v.binCount() * v.binWidth()) {
          inWindow.merge(v, work, Double::sum);
        }
      }
    }
    for (GraphView v : GraphView.values()) {
      double sum =
          db.query(GraphStreams.LOCAL_HASH_RATE, v, now).orElseThrow().stream()
              .mapToDouble(b -> scalar(b) * b.width())
              .sum();
      assertThat(sum).as(v.wireName()).isCloseTo(inWindow.getOrDefault(v, 0.0), within(1e-3));
    }
  }

  @Test
  void streamKindIsEnforced() {
    GraphDatabase db = new GraphDatabase();
    assertThatThrownBy(() -> db.add(GraphStreams.POOL_RATES, T0, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> db.add(GraphStreams.LOCAL_HASH_RATE, T0, Map.of("a", 1.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> db.add("nope", T0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(db.query("nope", GraphView.LAST_HOUR, T0)).isEmpty();
  }

  @Test
  void viewsHaveTheReferenceBinCounts() {
    assertThat(GraphView.LAST_HOUR.binCount()).isEqualTo(150);
    assertThat(GraphView.LAST_HOUR.binWidth()).isEqualTo(24.0);
    assertThat(GraphView.LAST_YEAR.binCount()).isEqualTo(300);
    assertThat(GraphView.byWireName("last_week")).contains(GraphView.LAST_WEEK);
    assertThat(GraphView.byWireName("last_decade")).isEmpty();
  }
}
