package org.p2poolj.stratum.testing;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.p2poolj.stratum.job.JobSpec;
import org.p2poolj.stratum.job.WorkChange;
import org.p2poolj.stratum.job.WorkRequest;
import org.p2poolj.stratum.job.WorkSource;

/** A work source whose work changes when the test says so; counts its builds. */
public final class FakeWorkSource implements WorkSource {
  private final List<Consumer<WorkChange>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong builds = new AtomicLong();
  private final BigInteger shareTarget;
  private final BigInteger blockTarget;
  private volatile long seed;
  private volatile boolean hasWork = true;

  public FakeWorkSource(BigInteger shareTarget, BigInteger blockTarget) {
    this.shareTarget = shareTarget;
    this.blockTarget = blockTarget;
  }

  @Override
  public Optional<JobSpec> build(WorkRequest request) {
    if (!hasWork) {
      return Optional.empty();
    }
    builds.incrementAndGet();
    return Optional.of(TestJobs.spec(seed, shareTarget, blockTarget));
  }

  @Override
  public AutoCloseable subscribe(Consumer<WorkChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** New work: a new previous block when {@code newBlock}. */
  public void change(boolean newBlock) {
    seed++;
    for (Consumer<WorkChange> l : listeners) {
      l.accept(new WorkChange(newBlock));
    }
  }

  public void hasWork(boolean v) {
    hasWork = v;
  }

  public long builds() {
    return builds.get();
  }

  public int listeners() {
    return listeners.size();
  }
}
