package org.p2poolj.node.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The configuration a node gets with no file and no options, per network. Keys whose default
 * depends on the data directory (store and log files) follow whichever datadir is in effect.
 */
public final class Defaults {
  /** Name of the config file looked for in the datadir when {@code --config} is not given. */
  public static final String CONFIG_FILE_NAME = "p2poolj.toml";

  public static final String LOG_FILE_NAME = "p2poolj.log";
  public static final String STORE_FILE_NAME = "shares.sqlite";
  public static final String DEFAULT_NET = Network.LITECOIN.id();

  private static final String LOOPBACK = "127.0.0.1";
  private static final String ANY = "0.0.0.0";

  private Defaults() {}

  public static P2poolConfig forNetwork(Network net, Path datadir, Path home) {
    // Regtest is a private test chain: keep its listeners off the network by default.
    boolean regtest = net.id().endsWith("-regtest");
    String publicBind = regtest ? LOOPBACK : ANY;
    return new P2poolConfig(
        new CoinConfig(net.id()),
        new DaemonConfig(
            LOOPBACK,
            net.daemonRpcPort(),
            "",
            "",
            net.daemonCookieFile(home).toString(),
            LOOPBACK,
            net.daemonP2pPort()),
        ShareChainConfig.NONE,
        new P2pConfig(publicBind, net.poolP2pPort(), 40, 6, List.of(), ""),
        new StratumConfig(publicBind, net.stratumPort(), 10_000, 3.0),
        new WebConfig(LOOPBACK, net.webPort()),
        new NodeConfig(datadir.toString(), "", 0.0, 1.0, ""),
        new StoreConfig("sqlite", datadir.resolve(STORE_FILE_NAME).toString()),
        new LogConfig("INFO", datadir.resolve(LOG_FILE_NAME).toString()));
  }
}
