package org.p2poolj.store.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Optional;
import org.p2poolj.store.NodeMetadata;
import org.p2poolj.store.ShareStore;
import org.p2poolj.store.stats.RetentionPolicy;
import org.p2poolj.store.stats.StatsHistory;

/**
 * What the node opens at start: one SQLite file holding the shares, the graph history and the node
 * metadata, behind one writer thread. One file keeps one commit order for everything.
 */
public final class SqliteStore implements AutoCloseable {
  /** The usual file name inside {@code <datadir>/<network>/}. */
  public static final String DEFAULT_FILE_NAME = "shares.db";

  private final SqliteDatabase db;
  private final SqliteShareStore shares;
  private final SqliteStatsHistory stats;
  private final SqliteNodeMetadata metadata;

  private SqliteStore(SqliteDatabase db, RetentionPolicy policy) {
    this.db = db;
    this.shares = new SqliteShareStore(db);
    this.stats = new SqliteStatsHistory(db, policy);
    this.metadata = new SqliteNodeMetadata(db);
  }

  /** Opens or creates the file; see {@link SqliteDatabase#open} for corruption handling. */
  public static SqliteStore open(Path file, InstantSource clock, RetentionPolicy policy) {
    return new SqliteStore(SqliteDatabase.open(file, clock), policy);
  }

  public static SqliteStore open(Path file) {
    return open(file, Clock.systemUTC(), RetentionPolicy.DEFAULT);
  }

  public ShareStore shares() {
    return shares;
  }

  public StatsHistory stats() {
    return stats;
  }

  public NodeMetadata metadata() {
    return metadata;
  }

  public SqliteDatabase database() {
    return db;
  }

  /** Set when the file was corrupt at open and was replaced by an empty one. */
  public Optional<Recovery> recovery() {
    return db.recovery();
  }

  /** Commits everything queued and closes the file; idempotent. */
  @Override
  public void close() {
    db.close();
  }
}
