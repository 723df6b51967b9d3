package org.p2poolj.stratum.job;

/** What {@link JobRegistry#lookup} found for a submitted job id. */
public sealed interface JobLookup {
  /** A current job, or an older one of the same block (a late submit, still useful). */
  record Current(StratumJob job) implements JobLookup {}

  /** A job for a previous block: its work can no longer make a share or a block. */
  record Stale(StratumJob job) implements JobLookup {}

  /** An unknown or expired id. */
  record Missing() implements JobLookup {}
}
