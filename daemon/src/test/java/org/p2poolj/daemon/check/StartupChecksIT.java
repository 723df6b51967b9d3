package org.p2poolj.daemon.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.regtest.FreePorts;
import org.p2poolj.daemon.regtest.LitecoindProcess;
import org.p2poolj.daemon.regtest.NodeSpec;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.RpcAuth;
import org.p2poolj.daemon.rpc.RpcClient;
import org.p2poolj.daemon.rpc.RpcConfig;

class StartupChecksIT {
  private static RegtestPair pair;

  @BeforeAll
  static void start() {
    pair = RegtestPair.mwebOff();
  }

  @AfterAll
  static void stop() {
    if (pair != null) {
      pair.close();
    }
  }

  private static StartupReport run(RpcConfig config, ChainParams params, String address) {
    try (RpcClient c = new RpcClient(config)) {
      return new StartupChecks(new DaemonRpc(c), params, address).run();
    }
  }

  private static CheckOutcome failure(StartupReport r) {
    assertThat(r.ok()).isFalse();
    CheckOutcome f = r.firstFailure().orElseThrow();
    assertThat(f.line()).doesNotContain("\n");
    assertThat(r.outcomes().getLast()).isEqualTo(f); // stops at the first failure
    return f;
  }

  @Test
  void healthyRegtestDaemonPassesEveryCheck() {
    StartupReport r =
        run(pair.pool().rpcConfig(), ChainParams.LITECOIN_REGTEST, pair.minerAddress());
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.outcomes()).hasSize(Check.values().length);
  }

  @Test
  void wrongPassword() {
    RpcConfig bad =
        RpcConfig.local(pair.pool().rpcPort(), new RpcAuth.UserPassword("p2poolj", "nope"));
    CheckOutcome f = failure(run(bad, ChainParams.LITECOIN_REGTEST, pair.minerAddress()));
    assertThat(f.check()).isEqualTo(Check.CREDENTIALS);
    assertThat(f.line()).contains("credentials");
  }

  @Test
  void wrongPort() {
    RpcConfig bad =
        new RpcConfig(
            URI.create("http://127.0.0.1:" + FreePorts.next() + "/"),
            pair.pool().auth(),
            Duration.ofSeconds(3),
            2);
    CheckOutcome f = failure(run(bad, ChainParams.LITECOIN_REGTEST, pair.minerAddress()));
    assertThat(f.check()).isEqualTo(Check.REACHABLE);
    assertThat(f.line()).contains("unreachable");
  }

  @Test
  void wrongChainForNet() {
    CheckOutcome main = failure(run(pair.pool().rpcConfig(), ChainParams.LITECOIN, "ltc1qxyz"));
    assertThat(main.check()).isEqualTo(Check.CHAIN);
    assertThat(main.line()).contains("'main'").contains("'regtest'");
    // Same chain name, other coin: only the genesis block tells them apart.
    CheckOutcome btc =
        failure(run(pair.pool().rpcConfig(), ChainParams.BITCOIN_REGTEST, "bcrt1qxyz"));
    assertThat(btc.check()).isEqualTo(Check.CHAIN);
    assertThat(btc.line()).contains(ChainParams.BITCOIN_REGTEST.genesisHash().toHex());
  }

  @Test
  void payoutAddressOfAnotherChainOrMweb() throws Exception {
    CheckOutcome mainnet =
        failure(
            run(
                pair.pool().rpcConfig(),
                ChainParams.LITECOIN_REGTEST,
                "LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1"));
    assertThat(mainnet.check()).isEqualTo(Check.PAYOUT_ADDRESS);
    String mweb = pair.pool().rpc().client().call("getnewaddress", "", "mweb").asText();
    CheckOutcome mwebOutcome =
        failure(run(pair.pool().rpcConfig(), ChainParams.LITECOIN_REGTEST, mweb));
    assertThat(mwebOutcome.check()).isEqualTo(Check.PAYOUT_ADDRESS);
    assertThat(mwebOutcome.line()).containsIgnoringCase("mweb");
    CheckOutcome garbage =
        failure(run(pair.pool().rpcConfig(), ChainParams.LITECOIN_REGTEST, "not-an-address"));
    assertThat(garbage.check()).isEqualTo(Check.PAYOUT_ADDRESS);
  }

  @Test
  void freshChainIsStillSyncing() throws Exception {
    try (LitecoindProcess fresh =
        LitecoindProcess.start(
            new NodeSpec(
                Files.createTempDirectory("p2poolj-ltc-fresh-"),
                FreePorts.next(),
                FreePorts.next(),
                Optional.empty(),
                OptionalInt.empty(),
                List.of()),
            true)) {
      CheckOutcome f =
          failure(run(fresh.rpcConfig(), ChainParams.LITECOIN_REGTEST, pair.minerAddress()));
      assertThat(f.check()).isEqualTo(Check.SYNCED);
      assertThat(f.line()).contains("still syncing").contains("mine one block");
    }
  }
}
