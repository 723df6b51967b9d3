package org.p2poolj.stratum.submit;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;

/**
 * Runs a PoW function on a few platform threads. Sessions run on virtual threads, and the coin
 * module's scrypt keeps a 128 KiB scratch buffer per thread: hashed on 5,000 virtual threads that
 * is 640 MB of scratch, on {@code threads} platform threads it is a few hundred KB. It also bounds
 * how many cores submits may take. Callers that are not virtual threads hash directly.
 */
public final class PooledPow implements PowFunction, AutoCloseable {
  private final PowFunction delegate;
  private final ExecutorService pool;

  public PooledPow(PowFunction delegate, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    this.delegate = delegate;
    this.pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().daemon().name("pow-", 0).factory());
  }

  @Override
  public Hash256 powHash(byte[] header80) {
    if (!Thread.currentThread().isVirtual()) {
      return delegate.powHash(header80);
    }
    Future<Hash256> f = pool.submit(() -> delegate.powHash(header80));
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new IllegalStateException("interrupted while hashing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("hashing failed", e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  @Override
  public String toString() {
    return delegate + " on a platform pool";
  }
}
