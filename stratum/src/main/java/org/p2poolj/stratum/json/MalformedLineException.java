package org.p2poolj.stratum.json;

/** A line from a miner that is not a usable JSON-RPC request; carries the error to answer with. */
public final class MalformedLineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient StratumError error;

  public MalformedLineException(StratumError error) {
    super(error.message());
    this.error = error;
  }

  public StratumError error() {
    return error;
  }
}
