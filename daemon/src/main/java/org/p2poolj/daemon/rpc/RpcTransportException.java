package org.p2poolj.daemon.rpc;

/** The call did not produce a JSON-RPC answer: the daemon is down, slow, refuses us or is odd. */
public final class RpcTransportException extends DaemonRpcException {
  private static final long serialVersionUID = 1L;

  /** What kind of transport failure this is; callers choose retry policy by it. */
  public enum Kind {
    /** Connection refused or reset: nothing listens, or the daemon went away. */
    UNREACHABLE,
    /** No answer within the call's timeout (or no free slot under the rate limit in time). */
    TIMEOUT,
    /** HTTP 401/403: wrong user, password or cookie. Retrying will not help. */
    UNAUTHORIZED,
    /** HTTP 503 or "work queue depth exceeded": the daemon is overloaded; retry later. */
    OVERLOADED,
    /** The answer was not a JSON-RPC response. */
    BAD_RESPONSE,
    /** The cookie file could not be read. */
    NO_CREDENTIALS
  }

  private final Kind kind;

  public RpcTransportException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
