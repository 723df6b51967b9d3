package org.p2poolj.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.store.ShareStore;
import org.p2poolj.store.ShareStoreContract;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.TestShares;

class SqliteShareStoreTest extends ShareStoreContract {
  @TempDir Path dir;

  @Override
  protected ShareStore openStore() {
    return SqliteShareStore.open(dir.resolve("shares.db"), Clock.systemUTC());
  }

  private ShareStore reopen() {
    store.close();
    store = openStore();
    return store;
  }

  @Test
  void sharesAndFlagsSurviveAReopen() {
    List<StoredShare> shares = new TestShares(21).next(200, 500);
    store.addAll(shares);
    store.markVerified(shares.get(7).hash());
    store.remove(List.of(shares.get(0).hash()));

    ShareStore again = reopen();

    List<StoredShare> expected = new ArrayList<>(shares.subList(1, 200));
    expected.set(6, expected.get(6).withVerified(true));
    assertThat(again.loadAll()).containsExactlyElementsOf(expected);
  }

  @Test
  void aClosedFileHasNoWalLeftAndPassesTheCheck() throws Exception {
    store.addAll(new TestShares(22).next(100, 200));
    store.close();

    assertThat(dir.resolve("shares.db-wal"))
        .satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(Files.size(p)).isZero());
    try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("shares.db"), Clock.systemUTC())) {
      assertThat(db.check()).isEmpty();
      assertThat(db.recovery()).isEmpty();
    }
  }

  @Test
  void aFullChainLengthOfSharesRoundTrips() {
    // One day of LTC shares (CHAIN_LENGTH 8640), the amount a node loads at start.
    List<StoredShare> shares = new TestShares(23).next(8640, 400);
    store.addAll(shares);
    shares.stream()
        .filter(s -> s.hash().hashCode() % 3 == 0)
        .forEach(s -> store.markVerified(s.hash()));

    List<StoredShare> loaded = reopen().loadAll();

    assertThat(loaded).hasSize(8640);
    for (int i = 0; i < shares.size(); i++) {
      StoredShare s = shares.get(i);
      assertThat(loaded.get(i)).isEqualTo(s.withVerified(s.hash().hashCode() % 3 == 0));
    }
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    int threads = 8;
    int perThread = 250;
    List<List<StoredShare>> batches = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      batches.add(new TestShares(100 + t).next(perThread, 150));
    }
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> done = new ArrayList<>();
      for (List<StoredShare> batch : batches) {
        done.add(pool.submit(() -> batch.forEach(store::add)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }

    List<StoredShare> loaded = store.loadAll();
    assertThat(loaded).hasSize(threads * perThread);
    assertThat(loaded)
        .containsExactlyInAnyOrderElementsOf(batches.stream().flatMap(List::stream).toList());
    // Each writer's own shares keep their relative order.
    for (List<StoredShare> batch : batches) {
      assertThat(loaded.stream().filter(batch::contains).toList()).containsExactlyElementsOf(batch);
    }
  }

  @Test
  void writesBecomeDurableWithoutAnExplicitFlush() throws Exception {
    StoredShare s = new TestShares(24).next(100);
    store.add(s);
    // A second connection (another process would see the same) finds it once committed.
    Path file = dir.resolve("shares.db");
    long deadline = System.nanoTime() + 5_000_000_000L;
    boolean found = false;
    while (!found && System.nanoTime() < deadline) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM shares")) {
        found = rs.next() && rs.getInt(1) == 1;
      }
      if (!found) {
        Thread.sleep(20);
      }
    }
    assertThat(found).as("share committed by the writer thread on its own").isTrue();
  }
}
