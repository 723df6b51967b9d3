package org.p2poolj.stratum.json;

/**
 * A Stratum error, sent as the array {@code [code, message, null]} that miners expect. The codes
 * 20..25 are the de-facto Stratum v1 set; the negative ones are JSON-RPC 2.0's.
 */
public record StratumError(int code, String message) {
  public static final int OTHER = 20;
  public static final int JOB_NOT_FOUND = 21;
  public static final int DUPLICATE_SHARE = 22;
  public static final int LOW_DIFFICULTY = 23;
  public static final int UNAUTHORIZED = 24;
  public static final int NOT_SUBSCRIBED = 25;

  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;

  public StratumError {
    if (message == null || message.isEmpty()) {
      throw new IllegalArgumentException("an error needs a message");
    }
  }

  public static StratumError other(String message) {
    return new StratumError(OTHER, message);
  }

  public static StratumError invalidParams(String message) {
    return new StratumError(INVALID_PARAMS, message);
  }
}
