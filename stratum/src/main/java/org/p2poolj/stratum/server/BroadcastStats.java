package org.p2poolj.stratum.server;

/**
 * The last job broadcast.
 *
 * @param sessionsNotified sessions whose queue took the notify
 * @param distinctJobs jobs built for it (one per distinct payout)
 * @param enqueueNanos time from the work change to the last notify queued
 */
public record BroadcastStats(int sessionsNotified, int distinctJobs, long enqueueNanos) {}
