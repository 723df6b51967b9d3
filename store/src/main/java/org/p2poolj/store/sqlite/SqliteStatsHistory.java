package org.p2poolj.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.p2poolj.store.stats.Downsampler;
import org.p2poolj.store.stats.Pruner;
import org.p2poolj.store.stats.RetentionPolicy;
import org.p2poolj.store.stats.StatsHistory;
import org.p2poolj.store.stats.StatsPoint;

/**
 * {@link StatsHistory} over the {@code stats} table of a {@link SqliteDatabase}. Samples go through
 * the writer queue like shares; pruning runs there too, one tier at a time, with the same rules as
 * {@link Pruner}.
 */
public final class SqliteStatsHistory implements StatsHistory {
  private final SqliteDatabase db;
  private final RetentionPolicy policy;

  public SqliteStatsHistory(SqliteDatabase db, RetentionPolicy policy) {
    this.db = db;
    this.policy = policy;
  }

  @Override
  public void record(String stream, long timeMillis, double value) {
    if (Double.isFinite(value)) {
      add(stream, StatsPoint.scalar(timeMillis, value));
    }
  }

  @Override
  public void record(String stream, long timeMillis, Map<String, Double> values) {
    Map<String, Double> finite = StatsHistory.finiteOnly(values);
    if (!finite.isEmpty()) {
      add(stream, StatsPoint.raw(timeMillis, finite));
    }
  }

  private void add(String stream, StatsPoint p) {
    db.submit(ctx -> StatsRows.insert(ctx.prepare(StatsRows.INSERT), stream, p));
  }

  @Override
  public List<StatsPoint> query(String stream, long fromMillis, long toMillis) {
    db.flush();
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + StatsRows.COLUMNS
                      + " FROM stats WHERE stream = ? AND ts_ms >= ? AND ts_ms < ?"
                      + " ORDER BY ts_ms, resolution_s DESC")) {
            ps.setString(1, stream);
            ps.setLong(2, fromMillis);
            ps.setLong(3, toMillis);
            try (ResultSet rs = ps.executeQuery()) {
              return StatsRows.read(rs);
            }
          }
        });
  }

  @Override
  public void prune(long nowMillis) {
    db.submit(ctx -> pruneNow(ctx.connection(), nowMillis));
  }

  private void pruneNow(Connection c, long nowMillis) throws SQLException {
    List<RetentionPolicy.Tier> tiers = policy.tiers();
    for (int i = 0; i + 1 < tiers.size(); i++) {
      int res = tiers.get(i).resolutionSeconds();
      int next = tiers.get(i + 1).resolutionSeconds();
      long cutoff = Pruner.cutoff(policy, i, nowMillis);
      for (String stream : streamsOlderThan(c, res, cutoff)) {
        List<StatsPoint> old = select(c, stream, res, Long.MIN_VALUE, cutoff);
        long firstBucket = Downsampler.bucketStart(old.getFirst().timeMillis(), next);
        List<StatsPoint> together = new ArrayList<>(old);
        together.addAll(select(c, stream, next, firstBucket, cutoff));
        delete(c, stream, res, Long.MIN_VALUE, cutoff);
        delete(c, stream, next, firstBucket, cutoff);
        try (PreparedStatement ps = c.prepareStatement(StatsRows.INSERT)) {
          for (StatsPoint p : Downsampler.merge(together, next)) {
            StatsRows.insert(ps, stream, p);
          }
        }
      }
    }
    int last = tiers.size() - 1;
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM stats WHERE resolution_s = ? AND ts_ms < ?")) {
      ps.setInt(1, tiers.get(last).resolutionSeconds());
      ps.setLong(2, Pruner.cutoff(policy, last, nowMillis));
      ps.executeUpdate();
    }
  }

  private static TreeSet<String> streamsOlderThan(Connection c, int res, long cutoff)
      throws SQLException {
    TreeSet<String> out = new TreeSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT stream FROM stats WHERE resolution_s = ? AND ts_ms < ?")) {
      ps.setInt(1, res);
      ps.setLong(2, cutoff);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static List<StatsPoint> select(Connection c, String stream, int res, long from, long to)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + StatsRows.COLUMNS
                + " FROM stats WHERE stream = ? AND resolution_s = ? AND ts_ms >= ? AND ts_ms < ?"
                + " ORDER BY ts_ms")) {
      ps.setString(1, stream);
      ps.setInt(2, res);
      ps.setLong(3, from);
      ps.setLong(4, to);
      try (ResultSet rs = ps.executeQuery()) {
        return StatsRows.read(rs);
      }
    }
  }

  private static void delete(Connection c, String stream, int res, long from, long to)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM stats WHERE stream = ? AND resolution_s = ? AND ts_ms >= ? AND ts_ms < ?")) {
      ps.setString(1, stream);
      ps.setInt(2, res);
      ps.setLong(3, from);
      ps.setLong(4, to);
      ps.executeUpdate();
    }
  }
}
