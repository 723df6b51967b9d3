package org.p2poolj.share.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.p2poolj.share.InvalidShare;

/**
 * Computes the PoW hashes of a batch of shares on an executor the caller owns (scrypt costs about a
 * quarter of a millisecond each), so the sequential checks that follow find them cached. The only
 * concurrency in the share chain.
 *
 * <p>Work is handed out in small chunks from one cursor, so a caller that has other work first (the
 * sequential check()) can {@link Running#helpAndJoin join in} when it is done, and no thread sits
 * idle at the end while another still has a long fixed slice to go.
 */
public final class PowBatch {
  private static final int CHUNK = 32;

  private PowBatch() {}

  /** Fills every share's PoW hash using {@code exec}; returns the shares whose PoW is invalid. */
  public static List<LoadedShare> compute(List<LoadedShare> shares, ExecutorService exec)
      throws InterruptedException {
    return start(shares, exec, Runtime.getRuntime().availableProcessors()).helpAndJoin();
  }

  /** Starts {@code workers} tasks on {@code exec} that hash the batch until it is done. */
  public static Running start(List<LoadedShare> shares, ExecutorService exec, int workers) {
    Running r = new Running(List.copyOf(shares));
    int n = Math.max(1, Math.min(workers, (shares.size() + CHUNK - 1) / CHUNK));
    for (int i = 0; i < n; i++) {
      r.futures.add(exec.submit(r::drain));
    }
    return r;
  }

  /** A batch in progress. */
  public static final class Running {
    private final List<LoadedShare> shares;
    private final AtomicInteger cursor = new AtomicInteger();
    private final List<Future<?>> futures = new ArrayList<>();

    private Running(List<LoadedShare> shares) {
      this.shares = shares;
    }

    private void drain() {
      int from;
      while ((from = cursor.getAndAdd(CHUNK)) < shares.size()) {
        for (LoadedShare s : shares.subList(from, Math.min(shares.size(), from + CHUNK))) {
          s.powHash();
        }
      }
    }

    /**
     * Hashes what is left on the calling thread too, waits for the workers, and returns the shares
     * whose PoW is invalid.
     */
    public List<LoadedShare> helpAndJoin() throws InterruptedException {
      drain();
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
  }

  /** The reason to report for a share {@link #compute} returned. */
  public static InvalidShare invalid(LoadedShare s) {
    return InvalidShare.of(
        InvalidShare.Reason.POW_INVALID, "share PoW invalid: " + s.powHash().toHex());
  }
}
