package org.p2poolj.store.sqlite;

import java.sql.SQLException;

/** One write, applied on the writer thread inside the current batch transaction. */
@FunctionalInterface
public interface WriteOp {
  void apply(WriteContext ctx) throws SQLException;
}
