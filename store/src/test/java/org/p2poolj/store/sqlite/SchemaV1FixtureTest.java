package org.p2poolj.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.store.NodeMetadata;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.stats.RetentionPolicy;
import org.p2poolj.store.stats.StatsPoint;

/** A file written by schema v1 (built from a frozen SQL fixture) stays readable. */
class SchemaV1FixtureTest {
  @TempDir Path dir;

  @Test
  void aVersionOneFileOpensWithItsData() throws Exception {
    Path file = dir.resolve("shares.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement();
        InputStream in = getClass().getResourceAsStream("schema-v1-fixture.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!stmt.isBlank()) {
          st.execute(stmt);
        }
      }
    }

    try (SqliteStore store = SqliteStore.open(file, Clock.systemUTC(), RetentionPolicy.DEFAULT)) {
      assertThat(store.recovery()).isEmpty();
      List<StoredShare> shares = store.shares().loadAll();
      byte[] first = new byte[32];
      first[0] = (byte) 0xff;
      first[31] = 1;
      assertThat(shares)
          .containsExactly(
              new StoredShare(
                  Hash256.wrap(first),
                  35,
                  new byte[] {1, 2, 3, 4, 5},
                  true,
                  1_763_700_000_000L,
                  "192.0.2.7:9326"),
              new StoredShare(
                  Hash256.fromHex("02".repeat(32)),
                  34,
                  new byte[] {(byte) 0xca, (byte) 0xfe},
                  false,
                  1_763_700_000_500L,
                  null));
      assertThat(store.metadata().get(NodeMetadata.BEST_SHARE_AT_SHUTDOWN)).isPresent();
      assertThat(store.stats().query("local_hash_rate", 0, Long.MAX_VALUE))
          .containsExactly(StatsPoint.scalar(1_763_700_000_000L, 1234.5));
      assertThat(store.stats().query("pool_rates", 0, Long.MAX_VALUE))
          .containsExactly(
              new StatsPoint(1_763_699_700_000L, 300, 10, Map.of("good", 2.5, "orphan", 0.5)));
    }
  }
}
