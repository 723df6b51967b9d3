package org.p2poolj.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.p2poolj.store.StoreException;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.TestShares;
import org.slf4j.LoggerFactory;

class CorruptStoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T20:30:05Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Path file;
  private ListAppender<ILoggingEvent> log;
  private Logger storeLogger;

  @BeforeEach
  void captureLog() {
    file = dir.resolve("shares.db");
    storeLogger = (Logger) LoggerFactory.getLogger("org.p2poolj.store");
    log = new ListAppender<>();
    log.start();
    storeLogger.addAppender(log);
    storeLogger.setLevel(Level.INFO);
  }

  @AfterEach
  void releaseLog() {
    storeLogger.detachAppender(log);
    storeLogger.setLevel(null);
  }

  /** Ways a file gets damaged. */
  enum Damage {
    /** Not a database at all (e.g. a file written over by something else). */
    WHOLE_FILE_GARBAGE,
    /** The 100-byte header overwritten. */
    HEADER_GARBAGE,
    /** B-tree pages after the first overwritten (a torn or bit-rotted disk). */
    PAGES_GARBAGE
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aCorruptFileIsMovedAsideAndAFreshStoreOpens(Damage damage) throws Exception {
    writeSomeShares(300);
    byte[] damaged = damage(damage);

    try (SqliteStore store = SqliteStore.open(file, CLOCK, RetentionPolicyFixtures.DEFAULT)) {
      Recovery r = store.recovery().orElseThrow();
      assertThat(r.reason()).isNotBlank();
      assertThat(r.movedTo().getFileName().toString())
          .isEqualTo("shares.db.corrupt-20261121-203005");
      assertThat(Files.readAllBytes(r.movedTo())).isEqualTo(damaged);

      assertThat(store.shares().count()).isZero();
      StoredShare s = new TestShares(9).next(100);
      store.shares().add(s);
      assertThat(store.shares().loadAll()).containsExactly(s);
      assertThat(store.database().check()).isEmpty();
    }
    List<ILoggingEvent> errors =
        log.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    assertThat(errors).hasSize(1);
    String line = errors.getFirst().getFormattedMessage();
    assertThat(line).contains("corrupt", file.toString(), "shares.db.corrupt-20261121-203005");
  }

  @Test
  void aSecondCorruptionInTheSameSecondGetsItsOwnName() throws Exception {
    for (int round = 0; round < 2; round++) {
      Files.write(file, garbage(8192, round));
      try (SqliteStore store = SqliteStore.open(file, CLOCK, RetentionPolicyFixtures.DEFAULT)) {
        assertThat(store.recovery()).isPresent();
      }
    }
    assertThat(dir.resolve("shares.db.corrupt-20261121-203005")).exists();
    assertThat(dir.resolve("shares.db.corrupt-20261121-203005-2")).exists();
  }

  @Test
  void movingAsideTakesTheWalAlongAndDropsTheSharedMemoryFile() throws Exception {
    byte[] db = garbage(4096, 5);
    byte[] wal = garbage(1000, 6);
    Files.write(file, db);
    Files.write(CorruptFiles.sidecar(file, "-wal"), wal);
    Files.write(CorruptFiles.sidecar(file, "-shm"), garbage(100, 7));

    Path moved = CorruptFiles.moveAside(file, CLOCK);

    assertThat(Files.readAllBytes(moved)).isEqualTo(db);
    assertThat(Files.readAllBytes(CorruptFiles.sidecar(moved, "-wal"))).isEqualTo(wal);
    assertThat(file).doesNotExist();
    assertThat(CorruptFiles.sidecar(file, "-wal")).doesNotExist();
    assertThat(CorruptFiles.sidecar(file, "-shm")).doesNotExist();
  }

  @Test
  void aFileFromANewerSchemaIsRefusedAndLeftAlone() throws Exception {
    writeSomeShares(3);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("UPDATE schema_version SET version = 99");
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> SqliteStore.open(file, CLOCK, RetentionPolicyFixtures.DEFAULT))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer")
        .hasMessageContaining("v99");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("corrupt"));
    }
  }

  private void writeSomeShares(int n) {
    try (SqliteStore store = SqliteStore.open(file, CLOCK, RetentionPolicyFixtures.DEFAULT)) {
      store.shares().addAll(new TestShares(8).next(n, 900));
    }
  }

  private byte[] damage(Damage damage) throws Exception {
    long size = Files.size(file);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      switch (damage) {
        case WHOLE_FILE_GARBAGE -> raf.write(garbage((int) size, 1));
        case HEADER_GARBAGE -> raf.write(garbage(100, 2));
        case PAGES_GARBAGE -> {
          int pageSize = 4096;
          raf.seek(pageSize);
          raf.write(garbage((int) Math.min(size - pageSize, 8L * pageSize), 3));
        }
      }
    }
    return Files.readAllBytes(file);
  }

  private static byte[] garbage(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }
}
