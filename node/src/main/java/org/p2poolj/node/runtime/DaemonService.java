package org.p2poolj.node.runtime;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.InstantSource;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.DaemonLink;
import org.p2poolj.daemon.DaemonLinkConfig;
import org.p2poolj.daemon.check.Check;
import org.p2poolj.daemon.check.CheckOutcome;
import org.p2poolj.daemon.check.StartupChecks;
import org.p2poolj.daemon.check.StartupReport;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.daemon.rpc.RpcAuth;
import org.p2poolj.daemon.rpc.RpcClient;
import org.p2poolj.daemon.rpc.RpcConfig;
import org.p2poolj.daemon.template.TemplateSource;
import org.p2poolj.daemon.template.TemplateSourceConfig;
import org.p2poolj.node.config.DaemonConfig;
import org.p2poolj.node.lifecycle.AbstractService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coin daemon link as a service: on start it runs the daemon's start-up checks (the first
 * failing one becomes the start error, one line), asks the daemon wallet for a payout address when
 * none is configured, then opens the link (P2P, blocknotify endpoint, template source).
 */
public final class DaemonService extends AbstractService {
  private static final Logger LOG = LoggerFactory.getLogger("daemon");

  private final DaemonConfig config;
  private final ChainParams params;
  private final String configuredPayout;
  private final InstantSource clock;
  private final RandomGenerator random;
  private volatile DaemonLink link;
  private volatile String payoutAddress;

  public DaemonService(
      DaemonConfig config,
      ChainParams params,
      String configuredPayout,
      InstantSource clock,
      RandomGenerator random) {
    super("daemon");
    this.config = config;
    this.params = params;
    this.configuredPayout = configuredPayout;
    this.clock = clock;
    this.random = random;
  }

  @Override
  protected void doStart() throws DaemonStartException {
    RpcConfig rpcConfig = rpcConfig();
    try (RpcClient probe = new RpcClient(rpcConfig)) {
      DaemonRpc rpc = new DaemonRpc(probe);
      String payout = configuredPayout.isEmpty() ? askWallet(rpc) : configuredPayout;
      StartupReport report = new StartupChecks(rpc, params, payout).run();
      if (!report.ok()) {
        throw new DaemonStartException(report.firstFailure().orElseThrow().line());
      }
      payoutAddress = payout;
    }
    DaemonLinkConfig linkConfig =
        new DaemonLinkConfig(
            params,
            rpcConfig,
            Optional.of(new InetSocketAddress(config.p2pHost(), config.p2pPort())),
            OptionalInt.of(0),
            TemplateSourceConfig.defaults(DaemonLinkConfig.rulesFor(params)));
    link = DaemonLink.start(linkConfig, clock, random);
    LOG.info(
        "daemon link up: rpc {}, p2p {}:{}, blocknotify port {}; node payout address {}",
        rpcConfig.uri(),
        config.p2pHost(),
        config.p2pPort(),
        link.blockNotify().map(b -> String.valueOf(b.port())).orElse("(none)"),
        payoutAddress);
    link.blockNotify()
        .ifPresent(
            b ->
                LOG.info(
                    "for instant new-block signals start the daemon with"
                        + " -blocknotify='p2poolj blocknotify {} %s' (or -blocknotify=\"{}\")",
                    b.port(), b.blockNotifyCommand()));
  }

  // Without a configured address the node pays its own share of fees to a fresh wallet address,
  // as the reference does (getaccountaddress / getnewaddress).
  private String askWallet(DaemonRpc rpc) throws DaemonStartException {
    try {
      String address = rpc.client().call("getnewaddress").asText();
      LOG.info("no payout address configured; the daemon wallet gave {}", address);
      return address;
    } catch (DaemonRpcException e) {
      StartupReport report = new StartupChecks(rpc, params, "").run();
      Optional<CheckOutcome> failed = report.firstFailure();
      if (failed.isPresent() && failed.get().check() != Check.PAYOUT_ADDRESS) {
        // A connection, chain or sync failure explains it better than the wallet error.
        throw new DaemonStartException(failed.get().line());
      }
      throw new DaemonStartException(
          "no payout address configured (--payout-address) and the daemon wallet gave none: "
              + e.getMessage());
    }
  }

  private RpcConfig rpcConfig() {
    RpcAuth auth =
        config.rpcUser().isEmpty()
            ? new RpcAuth.CookieFile(config.cookiePath().orElseThrow())
            : new RpcAuth.UserPassword(config.rpcUser(), config.rpcPassword());
    String host = config.rpcHost().contains(":") ? "[" + config.rpcHost() + "]" : config.rpcHost();
    return new RpcConfig(
        URI.create("http://" + host + ":" + config.rpcPort() + "/"),
        auth,
        RpcConfig.DEFAULT_TIMEOUT,
        RpcConfig.DEFAULT_MAX_IN_FLIGHT);
  }

  @Override
  protected void doStop() {
    DaemonLink l = link;
    if (l != null) {
      l.close();
    }
  }

  /** The link; only while running. */
  public DaemonLink link() {
    DaemonLink l = link;
    if (l == null) {
      throw new IllegalStateException("the daemon link is not up");
    }
    return l;
  }

  public DaemonRpc rpc() {
    return link().rpc();
  }

  public TemplateSource templates() {
    return link().templates();
  }

  /** The node operator's payout address (configured or from the daemon wallet); once running. */
  public String payoutAddress() {
    return payoutAddress;
  }

  /** A start failure whose message is the one line to show the operator. */
  public static final class DaemonStartException extends Exception {
    private static final long serialVersionUID = 1L;

    public DaemonStartException(String line) {
      super(line);
    }
  }
}
