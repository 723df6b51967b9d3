package org.p2poolj.bench.stratum;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.stratum.job.JobSpec;
import org.p2poolj.stratum.job.WorkChange;
import org.p2poolj.stratum.job.WorkRequest;
import org.p2poolj.stratum.job.WorkSource;

/**
 * Work shaped like a real litecoin share job (a ~230-byte gentx, a 12-level merkle branch) that
 * changes when the benchmark says so. One in 256 hashes is a share; blocks never happen.
 */
final class BenchWorkSource implements WorkSource {
  static final BigInteger SHARE_TARGET = BigInteger.ONE.shiftLeft(248);

  private final List<Consumer<WorkChange>> listeners = new CopyOnWriteArrayList<>();
  private final Random random = new Random(42);
  private volatile JobSpec current;

  BenchWorkSource() {
    current = next();
  }

  private synchronized JobSpec next() {
    byte[] prev = new byte[32];
    random.nextBytes(prev);
    byte[] coinb1 = new byte[220];
    random.nextBytes(coinb1);
    List<Hash256> branch = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      byte[] h = new byte[32];
      random.nextBytes(h);
      branch.add(Hash256.wrap(h));
    }
    return new JobSpec(
        Hash256.wrap(prev),
        coinb1,
        new byte[4],
        branch,
        0x20000000L,
        0x1e0fffffL,
        System.currentTimeMillis() / 1000,
        SHARE_TARGET,
        BigInteger.ONE.shiftLeft(200),
        null);
  }

  @Override
  public Optional<JobSpec> build(WorkRequest request) {
    return Optional.of(current);
  }

  @Override
  public AutoCloseable subscribe(Consumer<WorkChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void newBlock() {
    current = next();
    for (Consumer<WorkChange> l : listeners) {
      l.accept(new WorkChange(true));
    }
  }
}
