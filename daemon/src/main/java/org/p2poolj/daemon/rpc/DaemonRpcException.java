package org.p2poolj.daemon.rpc;

/**
 * Anything that can go wrong on an RPC call. Checked, because callers (template polling, block
 * submission, start-up checks) can and must recover or report it.
 */
public abstract sealed class DaemonRpcException extends Exception
    permits RpcException, RpcTransportException {
  private static final long serialVersionUID = 1L;

  DaemonRpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
