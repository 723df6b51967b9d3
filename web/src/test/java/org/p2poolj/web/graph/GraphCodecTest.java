package org.p2poolj.web.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphCodecTest {
  private static final double NOW = 1_750_000_000.0;

  private static GraphDatabase filled(long seed) {
    Random rnd = new Random(seed);
    GraphDatabase db = new GraphDatabase();
    GraphRecorder rec = new GraphRecorder(db);
    for (int i = 0; i < 500; i++) {
      double t = NOW - rnd.nextDouble() * 8 * 86400;
      rec.pseudoshare(t, rnd.nextDouble() * 1e6, rnd.nextInt(10) == 0, "user" + rnd.nextInt(4));
      db.add(GraphStreams.POOL_RATES, t, Map.of("good", rnd.nextDouble(), "doa", rnd.nextDouble()));
      db.add(GraphStreams.CURRENT_PAYOUT, t, rnd.nextDouble());
    }
    return db;
  }

  @Test
  void roundTripGivesTheSameGraphs() {
    GraphDatabase db = filled(9);
    String json = GraphCodec.toJson(db);
    GraphDatabase loaded = new GraphDatabase();
    GraphCodec.load(json, loaded);
    for (String s : db.streams()) {
      for (GraphView v : GraphView.values()) {
        assertThat(loaded.query(s, v, NOW)).as(s + "/" + v).isEqualTo(db.query(s, v, NOW));
      }
    }
  }

  @Test
  void aViewWithAnotherBinWidthIsDroppedNotMisread() {
    GraphDatabase db = filled(3);
    String json = GraphCodec.toJson(db).replace("\"bin_width\":24.0", "\"bin_width\":30.0");
    GraphDatabase loaded = new GraphDatabase();
    GraphCodec.load(json, loaded);
    assertThat(loaded.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_HOUR, NOW))
        .isEqualTo(
            new GraphDatabase().query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_HOUR, NOW));
    assertThat(loaded.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_DAY, NOW))
        .isEqualTo(db.query(GraphStreams.LOCAL_HASH_RATE, GraphView.LAST_DAY, NOW));
  }

  @Test
  void malformedInputIsRejected() {
    GraphDatabase db = new GraphDatabase();
    assertThatThrownBy(() -> GraphCodec.load("not json", db))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GraphCodec.load("{\"version\":99}", db))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
