package org.p2poolj.stratum.session;

import java.util.function.LongSupplier;
import org.p2poolj.stratum.job.JobProvider;
import org.p2poolj.stratum.stats.WorkerStatsBook;
import org.p2poolj.stratum.submit.SubmitProcessor;
import org.p2poolj.stratum.username.PayoutResolver;

/**
 * What handlers may use besides the session: shared by all sessions of a server.
 *
 * @param clock milliseconds, injectable for tests
 */
public record SessionContext(
    SessionSettings settings,
    LongSupplier clock,
    ExtranonceAllocator extranonces,
    PayoutResolver payouts,
    JobProvider jobs,
    SubmitProcessor submits,
    WorkerStatsBook stats) {
  public long now() {
    return clock.getAsLong();
  }
}
