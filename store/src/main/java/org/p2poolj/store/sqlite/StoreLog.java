package org.p2poolj.store.sqlite;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Operator-facing messages about the database file, in one place. */
final class StoreLog {
  private static final Logger LOG = LoggerFactory.getLogger("org.p2poolj.store");

  private StoreLog() {}

  static void corruptMovedAside(Path file, String reason, Path movedTo) {
    LOG.error(
        "Store {} is corrupt ({}); moved it to {} and started an empty store"
            + " (shares will be downloaded again from peers)",
        file,
        reason,
        movedTo);
  }

  static void opened(Path file, int schemaVersion, long millis) {
    LOG.info("Store {} opened (schema v{}, checked in {} ms)", file, schemaVersion, millis);
  }

  static void migrated(Path file, int from, int to) {
    LOG.info("Store {} migrated from schema v{} to v{}", file, from, to);
  }

  static void writesDropped(Path file, long count, String error) {
    LOG.error("Store {}: {} queued write(s) could not be saved: {}", file, count, error);
  }

  static void closed(Path file) {
    LOG.info("Store {} closed", file);
  }
}
