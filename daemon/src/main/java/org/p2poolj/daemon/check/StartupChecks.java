package org.p2poolj.daemon.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.address.InvalidAddressException;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.rpc.AddressValidation;
import org.p2poolj.daemon.rpc.ChainInfo;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.daemon.rpc.NetworkInfo;
import org.p2poolj.daemon.rpc.RpcException;
import org.p2poolj.daemon.rpc.RpcTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the start-up checks against the daemon and logs one line per check. The node refuses to
 * start when the report is not ok, showing the failing line.
 */
public final class StartupChecks {
  private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);

  /** Soft forks the pool's block building relies on, for every coin. */
  public static final List<String> REQUIRED_SOFT_FORKS = List.of("segwit");

  private final DaemonRpc rpc;
  private final ChainParams params;
  private final String payoutAddress;

  public StartupChecks(DaemonRpc rpc, ChainParams params, String payoutAddress) {
    this.rpc = rpc;
    this.params = params;
    this.payoutAddress = payoutAddress;
  }

  /** Runs all checks in order, stopping at the first failure; logs each outcome. */
  public StartupReport run() {
    List<CheckOutcome> outcomes = new ArrayList<>();
    ChainInfo chain;
    try {
      chain = rpc.getBlockchainInfo();
      NetworkInfo net = rpc.getNetworkInfo();
      outcomes.add(
          CheckOutcome.pass(
              Check.REACHABLE,
              "daemon reachable at "
                  + rpc.client().config().uri()
                  + ": "
                  + net.subversion()
                  + ", protocol "
                  + net.protocolVersion()
                  + ", "
                  + net.connections()
                  + " peers"));
      outcomes.add(CheckOutcome.pass(Check.CREDENTIALS, "RPC credentials accepted"));
    } catch (DaemonRpcException e) {
      outcomes.addAll(connectionFailure(e));
      return finish(outcomes);
    }
    for (Step step : List.<Step>of(this::chain, this::synced, this::softForks, c -> payout())) {
      CheckOutcome outcome = step.run(chain);
      outcomes.add(outcome);
      if (!outcome.ok()) {
        break;
      }
    }
    return finish(outcomes);
  }

  private interface Step {
    CheckOutcome run(ChainInfo chain);
  }

  private List<CheckOutcome> connectionFailure(DaemonRpcException e) {
    String uri = rpc.client().config().uri().toString();
    if (e instanceof RpcTransportException t) {
      return switch (t.kind()) {
        case UNAUTHORIZED, NO_CREDENTIALS ->
            List.of(
                CheckOutcome.pass(Check.REACHABLE, "daemon reachable at " + uri),
                CheckOutcome.fail(Check.CREDENTIALS, "wrong RPC credentials: " + t.getMessage()));
        case BAD_RESPONSE ->
            List.of(
                CheckOutcome.fail(
                    Check.REACHABLE,
                    "no coin daemon RPC at "
                        + uri
                        + " (is that the P2P port?): "
                        + t.getMessage()));
        default ->
            List.of(
                CheckOutcome.fail(
                    Check.REACHABLE,
                    t.getMessage() + " (is the daemon running with -server=1 and this -rpcport?)"));
      };
    }
    RpcException r = (RpcException) e;
    if (r.code() == RpcException.IN_WARMUP) {
      return List.of(
          CheckOutcome.pass(Check.REACHABLE, "daemon reachable at " + uri),
          CheckOutcome.pass(Check.CREDENTIALS, "RPC credentials accepted"),
          CheckOutcome.fail(Check.SYNCED, "daemon still starting: " + r.daemonMessage()));
    }
    return List.of(CheckOutcome.fail(Check.REACHABLE, "daemon error: " + r.getMessage()));
  }

  private CheckOutcome chain(ChainInfo info) {
    String expected = daemonChainName(params);
    String genesis;
    try {
      genesis = rpc.getBlockHash(0);
    } catch (DaemonRpcException e) {
      return CheckOutcome.fail(Check.CHAIN, "cannot read the genesis block: " + e.getMessage());
    }
    if (!expected.equals(info.chain()) || !params.genesisHash().toHex().equals(genesis)) {
      return CheckOutcome.fail(
          Check.CHAIN,
          "wrong chain: --net "
              + params.name()
              + " needs chain '"
              + expected
              + "' with genesis "
              + params.genesisHash().toHex()
              + ", but the daemon is on '"
              + info.chain()
              + "' with genesis "
              + genesis);
    }
    return CheckOutcome.pass(
        Check.CHAIN, "daemon is on " + params.name() + " (chain '" + expected + "')");
  }

  private CheckOutcome synced(ChainInfo info) {
    if (info.initialBlockDownload() || info.headers() > info.blocks() + 2) {
      String hint =
          info.blocks() == 0 && "regtest".equals(info.chain())
              ? " (on regtest, mine one block)"
              : "";
      return CheckOutcome.fail(
          Check.SYNCED,
          String.format(
              "daemon still syncing: block %d of %d headers, %.1f%% verified%s",
              info.blocks(), info.headers(), info.verificationProgress() * 100, hint));
    }
    return CheckOutcome.pass(Check.SYNCED, "daemon synced at height " + info.blocks());
  }

  private CheckOutcome softForks(ChainInfo info) {
    Map<String, Boolean> forks = info.softforks();
    if (forks.isEmpty()) {
      return CheckOutcome.pass(
          Check.SOFT_FORKS,
          "soft forks not listed by getblockchaininfo; getblocktemplate rules apply");
    }
    List<String> missing =
        REQUIRED_SOFT_FORKS.stream().filter(f -> !forks.getOrDefault(f, false)).toList();
    if (!missing.isEmpty()) {
      return CheckOutcome.fail(Check.SOFT_FORKS, "required soft forks not active: " + missing);
    }
    String mweb = forks.getOrDefault("mweb", false) ? ", mweb" : "";
    return CheckOutcome.pass(Check.SOFT_FORKS, "soft forks active: " + REQUIRED_SOFT_FORKS + mweb);
  }

  private CheckOutcome payout() {
    try {
      Address.parse(payoutAddress, params);
    } catch (InvalidAddressException e) {
      return CheckOutcome.fail(Check.PAYOUT_ADDRESS, "payout address rejected: " + e.getMessage());
    }
    try {
      AddressValidation v = rpc.validateAddress(payoutAddress);
      if (!v.valid()) {
        return CheckOutcome.fail(
            Check.PAYOUT_ADDRESS,
            "payout address '" + payoutAddress + "' is not valid for the daemon's chain");
      }
    } catch (DaemonRpcException e) {
      return CheckOutcome.fail(
          Check.PAYOUT_ADDRESS, "cannot validate the payout address: " + e.getMessage());
    }
    return CheckOutcome.pass(Check.PAYOUT_ADDRESS, "payout address " + payoutAddress + " is valid");
  }

  /** The daemon's name for the chain of {@code params}: "main", "test" or "regtest". */
  public static String daemonChainName(ChainParams params) {
    if (params.name().endsWith("-regtest")) {
      return "regtest";
    }
    return params.name().endsWith("-testnet") ? "test" : "main";
  }

  private static StartupReport finish(List<CheckOutcome> outcomes) {
    for (CheckOutcome o : outcomes) {
      if (o.ok()) {
        LOG.info("daemon check {}: {}", o.check(), o.line());
      } else {
        LOG.error("daemon check {} FAILED: {}", o.check(), o.line());
      }
    }
    return new StartupReport(outcomes);
  }
}
