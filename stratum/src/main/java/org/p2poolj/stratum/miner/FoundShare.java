package org.p2poolj.stratum.miner;

import org.p2poolj.coin.hash.Hash256;

/**
 * A submit the miner sent, with the header it hashed, and the pool's answer once known.
 *
 * @param versionBits the rolled bits sent as the sixth param, or null
 * @param accepted null until answered
 * @param errorCode the pool's error code when rejected
 */
public record FoundShare(
    String jobId,
    String extranonce2,
    String ntime,
    String nonce,
    String versionBits,
    byte[] header80,
    Hash256 powHash,
    Boolean accepted,
    Integer errorCode) {
  FoundShare answered(boolean ok, Integer code) {
    return new FoundShare(
        jobId, extranonce2, ntime, nonce, versionBits, header80, powHash, ok, code);
  }
}
