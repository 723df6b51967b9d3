package org.p2poolj.store.sqlite;

import org.p2poolj.store.stats.RetentionPolicy;

/** Retention policies shared by the SQLite tests. */
final class RetentionPolicyFixtures {
  static final RetentionPolicy DEFAULT = RetentionPolicy.DEFAULT;

  private RetentionPolicyFixtures() {}
}
