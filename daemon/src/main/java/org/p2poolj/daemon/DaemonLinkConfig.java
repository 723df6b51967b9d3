package org.p2poolj.daemon;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.chain.Coin;
import org.p2poolj.daemon.rpc.RpcConfig;
import org.p2poolj.daemon.template.TemplateSourceConfig;

/**
 * Everything needed to talk to one coin daemon.
 *
 * @param p2p the daemon's P2P address, or empty to run without the P2P link
 * @param blockNotifyPort loopback port for the blocknotify endpoint (0 = any free port), or empty
 *     to run without it
 */
public record DaemonLinkConfig(
    ChainParams params,
    RpcConfig rpc,
    Optional<InetSocketAddress> p2p,
    OptionalInt blockNotifyPort,
    TemplateSourceConfig templates) {

  /** The getblocktemplate rules the coin needs. */
  public static List<String> rulesFor(ChainParams params) {
    return params.coin() == Coin.LITECOIN
        ? TemplateSourceConfig.LITECOIN_RULES
        : TemplateSourceConfig.BITCOIN_RULES;
  }

  /** Defaults: P2P link on loopback at {@code p2pPort}, blocknotify on a free port. */
  public static DaemonLinkConfig local(ChainParams params, RpcConfig rpc, int p2pPort) {
    return new DaemonLinkConfig(
        params,
        rpc,
        Optional.of(new InetSocketAddress("127.0.0.1", p2pPort)),
        OptionalInt.of(0),
        TemplateSourceConfig.defaults(rulesFor(params)));
  }
}
