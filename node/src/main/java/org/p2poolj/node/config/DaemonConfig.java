package org.p2poolj.node.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code [daemon]}: how to reach the coin daemon. With {@code rpc_user} empty the node
 * authenticates with the daemon's cookie file, as litecoind does without {@code -rpcuser}.
 */
public record DaemonConfig(
    String rpcHost,
    int rpcPort,
    String rpcUser,
    String rpcPassword,
    String cookieFile,
    String p2pHost,
    int p2pPort) {
  public DaemonConfig {
    Checks.host("rpc_host", rpcHost);
    Checks.port("rpc_port", rpcPort);
    Checks.present("rpc_user", rpcUser);
    Checks.present("rpc_password", rpcPassword);
    Checks.present("cookie_file", cookieFile);
    if (!rpcUser.isEmpty() && rpcPassword.isEmpty()) {
      throw new BadValueException("rpc_password", "is required when rpc_user is set");
    }
    if (rpcUser.isEmpty() && cookieFile.isEmpty()) {
      throw new BadValueException("cookie_file", "is required when rpc_user is empty");
    }
    Checks.host("p2p_host", p2pHost);
    Checks.port("p2p_port", p2pPort);
  }

  /** The cookie file, when cookie authentication is in use. */
  public Optional<Path> cookiePath() {
    return rpcUser.isEmpty() ? Optional.of(Path.of(cookieFile)) : Optional.empty();
  }

  @Override
  public String toString() {
    // Keeps the RPC password out of logs and exception messages.
    return "DaemonConfig[rpc="
        + rpcHost
        + ":"
        + rpcPort
        + ", user="
        + (rpcUser.isEmpty() ? "(cookie " + cookieFile + ")" : rpcUser)
        + ", p2p="
        + p2pHost
        + ":"
        + p2pPort
        + "]";
  }
}
