package org.p2poolj.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Opens connections with the store's settings and classifies SQLite errors. */
final class Connections {
  private static final int BUSY_TIMEOUT_MS = 10_000;

  private Connections() {}

  /** WAL so readers never block the writer; NORMAL sync: a commit survives a process kill. */
  static Connection writer(Path file) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
    cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
    cfg.setTempStore(SQLiteConfig.TempStore.MEMORY);
    return cfg.createConnection(url(file));
  }

  static Connection reader(Path file) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection c = cfg.createConnection(url(file));
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA query_only = 1");
    }
    return c;
  }

  private static String url(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /** True when SQLite says the file itself is damaged or is not a database at all. */
  static boolean isCorruption(SQLException e) {
    if (e instanceof SQLiteException se) {
      int primary = se.getResultCode().code & 0xff;
      return primary == SQLiteErrorCode.SQLITE_CORRUPT.code
          || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }
    return false;
  }

  static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // Already failing; the caller reports the original error.
      }
    }
  }
}
