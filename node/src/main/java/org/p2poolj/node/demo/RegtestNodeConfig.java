package org.p2poolj.node.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.p2poolj.daemon.regtest.FreePorts;
import org.p2poolj.daemon.regtest.LitecoindProcess;
import org.p2poolj.daemon.regtest.NodeSpec;
import org.p2poolj.node.config.ConfigLoader;
import org.p2poolj.node.config.ConfigOverride;
import org.p2poolj.node.config.P2poolConfig;

/**
 * The configuration of a node beside a regtest litecoind: network {@code litecoin-regtest}, the
 * daemon's RPC and P2P ports and credentials, and free loopback ports for p2p, stratum and web.
 */
public final class RegtestNodeConfig {
  private RegtestNodeConfig() {}

  /**
   * @param extra further overrides (tests set {@code store.backend}, fees, ...)
   */
  public static P2poolConfig build(
      LitecoindProcess daemon, Path datadir, Path home, List<ConfigOverride> extra) {
    List<ConfigOverride> o = new ArrayList<>();
    o.add(ConfigOverride.of("coin", "net", "litecoin-regtest"));
    o.add(ConfigOverride.of("node", "datadir", datadir.toString()));
    o.add(ConfigOverride.of("daemon", "rpc_host", "127.0.0.1"));
    o.add(ConfigOverride.of("daemon", "rpc_port", daemon.rpcPort()));
    o.add(ConfigOverride.of("daemon", "p2p_host", "127.0.0.1"));
    o.add(ConfigOverride.of("daemon", "p2p_port", daemon.p2pPort()));
    Optional<NodeSpec.Credentials> creds = daemon.spec().credentials();
    if (creds.isPresent()) {
      o.add(ConfigOverride.of("daemon", "rpc_user", creds.get().user()));
      o.add(ConfigOverride.of("daemon", "rpc_password", creds.get().password()));
    } else {
      o.add(ConfigOverride.of("daemon", "rpc_user", ""));
      o.add(
          ConfigOverride.of(
              "daemon",
              "cookie_file",
              daemon.spec().datadir().resolve("regtest/.cookie").toString()));
    }
    o.add(ConfigOverride.of("p2p", "bind", "127.0.0.1"));
    o.add(ConfigOverride.of("p2p", "port", FreePorts.next()));
    o.add(ConfigOverride.of("stratum", "bind", "127.0.0.1"));
    o.add(ConfigOverride.of("stratum", "port", FreePorts.next()));
    o.add(ConfigOverride.of("web", "bind", "127.0.0.1"));
    o.add(ConfigOverride.of("web", "port", FreePorts.next()));
    o.addAll(extra);
    return new ConfigLoader(home).load(Optional.empty(), o).config();
  }
}
