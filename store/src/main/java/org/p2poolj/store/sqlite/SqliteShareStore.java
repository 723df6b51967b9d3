package org.p2poolj.store.sqlite;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.store.ShareStore;
import org.p2poolj.store.StoredShare;

/**
 * {@link ShareStore} over the {@code shares} table of a {@link SqliteDatabase}. Writes are queued
 * to the database's writer thread; every read first waits for the writes queued before it, so a
 * caller always reads its own writes.
 */
public final class SqliteShareStore implements ShareStore {
  /** Shares per queued write: big enough to batch, small enough to commit on time. */
  static final int CHUNK = 500;

  private static final String UPSERT =
      "INSERT INTO shares (hash, type, contents, verified, first_seen_ms, peer)"
          + " VALUES (?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (hash) DO UPDATE SET verified = max(verified, excluded.verified)";
  private static final String MARK_VERIFIED = "UPDATE shares SET verified = 1 WHERE hash = ?";
  private static final String DELETE = "DELETE FROM shares WHERE hash = ?";

  private final SqliteDatabase db;
  private final boolean ownsDatabase;

  /** A view over a database that someone else closes. */
  public SqliteShareStore(SqliteDatabase db) {
    this(db, false);
  }

  private SqliteShareStore(SqliteDatabase db, boolean ownsDatabase) {
    this.db = db;
    this.ownsDatabase = ownsDatabase;
  }

  /** Opens a database file used only for shares; closing the store closes the file. */
  public static SqliteShareStore open(Path file, InstantSource clock) {
    return new SqliteShareStore(SqliteDatabase.open(file, clock), true);
  }

  /** The underlying database (for its recovery report and checks). */
  public SqliteDatabase database() {
    return db;
  }

  @Override
  public void add(StoredShare share) {
    db.submit(ctx -> insert(ctx.prepare(UPSERT), share));
  }

  @Override
  public void addAll(Collection<StoredShare> shares) {
    List<StoredShare> all = List.copyOf(shares);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<StoredShare> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      db.submit(
          ctx -> {
            PreparedStatement ps = ctx.prepare(UPSERT);
            for (StoredShare s : chunk) {
              insert(ps, s);
            }
          });
    }
  }

  private static void insert(PreparedStatement ps, StoredShare s) throws SQLException {
    ps.setBytes(1, s.hash().toLittleEndianBytes());
    ps.setInt(2, s.type());
    ps.setBytes(3, s.contents());
    ps.setInt(4, s.verified() ? 1 : 0);
    ps.setLong(5, s.firstSeenMillis());
    if (s.peer() == null) {
      ps.setNull(6, Types.VARCHAR);
    } else {
      ps.setString(6, s.peer());
    }
    ps.executeUpdate();
  }

  @Override
  public void markVerified(Hash256 hash) {
    byte[] key = hash.toLittleEndianBytes();
    db.submit(
        ctx -> {
          PreparedStatement ps = ctx.prepare(MARK_VERIFIED);
          ps.setBytes(1, key);
          ps.executeUpdate();
        });
  }

  @Override
  public void remove(Collection<Hash256> hashes) {
    List<byte[]> keys = hashes.stream().map(Hash256::toLittleEndianBytes).toList();
    db.submit(
        ctx -> {
          PreparedStatement ps = ctx.prepare(DELETE);
          for (byte[] key : keys) {
            ps.setBytes(1, key);
            ps.executeUpdate();
          }
        });
  }

  @Override
  public List<StoredShare> loadAll() {
    db.flush();
    return db.read(
        c -> {
          List<StoredShare> out = new ArrayList<>();
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "SELECT hash, type, contents, verified, first_seen_ms, peer"
                          + " FROM shares ORDER BY seq")) {
            while (rs.next()) {
              out.add(
                  new StoredShare(
                      Hash256.wrap(rs.getBytes(1)),
                      rs.getInt(2),
                      rs.getBytes(3),
                      rs.getInt(4) != 0,
                      rs.getLong(5),
                      rs.getString(6)));
            }
          }
          return out;
        });
  }

  @Override
  public int count() {
    db.flush();
    return db.read(
        c -> {
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT count(*) FROM shares")) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  @Override
  public Optional<byte[]> get(Hash256 hash) {
    db.flush();
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT type, contents FROM shares WHERE hash = ?")) {
            ps.setBytes(1, hash.toLittleEndianBytes());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              byte[] contents = rs.getBytes(2);
              return Optional.of(
                  new ByteWriter(contents.length + 16)
                      .varInt(rs.getInt(1))
                      .varStr(contents)
                      .toByteArray());
            }
          }
        });
  }

  @Override
  public void flush() {
    db.flush();
  }

  @Override
  public void close() {
    if (ownsDatabase) {
      db.close();
    }
  }
}
