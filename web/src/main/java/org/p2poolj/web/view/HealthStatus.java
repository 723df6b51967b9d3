package org.p2poolj.web.view;

import java.util.OptionalDouble;

/**
 * Liveness of the node's dependencies.
 *
 * @param daemonConnected the last RPC to the coin daemon succeeded
 * @param templateAgeSeconds age of the current block template, empty before the first one
 * @param rpcLatencyMs latency of the last daemon RPC, empty before the first one
 * @param stratumSessions open stratum connections
 */
public record HealthStatus(
    boolean daemonConnected,
    OptionalDouble templateAgeSeconds,
    OptionalDouble rpcLatencyMs,
    int stratumSessions) {}
