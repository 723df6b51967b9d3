package org.p2poolj.stratum.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.p2poolj.stratum.job.JobProvider;
import org.p2poolj.stratum.job.JobRegistry;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.job.WorkChange;
import org.p2poolj.stratum.job.WorkRequest;
import org.p2poolj.stratum.job.WorkSource;

/**
 * The jobs of the current work, one per distinct {@link WorkRequest}, built on first use from the
 * {@link WorkSource} and registered for submits. A work change starts a new generation of the
 * cache; a new block also makes every earlier job stale. Thread-safe.
 */
final class JobCache implements JobProvider {
  private final WorkSource source;
  private final JobRegistry registry;
  private final LongSupplier clock;
  private final String idPrefix;
  private final AtomicLong nextId = new AtomicLong();
  private volatile Generation current = new Generation(0, false, new ConcurrentHashMap<>());

  private record Generation(
      long number, boolean newBlock, Map<WorkRequest, Optional<StratumJob>> jobs) {}

  JobCache(WorkSource source, JobRegistry registry, LongSupplier clock, long seed) {
    this.source = source;
    this.registry = registry;
    this.clock = clock;
    this.idPrefix = Long.toHexString(seed & 0xffffL | 0x10000L).substring(1);
  }

  /** Starts a new generation; jobs are built lazily by the broadcast that follows. */
  synchronized void advance(WorkChange change) {
    if (change.newBlock()) {
      registry.newBlock();
    }
    current = new Generation(current.number() + 1, change.newBlock(), new ConcurrentHashMap<>());
  }

  /** Counts work changes; a late delivery checks it has not been overtaken. */
  long generation() {
    return current.number();
  }

  @Override
  public Optional<StratumJob> currentJob(WorkRequest request) {
    Generation g = current;
    Optional<StratumJob> job = g.jobs().get(request);
    if (job != null && job.isPresent()) {
      return job;
    }
    // Not cached, or there was no work when last asked: build (once per request and generation).
    return g.jobs()
        .compute(request, (r, old) -> old != null && old.isPresent() ? old : build(r, g));
  }

  private Optional<StratumJob> build(WorkRequest request, Generation g) {
    return source
        .build(request)
        .map(
            spec -> {
              long now = clock.getAsLong();
              String id = idPrefix + Long.toHexString(nextId.incrementAndGet());
              StratumJob job =
                  StratumJob.create(id, spec, g.newBlock(), registry.blockGeneration(), now);
              registry.register(job, now);
              return job;
            });
  }
}
