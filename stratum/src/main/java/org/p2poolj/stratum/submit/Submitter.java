package org.p2poolj.stratum.submit;

import java.math.BigInteger;
import org.p2poolj.stratum.username.ResolvedWorker;

/**
 * The submitting session's state the submit path needs.
 *
 * @param sessionId the server's id for the session
 * @param extranonce1 the session's extranonce1
 * @param extranonce2Size bytes the miner must send as extranonce2
 * @param versionMask the negotiated version-rolling mask (0 without {@code mining.configure})
 * @param pseudoshareTarget the target a submit must meet to count at all
 * @param worker the authorized worker named in the submit
 */
public record Submitter(
    long sessionId,
    byte[] extranonce1,
    int extranonce2Size,
    long versionMask,
    BigInteger pseudoshareTarget,
    ResolvedWorker worker) {}
