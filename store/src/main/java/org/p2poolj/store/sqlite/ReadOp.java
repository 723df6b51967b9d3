package org.p2poolj.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** One read on the reader connection, which is held exclusively for its duration. */
@FunctionalInterface
public interface ReadOp<T> {
  T apply(Connection reader) throws SQLException;
}
