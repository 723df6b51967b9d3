package org.p2poolj.node.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.chain.ChainParams;

/**
 * The networks a node can run on, with the node-level defaults that differ per network.
 *
 * <p>Daemon ports come from the coin's {@link ChainParams}. Pool ports for mainnet and testnet are
 * those of the live p2pool networks (protocol spec section 5.1); regtest has no public pool
 * network, so its ports are our own choice, kept clear of the daemons' regtest ports.
 */
public enum Network {
  LITECOIN("litecoin", 9326, 9327, 9328, ".litecoin", ""),
  LITECOIN_TESTNET("litecoin-testnet", 19338, 19327, 19328, ".litecoin", "testnet4"),
  LITECOIN_REGTEST("litecoin-regtest", 19446, 19447, 19448, ".litecoin", "regtest"),
  BITCOIN("bitcoin", 9333, 9332, 9330, ".bitcoin", ""),
  BITCOIN_TESTNET("bitcoin-testnet", 19333, 19332, 19330, ".bitcoin", "testnet3"),
  BITCOIN_REGTEST("bitcoin-regtest", 18446, 18447, 18448, ".bitcoin", "regtest");

  private final String id;
  private final int poolP2pPort;
  private final int stratumPort;
  private final int webPort;
  private final String daemonDir;
  private final String daemonSubdir;

  Network(
      String id,
      int poolP2pPort,
      int stratumPort,
      int webPort,
      String daemonDir,
      String daemonSubdir) {
    this.id = id;
    this.poolP2pPort = poolP2pPort;
    this.stratumPort = stratumPort;
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

  public int poolP2pPort() {
    return poolP2pPort;
  }

  public int stratumPort() {
    return stratumPort;
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
