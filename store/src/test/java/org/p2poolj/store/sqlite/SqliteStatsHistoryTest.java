package org.p2poolj.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.store.NodeMetadata;
import org.p2poolj.store.stats.RetentionPolicy;
import org.p2poolj.store.stats.StatsHistory;
import org.p2poolj.store.stats.StatsHistoryContract;
import org.p2poolj.store.stats.StatsPoint;

class SqliteStatsHistoryTest extends StatsHistoryContract {
  @TempDir Path dir;
  private SqliteStore store;

  @Override
  protected StatsHistory history() {
    store = open();
    return store.stats();
  }

  private SqliteStore open() {
    return SqliteStore.open(dir.resolve("shares.db"), Clock.systemUTC(), RetentionPolicy.DEFAULT);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void chartsSurviveARestart() {
    StatsHistory h = history();
    h.record("local_hash_rate", T0, 1.25e6);
    h.record("pool_rates", T0 + 5000, Map.of("good", 3.0, "orphan", 0.5));
    store.close();

    store = open();
    assertThat(store.stats().query("local_hash_rate", T0, T0 + 10_000))
        .extracting(StatsPoint::value)
        .containsExactly(1.25e6);
    assertThat(store.stats().query("pool_rates", T0, T0 + 10_000))
        .extracting(StatsPoint::values)
        .containsExactly(Map.of("good", 3.0, "orphan", 0.5));
  }

  @Test
  void metadataSurvivesARestartAndCanBeRemoved() {
    store = open();
    NodeMetadata meta = store.metadata();
    meta.put(NodeMetadata.BEST_SHARE_AT_SHUTDOWN, "00".repeat(32));
    meta.put(NodeMetadata.BEST_SHARE_AT_SHUTDOWN, "ab".repeat(32));
    meta.put("other", "x");
    meta.remove("other");
    store.close();

    store = open();
    assertThat(store.metadata().get(NodeMetadata.BEST_SHARE_AT_SHUTDOWN)).contains("ab".repeat(32));
    assertThat(store.metadata().get("other")).isEmpty();
  }
}
