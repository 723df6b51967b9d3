package org.p2poolj.stratum.submit;

/**
 * The parameters of {@code mining.submit}, still as the miner's hex strings.
 *
 * @param versionBits the optional sixth parameter (BIP310), or null
 */
public record SubmitRequest(
    String workerName,
    String jobId,
    String extranonce2,
    String ntime,
    String nonce,
    String versionBits) {}
