package org.p2poolj.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer connection as seen by a {@link WriteOp}: prepared statements are cached by their SQL
 * text, because bulk inserts spend most of their time re-preparing otherwise.
 */
public final class WriteContext implements AutoCloseable {
  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  WriteContext(Connection connection) {
    this.connection = connection;
  }

  /** A prepared statement for this SQL, reused across batches; do not close it. */
  public PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  /** The writer connection (auto-commit off; the writer commits). */
  public Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException e) {
        // Closing a cached statement at shutdown cannot lose data; nothing to do.
      }
    }
    statements.clear();
  }
}
