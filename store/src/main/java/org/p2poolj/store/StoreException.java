package org.p2poolj.store;

/**
 * The store cannot be used: its file cannot be opened or created, or it was written by a newer
 * schema. Corruption is not reported this way; it is recovered from (see {@code SqliteDatabase}).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
