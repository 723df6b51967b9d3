/**
 * Time series behind the dashboard graphs: the {@link org.p2poolj.store.stats.StatsHistory}
 * contract, its points, the retention policy and the pure downsampling arithmetic, plus an
 * in-memory implementation. The SQLite implementation lives in {@code org.p2poolj.store.sqlite}.
 * Knows nothing of what the streams measure; depends on no other p2poolj module.
 */
package org.p2poolj.store.stats;
