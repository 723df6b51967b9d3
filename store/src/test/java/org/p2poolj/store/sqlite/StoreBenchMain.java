package org.p2poolj.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.TestShares;
import org.p2poolj.store.stats.RetentionPolicy;

/**
 * A manual measurement, not a test: times opening a store, bulk-inserting one chain length of
 * shares, and loading them back. Run with the test classpath: {@code java -cp ...
 * org.p2poolj.store.sqlite.StoreBenchMain [shares] [bytesPerShare]}.
 */
public final class StoreBenchMain {
  private StoreBenchMain() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 8640;
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 1200;
    List<StoredShare> shares = new TestShares(7).next(n, size);
    for (int round = 0; round < 3; round++) {
      Path dir = Files.createTempDirectory("store-bench");
      Path file = dir.resolve("shares.db");
      long t0 = System.nanoTime();
      SqliteStore store = SqliteStore.open(file, Clock.systemUTC(), RetentionPolicy.DEFAULT);
      long t1 = System.nanoTime();
      store.shares().addAll(shares);
      for (StoredShare s : shares) {
        store.shares().markVerified(s.hash());
      }
      store.shares().flush();
      long t2 = System.nanoTime();
      store.close();
      long t3 = System.nanoTime();
      SqliteStore again = SqliteStore.open(file, Clock.systemUTC(), RetentionPolicy.DEFAULT);
      long t4 = System.nanoTime();
      int loaded = again.shares().loadAll().size();
      long t5 = System.nanoTime();
      again.close();
      System.out.printf(
          "round %d: open %d ms, insert+verify %d shares x %d B %d ms, close %d ms,"
              + " reopen (quick_check) %d ms, loadAll %d shares %d ms, file %d KB%n",
          round,
          ms(t1 - t0),
          n,
          size,
          ms(t2 - t1),
          ms(t3 - t2),
          ms(t4 - t3),
          loaded,
          ms(t5 - t4),
          Files.size(file) / 1024);
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
