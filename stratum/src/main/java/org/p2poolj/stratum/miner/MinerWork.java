package org.p2poolj.stratum.miner;

import java.math.BigInteger;
import org.p2poolj.stratum.job.JobSpec;

/**
 * What the hashing threads work on: a notify's job rebuilt as a {@link JobSpec}, the session's
 * extranonce and the current target. Replaced as a whole on every notify or difficulty change.
 */
record MinerWork(
    String jobId,
    JobSpec spec,
    byte[] extranonce1,
    int extranonce2Size,
    long versionMask,
    BigInteger target) {}
