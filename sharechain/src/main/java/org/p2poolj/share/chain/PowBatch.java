package org.p2poolj.share.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.p2poolj.share.InvalidShare;

/**
 * Computes the PoW hashes of a batch of shares on an executor the caller owns (scrypt costs about a
 * quarter of a millisecond each), so the sequential checks that follow find them cached. The only
 * concurrency in the share chain.
 */
public final class PowBatch {
  private PowBatch() {}

  /** Fills every share's PoW hash using {@code exec}; returns the shares whose PoW is invalid. */
  public static List<LoadedShare> compute(List<LoadedShare> shares, ExecutorService exec)
      throws InterruptedException {
    int chunks =
        Math.max(1, Math.min(shares.size(), 4 * Runtime.getRuntime().availableProcessors()));
    List<Future<?>> futures = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = c * shares.size() / chunks;
      int to = (c + 1) * shares.size() / chunks;
      List<LoadedShare> part = shares.subList(from, to);
      futures.add(exec.submit(() -> part.forEach(LoadedShare::powHash)));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("PoW computation failed", e.getCause());
      }
    }
    List<LoadedShare> bad = new ArrayList<>();
    for (LoadedShare s : shares) {
      if (!s.powValid()) {
        bad.add(s);
      }
    }
    return bad;
  }

  /** The reason to report for a share {@link #compute} returned. */
  public static InvalidShare invalid(LoadedShare s) {
    return InvalidShare.of(
        InvalidShare.Reason.POW_INVALID, "share PoW invalid: " + s.powHash().toHex());
  }
}
