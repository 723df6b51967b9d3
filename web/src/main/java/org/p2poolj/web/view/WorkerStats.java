package org.p2poolj.web.view;

import java.time.Instant;

/**
 * One stratum worker as seen by this node ({@code /api/v1/workers}).
 *
 * @param name worker name as the miner gave it ({@code ADDRESS.worker})
 * @param payoutAddress address the worker's shares pay
 * @param hashRate pseudoshare hash rate, H/s
 * @param deadHashRate dead pseudoshare hash rate, H/s
 * @param difficulty current pseudoshare difficulty sent to the worker
 * @param acceptedPseudoshares pseudoshares accepted since connect
 * @param rejectedPseudoshares pseudoshares rejected since connect
 * @param sharesFound p2pool shares found since connect
 * @param sessions open stratum connections under this name
 * @param lastSubmit time of the last submit, or the connect time
 */
public record WorkerStats(
    String name,
    String payoutAddress,
    double hashRate,
    double deadHashRate,
    double difficulty,
    long acceptedPseudoshares,
    long rejectedPseudoshares,
    long sharesFound,
    int sessions,
    Instant lastSubmit) {}
