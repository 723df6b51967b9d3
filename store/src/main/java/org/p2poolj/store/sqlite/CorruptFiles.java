package org.p2poolj.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.p2poolj.store.StoreException;

/** Moves a corrupt database (and its WAL) aside so a fresh one can take its name. */
final class CorruptFiles {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private CorruptFiles() {}

  /** Returns the new name of the database file. */
  static Path moveAside(Path file, InstantSource clock) {
    String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
    Path target = file.resolveSibling(base);
    for (int n = 2; Files.exists(target) && n < 1000; n++) {
      target = file.resolveSibling(base + "-" + n);
    }
    try {
      // The WAL goes first: a kill between the two moves must not leave the old WAL to be
      // replayed into the fresh file. It is kept beside the damaged file for inspection.
      Path wal = sidecar(file, "-wal");
      if (Files.exists(wal)) {
        Files.move(wal, sidecar(target, "-wal"));
      }
      Files.move(file, target);
      Files.deleteIfExists(sidecar(file, "-shm"));
      Files.deleteIfExists(sidecar(file, "-journal"));
      return target;
    } catch (IOException e) {
      throw new StoreException(
          "store " + file + " is corrupt and could not be moved aside to " + target, e);
    }
  }

  static Path sidecar(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }
}
