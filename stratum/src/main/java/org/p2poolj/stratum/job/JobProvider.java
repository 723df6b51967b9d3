package org.p2poolj.stratum.job;

import java.util.Optional;

/** Gives a session the current job for its payout; the server's job cache implements it. */
@FunctionalInterface
public interface JobProvider {
  Optional<StratumJob> currentJob(WorkRequest request);
}
