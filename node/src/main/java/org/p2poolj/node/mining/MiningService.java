package org.p2poolj.node.mining;

import java.math.BigInteger;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.chain.Coin;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.node.chain.KnownTransactions;
import org.p2poolj.node.config.NodeConfig;
import org.p2poolj.node.lifecycle.AbstractService;
import org.p2poolj.node.runtime.DaemonService;
import org.p2poolj.node.runtime.NodeContext;
import org.p2poolj.stratum.server.StratumConfig;
import org.p2poolj.stratum.server.StratumServer;
import org.p2poolj.stratum.session.SessionSettings;
import org.p2poolj.stratum.username.InvalidAddressPolicy;
import org.p2poolj.stratum.username.PayoutResolver;
import org.p2poolj.stratum.vardiff.DifficultyUnits;
import org.p2poolj.stratum.vardiff.VardiffConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stratum server with the node's {@link NodeWorkSource} and {@link NodeSubmitSink}, fed by
 * the daemon's templates and the chain's best share. Starts after the chain and the daemon.
 */
public final class MiningService extends AbstractService {
  private static final Logger LOG = LoggerFactory.getLogger("mining");
  private static final long IDLE_TIMEOUT_MILLIS = 600_000;

  private final NodeContext context;
  private final MiningStats stats = new MiningStats();
  private final LocalShares local = new LocalShares();
  private volatile NodeWorkSource work;
  private volatile StratumServer server;
  private volatile AutoCloseable templateSubscription;
  private volatile boolean running;

  public MiningService(NodeContext context) {
    super("mining");
    this.context = context;
  }

  @Override
  protected void doStart() {
    DaemonService daemon = context.daemon();
    ChainService chain = context.chain();
    ChainParams params = context.chainParams();
    NodeConfig node = context.config().node();
    String nodeAddress = daemon.payoutAddress();
    MiningPolicy policy =
        new MiningPolicy(
            nodeAddress, node.feePercent(), node.donationPercent(), node.coinbaseText());
    NodeSubmitSink sink =
        new NodeSubmitSink(chain, daemon.link().submitter(), context.events(), local, stats);
    work =
        new NodeWorkSource(
            chain, policy, local, context.clock(), context.random(), this::localHashrate);
    PayoutResolver payouts =
        new PayoutResolver(
            PayoutAddresses.validator(params),
            InvalidAddressPolicy.PAY_NODE,
            nodeAddress,
            params.name());
    server = new StratumServer(stratumConfig(params), work, sink, payouts);
    server.start();
    running = true;
    BlockHeights heights = new BlockHeights(daemon.rpc(), () -> work.template().orElse(null));
    chain.setBlockRelHeight(heights);
    chain.setBlockHeight(heights::absolute);
    chain.onBestChanged(
        best -> {
          if (running) {
            work.onBestShare(best);
          }
        });
    KnownTransactions known = chain.knownTransactions();
    templateSubscription =
        daemon
            .templates()
            .subscribe(
                t -> {
                  work.onTemplate(t);
                  try {
                    TemplateTxs.learn(t, known);
                  } catch (RuntimeException e) {
                    LOG.warn("could not learn the template's transactions: {}", e.toString());
                  }
                });
    LOG.info(
        "stratum listening on {}:{} (node payout address {}, fee {}%, donation {}%)",
        context.config().stratum().bind(),
        server.port(),
        nodeAddress,
        node.feePercent(),
        node.donationPercent());
  }

  private StratumConfig stratumConfig(ChainParams params) {
    var cfg = context.config().stratum();
    VardiffConfig vardiff = saneRange(params).withRate(cfg.shareRate());
    SessionSettings session =
        SessionSettings.defaults(new DifficultyUnits(params.dumbScryptDiff()), vardiff);
    StratumConfig d = StratumConfig.defaults(params.pow(), session);
    // With web and stratum on one port the web front end owns that port and relays stratum
    // connections here, so the server itself listens on a private loopback port.
    boolean shared = context.config().web().port() == cfg.port();
    return new StratumConfig(
        shared ? "127.0.0.1" : cfg.bind(),
        shared ? 0 : cfg.port(),
        cfg.maxSessions(),
        IDLE_TIMEOUT_MILLIS,
        d.maxLineLength(),
        d.writeTimeoutMillis(),
        d.tickMillis(),
        d.jobMaxAgeMillis(),
        d.maxJobs(),
        d.pow(),
        d.session());
  }

  // The coin's SANE_TARGET_RANGE (JT bitcoin/networks): Litecoin's, or Bitcoin's 2^-32 scaled one.
  private static VardiffConfig saneRange(ChainParams params) {
    if (params.coin() == Coin.LITECOIN) {
      return VardiffConfig.litecoin();
    }
    BigInteger base = BigInteger.ONE.shiftLeft(256 - 32);
    return VardiffConfig.defaults(
        base.divide(BigInteger.valueOf(1_000_000)).subtract(BigInteger.ONE),
        base.subtract(BigInteger.ONE));
  }

  private double localHashrate() {
    StratumServer s = server;
    if (s == null) {
      return 0;
    }
    return s.workerStats().stream().mapToDouble(w -> w.hashrate()).sum();
  }

  @Override
  protected void doStop() {
    running = false;
    AutoCloseable sub = templateSubscription;
    if (sub != null) {
      try {
        sub.close();
      } catch (Exception e) {
        LOG.debug("template unsubscribe failed: {}", e.toString());
      }
    }
    StratumServer s = server;
    if (s != null) {
      s.stop();
    }
  }

  /** The stratum server; only while running. */
  public StratumServer server() {
    StratumServer s = server;
    if (s == null) {
      throw new IllegalStateException("the stratum server is not running");
    }
    return s;
  }

  /** The port the stratum server listens on (useful with port 0). */
  public int port() {
    return server().port();
  }

  public MiningStats stats() {
    return stats;
  }

  public LocalShares localShares() {
    return local;
  }

  /** The work source; only while running. */
  public NodeWorkSource work() {
    return work;
  }
}
