package org.p2poolj.daemon.rpc;

/** The daemon answered with a JSON-RPC error object: its code and message are kept as given. */
public final class RpcException extends DaemonRpcException {
  private static final long serialVersionUID = 1L;

  /** {@code RPC_CLIENT_NOT_CONNECTED}: getblocktemplate with no P2P peer. */
  public static final int CLIENT_NOT_CONNECTED = -9;

  /** {@code RPC_CLIENT_IN_INITIAL_DOWNLOAD}: the daemon is still syncing. */
  public static final int CLIENT_IN_INITIAL_DOWNLOAD = -10;

  /** {@code RPC_INVALID_PARAMETER}. */
  public static final int INVALID_PARAMETER = -8;

  /** {@code RPC_METHOD_NOT_FOUND}. */
  public static final int METHOD_NOT_FOUND = -32601;

  /** {@code RPC_IN_WARMUP}: the daemon is starting (loading blocks, verifying). */
  public static final int IN_WARMUP = -28;

  private final String method;
  private final int code;
  private final String daemonMessage;

  public RpcException(String method, int code, String daemonMessage) {
    super(method + ": daemon error " + code + ": " + daemonMessage, null);
    this.method = method;
    this.code = code;
    this.daemonMessage = daemonMessage;
  }

  public String method() {
    return method;
  }

  public int code() {
    return code;
  }

  public String daemonMessage() {
    return daemonMessage;
  }
}
