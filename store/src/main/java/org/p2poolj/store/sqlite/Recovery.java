package org.p2poolj.store.sqlite;

import java.nio.file.Path;

/**
 * What happened when the database file was found corrupt at open: why, and where the damaged file
 * was moved so that an operator can still inspect it.
 *
 * @param reason the SQLite error or quick-check output that condemned the file
 * @param movedTo the new name of the corrupt file
 */
public record Recovery(String reason, Path movedTo) {}
