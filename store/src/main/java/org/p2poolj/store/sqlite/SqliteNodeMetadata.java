package org.p2poolj.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.p2poolj.store.NodeMetadata;

/** {@link NodeMetadata} over the {@code meta} table; writes are queued like shares. */
public final class SqliteNodeMetadata implements NodeMetadata {
  private final SqliteDatabase db;

  public SqliteNodeMetadata(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public void put(String key, String value) {
    db.submit(
        ctx -> {
          PreparedStatement ps =
              ctx.prepare(
                  "INSERT INTO meta (key, value) VALUES (?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
          ps.setString(1, key);
          ps.setString(2, value);
          ps.executeUpdate();
        });
  }

  @Override
  public Optional<String> get(String key) {
    db.flush();
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void remove(String key) {
    db.submit(
        ctx -> {
          PreparedStatement ps = ctx.prepare("DELETE FROM meta WHERE key = ?");
          ps.setString(1, key);
          ps.executeUpdate();
        });
  }
}
