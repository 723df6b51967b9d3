package org.p2poolj.web.view;

/**
 * Monotonic counters since the node started, for Prometheus counters.
 *
 * @param sharesFound shares this node's miners found
 * @param sharesAccepted of those, ones that made it into the best chain
 * @param sharesOrphan of those, orphaned
 * @param sharesDead of those, dead on arrival
 * @param blocksFound blocks found by this node's miners
 * @param pseudosharesAccepted pseudoshares accepted from local miners
 */
public record NodeCounters(
    long sharesFound,
    long sharesAccepted,
    long sharesOrphan,
    long sharesDead,
    long blocksFound,
    long pseudosharesAccepted) {}
