package org.p2poolj.stratum.session;

/** A request whose params do not fit the method; answered with JSON-RPC error -32602. */
public final class InvalidParamsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidParamsException(String message) {
    super(message);
  }
}
