/**
 * The SQLite side of the store: one database file in WAL mode with a single writer thread that
 * commits queued writes in batches, a separate reader connection, schema migrations, a quick check
 * at open with recovery from a corrupt file, and the share, stats and metadata views over it.
 * Depends on the store contracts ({@code org.p2poolj.store}, {@code org.p2poolj.store.stats}) and
 * the xerial driver; nothing above the store may be imported here.
 */
package org.p2poolj.store.sqlite;
