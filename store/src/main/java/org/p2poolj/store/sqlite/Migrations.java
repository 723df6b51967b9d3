package org.p2poolj.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.p2poolj.store.StoreException;

/**
 * The schema, as an append-only list of migrations. A released migration is never edited: a change
 * is a new entry, so every file ever written stays readable (see the v1 fixture test).
 */
final class Migrations {
  record Migration(int version, List<String> statements) {}

  static final List<Migration> ALL =
      List.of(
          new Migration(
              1,
              List.of(
                  // The rowid gives insertion order; new rows always get max(rowid)+1.
                  """
                  CREATE TABLE shares (
                    seq INTEGER PRIMARY KEY,
                    hash BLOB NOT NULL UNIQUE,
                    type INTEGER NOT NULL,
                    contents BLOB NOT NULL,
                    verified INTEGER NOT NULL DEFAULT 0,
                    first_seen_ms INTEGER NOT NULL,
                    peer TEXT)""",
                  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                  // resolution_s 0 is a raw sample; otherwise the row averages `samples` raw
                  // samples over a bucket of that many seconds starting at ts_ms.
                  """
                  CREATE TABLE stats (
                    stream TEXT NOT NULL,
                    ts_ms INTEGER NOT NULL,
                    resolution_s INTEGER NOT NULL,
                    samples INTEGER NOT NULL,
                    value REAL,
                    json TEXT)""",
                  "CREATE INDEX stats_by_stream_time ON stats (stream, ts_ms)",
                  "CREATE INDEX stats_by_resolution_time ON stats (resolution_s, ts_ms)")));

  static final int LATEST = ALL.getLast().version();

  private Migrations() {}

  /**
   * Brings the schema up to {@link #LATEST}, one transaction per migration.
   *
   * @return the version the file had before
   * @throws StoreException when the file was written by a newer schema
   */
  static int migrate(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int current = currentVersion(st);
      if (current > LATEST) {
        c.rollback();
        throw new StoreException(
            "the store was written by a newer p2poolj (schema v"
                + current
                + ", this build knows up to v"
                + LATEST
                + "); upgrade p2poolj or point it at another data directory");
      }
      for (Migration m : ALL) {
        if (m.version() > current) {
          for (String sql : m.statements()) {
            st.execute(sql);
          }
          st.execute("DELETE FROM schema_version");
          st.execute("INSERT INTO schema_version (version) VALUES (" + m.version() + ")");
        }
        c.commit();
      }
      return current;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  static int currentVersion(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
