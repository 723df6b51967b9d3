package org.p2poolj.store.sqlite;

/**
 * Counters of the writer thread, for the node's metrics (the store itself has no metrics library).
 *
 * @param queued writes waiting for the writer now
 * @param committedWrites writes committed since open
 * @param droppedWrites writes that failed and were dropped since open
 * @param commits transactions committed since open
 */
public record WriterStats(int queued, long committedWrites, long droppedWrites, long commits) {}
