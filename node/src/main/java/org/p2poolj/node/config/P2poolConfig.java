package org.p2poolj.node.config;

import java.util.List;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.address.InvalidAddressException;
import org.p2poolj.share.network.PoolNetwork;

/**
 * The whole, validated configuration: one record per TOML section. Instances are immutable and
 * valid by construction; {@link ConfigLoader} is the usual way to get one. Checks that span
 * sections live here, such as the payout address having to belong to {@code [coin].net}.
 */
public record P2poolConfig(
    CoinConfig coin,
    DaemonConfig daemon,
    ShareChainConfig sharechain,
    P2pConfig p2p,
    StratumConfig stratum,
    WebConfig web,
    NodeConfig node,
    StoreConfig store,
    LogConfig log) {
  /** Section names in file order, as written by {@link ConfigWriter}. */
  public static final List<String> SECTIONS =
      List.of("coin", "daemon", "sharechain", "p2p", "stratum", "web", "node", "store", "log");

  public P2poolConfig {
    Checks.present("[coin]", coin);
    Checks.present("[daemon]", daemon);
    sharechain = sharechain == null ? ShareChainConfig.NONE : sharechain;
    Checks.present("[p2p]", p2p);
    Checks.present("[stratum]", stratum);
    Checks.present("[web]", web);
    Checks.present("[node]", node);
    Checks.present("[store]", store);
    Checks.present("[log]", log);
    try {
      sharechain.applyTo(coin.network().pool());
    } catch (BadValueException e) {
      throw new BadValueException("[sharechain]." + e.key(), e.problem());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadValueException("[sharechain]", e.getMessage());
    }
    if (!node.payoutAddress().isEmpty()) {
      try {
        Address.parse(node.payoutAddress(), coin.network().chain());
      } catch (InvalidAddressException e) {
        throw new BadValueException("[node].payout_address", e.getMessage());
      }
    }
  }

  public Network network() {
    return coin.network();
  }

  /**
   * The share-chain network to join: the network's own, with any {@code [sharechain]} overrides.
   */
  public PoolNetwork poolNetwork() {
    return sharechain.applyTo(coin.network().pool());
  }
}
