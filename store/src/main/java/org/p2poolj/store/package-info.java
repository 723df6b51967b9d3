/**
 * Persistence of the share chain: the {@link org.p2poolj.store.ShareStore} contract, its SQLite and
 * in-memory implementations, and the facade the node opens at start. Shares are stored as raw
 * {@code share_type} bytes keyed by a hash the caller computes, so this package knows nothing of
 * share semantics; it depends only on {@code coin} (for {@code Hash256}) and must never import
 * {@code sharechain}, {@code p2p} or anything above them.
 */
package org.p2poolj.store;
