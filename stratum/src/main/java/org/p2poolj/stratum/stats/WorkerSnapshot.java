package org.p2poolj.stratum.stats;

/**
 * A worker's figures at one moment.
 *
 * @param worker the username without difficulty modifiers ({@code address.worker})
 * @param payoutAddress the address its last accepted work paid
 * @param hashrate hashes per second over the stats window, from accepted pseudoshares
 */
public record WorkerSnapshot(
    String worker,
    String payoutAddress,
    long accepted,
    long rejected,
    long stale,
    long shares,
    long blocks,
    double hashrate,
    long lastSubmitMillis) {}
