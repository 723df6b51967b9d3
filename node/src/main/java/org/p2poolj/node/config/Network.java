package org.p2poolj.node.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;

/**
 * The networks a node can run on, with the node-level defaults that differ per network.
 *
 * <p>Daemon ports come from the coin's {@link ChainParams}, pool p2p and stratum ports from the
 * share-chain network ({@link PoolNetworks}); only the web port and the daemon's data directory are
 * ours to choose here.
 */
public enum Network {
  LITECOIN("litecoin", 9328, ".litecoin", ""),
  LITECOIN_TESTNET("litecoin-testnet", 19328, ".litecoin", "testnet4"),
  LITECOIN_REGTEST("litecoin-regtest", 19448, ".litecoin", "regtest"),
  BITCOIN("bitcoin", 9330, ".bitcoin", ""),
  BITCOIN_TESTNET("bitcoin-testnet", 19330, ".bitcoin", "testnet3"),
  BITCOIN_REGTEST("bitcoin-regtest", 18448, ".bitcoin", "regtest");

  private final String id;
  private final int webPort;
  private final String daemonDir;
  private final String daemonSubdir;

  Network(String id, int webPort, String daemonDir, String daemonSubdir) {
    this.id = id;
    this.webPort = webPort;
    this.daemonDir = daemonDir;
    this.daemonSubdir = daemonSubdir;
  }

  /** The name used in {@code --net} and {@code [coin].net}, such as {@code litecoin-regtest}. */
  public String id() {
    return id;
  }

  /** The coin's chain parameters (ports, address formats, proof of work). */
  public ChainParams chain() {
    return ChainParams.byName(id);
  }

  public int daemonRpcPort() {
    return chain().rpcPort();
  }

  public int daemonP2pPort() {
    return chain().p2pPort();
  }

  /** The share-chain network's built-in parameters, before any {@code [sharechain]} override. */
  public PoolNetwork pool() {
    return PoolNetworks.byName(id);
  }

  public int poolP2pPort() {
    return pool().p2pPort();
  }

  public int stratumPort() {
    return pool().workerPort();
  }

  public int webPort() {
    return webPort;
  }

  /** Where the coin daemon writes its RPC cookie by default, under the given home directory. */
  public Path daemonCookieFile(Path home) {
    Path dir = home.resolve(daemonDir);
    return (daemonSubdir.isEmpty() ? dir : dir.resolve(daemonSubdir)).resolve(".cookie");
  }

  /** Our data directory for this network under the given home directory. */
  public Path defaultDatadir(Path home) {
    return home.resolve(".p2poolj").resolve(id);
  }

  public static Optional<Network> byId(String id) {
    return Arrays.stream(values()).filter(n -> n.id.equals(id)).findFirst();
  }

  /** All network names, for help texts and error messages. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Network::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
