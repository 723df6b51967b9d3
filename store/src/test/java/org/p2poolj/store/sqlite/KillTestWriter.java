package org.p2poolj.store.sqlite;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.p2poolj.store.ShareStore;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.TestShares;

/**
 * The child process of {@link ShareStoreKillIT}: writes shares into a store as fast as a busy node
 * would and prints, after each call returns, what it handed over and when ({@code A <hash> <epoch
 * ms>} for a share, {@code V <hash> <epoch ms>} for a verified mark). It runs until killed, or
 * stops by itself after a bounded time if nobody kills it.
 */
public final class KillTestWriter {
  private static final long MAX_RUN_MILLIS = 120_000;

  private KillTestWriter() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    PrintStream out = new PrintStream(System.out, false, "US-ASCII");
    TestShares gen = new TestShares(seed);
    long stopAt = System.currentTimeMillis() + MAX_RUN_MILLIS;
    try (SqliteStore store = SqliteStore.open(file)) {
      ShareStore shares = store.shares();
      out.println("READY " + shares.count());
      out.flush();
      for (int i = 0; System.currentTimeMillis() < stopAt; i++) {
        List<StoredShare> batch = new ArrayList<>();
        int n = i % 10 == 0 ? 20 : 1;
        for (int k = 0; k < n; k++) {
          batch.add(gen.next());
        }
        if (n == 1) {
          shares.add(batch.getFirst());
        } else {
          shares.addAll(batch);
        }
        long now = System.currentTimeMillis();
        for (StoredShare s : batch) {
          out.println("A " + s.hash().toHex() + " " + now);
        }
        if (i % 3 == 0) {
          shares.markVerified(batch.getFirst().hash());
          out.println("V " + batch.getFirst().hash().toHex() + " " + System.currentTimeMillis());
        }
        out.flush();
        if (i % 20 == 0) {
          // About 2,000 shares a second: a fast sync, without starving a loaded machine.
          Thread.sleep(10);
        }
      }
    }
  }
}
