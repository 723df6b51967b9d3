package org.p2poolj.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class SqliteDatabaseTest {
  @TempDir Path dir;

  private SqliteDatabase open() {
    return SqliteDatabase.open(dir.resolve("sub").resolve("shares.db"), Clock.systemUTC());
  }

  private static WriteOp putMeta(String key) {
    return ctx -> {
      PreparedStatement ps = ctx.prepare("INSERT INTO meta (key, value) VALUES (?, 'v')");
      ps.setString(1, key);
      ps.executeUpdate();
    };
  }

  private static List<String> metaKeys(SqliteDatabase db) {
    db.flush();
    return db.read(
        c -> {
          List<String> keys = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement("SELECT key FROM meta ORDER BY key");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              keys.add(rs.getString(1));
            }
          }
          return keys;
        });
  }

  @Test
  void aFailingWriteIsDroppedAloneAndReported() {
    Logger logger = (Logger) LoggerFactory.getLogger("org.p2poolj.store");
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try (SqliteDatabase db = open()) {
      db.submit(putMeta("a"));
      db.submit(
          ctx -> {
            throw new SQLException("disk on fire");
          });
      db.submit(putMeta("a")); // violates the primary key
      db.submit(putMeta("b"));

      assertThat(metaKeys(db)).containsExactly("a", "b");
      WriterStats stats = db.writerStats();
      assertThat(stats.committedWrites()).isEqualTo(2);
      assertThat(stats.droppedWrites()).isEqualTo(2);
      assertThat(stats.commits()).isPositive();
      assertThat(stats.queued()).isZero();
    } finally {
      logger.detachAppender(log);
    }
    List<String> errors =
        log.list.stream()
            .filter(e -> e.getLevel() == Level.ERROR)
            .map(ILoggingEvent::getFormattedMessage)
            .toList();
    assertThat(String.join("\n", errors)).contains("could not be saved");
  }

  @Test
  void createsMissingDirectoriesAndReopensWithTheSameSchema() {
    try (SqliteDatabase db = open()) {
      db.submit(putMeta("kept"));
    }
    try (SqliteDatabase db = open()) {
      assertThat(metaKeys(db)).containsExactly("kept");
      int version =
          db.read(
              c -> {
                try (ResultSet rs =
                    c.createStatement().executeQuery("SELECT version FROM schema_version")) {
                  rs.next();
                  return rs.getInt(1);
                }
              });
      assertThat(version).isEqualTo(Migrations.LATEST);
    }
  }

  @Test
  void closeIsIdempotentAndLaterUseFailsClearly() {
    SqliteDatabase db = open();
    db.close();
    db.close();
    db.flush();
    assertThatThrownBy(() -> db.submit(putMeta("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theReaderCannotWrite() {
    try (SqliteDatabase db = open()) {
      assertThatThrownBy(() -> db.read(c -> c.createStatement().executeUpdate("DELETE FROM meta")))
          .hasMessageContaining("read");
    }
  }
}
