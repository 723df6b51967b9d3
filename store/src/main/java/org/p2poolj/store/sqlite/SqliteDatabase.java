package org.p2poolj.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.p2poolj.store.StoreException;

/**
 * One SQLite file: checked and migrated at open, written by a single {@link SqliteWriter} thread,
 * read through its own connection.
 *
 * <p>A file that SQLite reports as corrupt (or not a database), or that fails {@code PRAGMA
 * quick_check}, is moved aside as {@code <name>.corrupt-<utc stamp>} and replaced by an empty
 * store, with one log line: the shares can be fetched from peers again, whereas refusing to start
 * would stop the node. Other failures (permissions, a newer schema) are a {@link StoreException},
 * because moving the file would destroy good data.
 */
public final class SqliteDatabase implements AutoCloseable {
  private final Path file;
  private final Connection writerConnection;
  private final Connection reader;
  private final ReentrantLock readLock = new ReentrantLock();
  private final SqliteWriter writer;
  private final Thread writerThread;
  private final Recovery recovery;
  private boolean closed;

  private SqliteDatabase(Path file, Connection writerConnection, Recovery recovery)
      throws SQLException {
    this.file = file;
    this.writerConnection = writerConnection;
    this.recovery = recovery;
    this.reader = Connections.reader(file);
    this.writer = new SqliteWriter(writerConnection, file);
    this.writerThread = Thread.ofPlatform().name("store-writer").daemon(true).unstarted(writer);
    writerThread.start();
  }

  /**
   * Opens (creating if needed) the database file, recovering from corruption as described above.
   *
   * @param clock used to name a corrupt file moved aside
   * @throws StoreException when the file cannot be used and must not be replaced
   */
  public static SqliteDatabase open(Path file, InstantSource clock) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the directory for store " + file, e);
    }
    long start = System.nanoTime();
    Recovery recovery = null;
    Connection writerConnection;
    try {
      writerConnection = openChecked(file);
    } catch (CorruptException e) {
      Path movedTo = CorruptFiles.moveAside(file, clock);
      recovery = new Recovery(e.getMessage(), movedTo);
      StoreLog.corruptMovedAside(file, e.getMessage(), movedTo);
      try {
        writerConnection = openChecked(file);
      } catch (CorruptException again) {
        throw new StoreException("a fresh store at " + file + " is corrupt too: " + again, again);
      }
    }
    try {
      SqliteDatabase db = new SqliteDatabase(file, writerConnection, recovery);
      StoreLog.opened(file, Migrations.LATEST, (System.nanoTime() - start) / 1_000_000);
      return db;
    } catch (SQLException e) {
      Connections.closeQuietly(writerConnection);
      throw new StoreException("cannot open a reader on store " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens the writer connection, quick-checks and migrates the file. */
  private static Connection openChecked(Path file) throws CorruptException {
    Connection c = null;
    try {
      c = Connections.writer(file);
      List<String> problems = quickCheck(c);
      if (!problems.isEmpty()) {
        throw new CorruptException(oneLine("quick_check: " + String.join("; ", problems)));
      }
      int from = Migrations.migrate(c);
      if (from != 0 && from < Migrations.LATEST) {
        StoreLog.migrated(file, from, Migrations.LATEST);
      }
      return c;
    } catch (SQLException e) {
      Connections.closeQuietly(c);
      if (Connections.isCorruption(e)) {
        throw new CorruptException(oneLine(String.valueOf(e.getMessage())));
      }
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    } catch (CorruptException | RuntimeException e) {
      Connections.closeQuietly(c);
      throw e;
    }
  }

  /** Keeps the operator's log line one line, however much SQLite had to say. */
  private static String oneLine(String reason) {
    String flat = reason.replaceAll("\\s+", " ").strip();
    return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
  }

  /** The quick_check findings; empty when the file is sound. */
  static List<String> quickCheck(Connection c) throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA quick_check(20)")) {
      while (rs.next()) {
        String row = rs.getString(1);
        if (!"ok".equalsIgnoreCase(row)) {
          problems.add(row);
        }
      }
    }
    return problems;
  }

  /** Queues a write for the writer thread; blocks while its queue is full. */
  public void submit(WriteOp op) {
    writer.submit(op);
  }

  /** Waits until every write submitted before this call is committed. */
  public void flush() {
    writer.flush();
  }

  /** Runs a read on the reader connection (it sees committed writes only). */
  public <T> T read(ReadOp<T> op) {
    readLock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("store " + file + " is closed");
      }
      return op.apply(reader);
    } catch (SQLException e) {
      throw new StoreException("read from store " + file + " failed: " + e.getMessage(), e);
    } finally {
      readLock.unlock();
    }
  }

  /** Runs {@code PRAGMA quick_check} now; empty when the file is sound. */
  public List<String> check() {
    return read(SqliteDatabase::quickCheck);
  }

  /** The writer's counters, for metrics. */
  public WriterStats writerStats() {
    return writer.stats();
  }

  /** Set when the file was found corrupt at open and replaced by an empty one. */
  public Optional<Recovery> recovery() {
    return Optional.ofNullable(recovery);
  }

  public Path file() {
    return file;
  }

  /** Commits everything queued, checkpoints the WAL into the file and closes; idempotent. */
  @Override
  public void close() {
    readLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
    } finally {
      readLock.unlock();
    }
    writer.stop();
    try (Statement st = writerConnection.createStatement()) {
      writerConnection.commit();
      writerConnection.setAutoCommit(true);
      st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      // The data is committed in the WAL; SQLite replays it at the next open.
    }
    Connections.closeQuietly(reader);
    Connections.closeQuietly(writerConnection);
    StoreLog.closed(file);
  }

  /** The file is damaged; carries SQLite's reason. */
  private static final class CorruptException extends Exception {
    private static final long serialVersionUID = 1L;

    CorruptException(String reason) {
      super(reason);
    }
  }
}
