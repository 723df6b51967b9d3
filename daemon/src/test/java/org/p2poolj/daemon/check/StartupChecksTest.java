package org.p2poolj.daemon.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.FakeDaemon;
import org.p2poolj.daemon.rpc.RpcClient;

/** Checks whose failure a real regtest litecoind cannot be made to show, against a fake daemon. */
class StartupChecksTest {
  private static final String REGTEST_ADDRESS = "rltc1qcs0wcrjftktq5gscgv06ypn0gqtc8y8yyvcef5";

  private static FakeDaemon healthy(FakeDaemon d, String forks) {
    return d.answer("getblockchaininfo", FakeDaemon.chainInfo("regtest", false, forks))
        .answer(
            "getnetworkinfo",
            "{\"version\":210201,\"subversion\":\"/LitecoinCore:0.21.2.1/\",\"protocolversion\":70016,"
                + "\"connections\":1,\"localservices\":\"0000000001000409\"}")
        .answer("getblockhash", "\"" + ChainParams.LITECOIN_REGTEST.genesisHash().toHex() + "\"")
        .answer("validateaddress", "{\"isvalid\":true,\"scriptPubKey\":\"0014aa\"}");
  }

  private static StartupReport run(FakeDaemon d, ChainParams params, String address) {
    try (RpcClient c = d.client()) {
      return new StartupChecks(new DaemonRpc(c), params, address).run();
    }
  }

  @Test
  void missingSegwitIsOneClearLine() throws Exception {
    try (FakeDaemon d =
        healthy(new FakeDaemon(), "{\"segwit\":{\"type\":\"buried\",\"active\":false}}")) {
      StartupReport r = run(d, ChainParams.LITECOIN_REGTEST, REGTEST_ADDRESS);
      assertThat(r.ok()).isFalse();
      assertThat(r.firstFailure().orElseThrow().check()).isEqualTo(Check.SOFT_FORKS);
      assertThat(r.firstFailure().orElseThrow().line()).contains("segwit").doesNotContain("\n");
    }
  }

  @Test
  void allGoodOnAHealthyDaemon() throws Exception {
    try (FakeDaemon d = healthy(new FakeDaemon(), "{\"segwit\":{\"active\":true}}")) {
      StartupReport r = run(d, ChainParams.LITECOIN_REGTEST, REGTEST_ADDRESS);
      assertThat(r.ok()).as(r.toString()).isTrue();
      assertThat(r.outcomes()).extracting(CheckOutcome::check).containsExactly(Check.values());
    }
  }

  @Test
  void syncingDaemonIsReported() throws Exception {
    try (FakeDaemon d = healthy(new FakeDaemon(), "{\"segwit\":{\"active\":true}}")) {
      d.answer("getblockchaininfo", FakeDaemon.chainInfo("regtest", true, "{}"));
      StartupReport r = run(d, ChainParams.LITECOIN_REGTEST, REGTEST_ADDRESS);
      assertThat(r.firstFailure().orElseThrow().check()).isEqualTo(Check.SYNCED);
      assertThat(r.firstFailure().orElseThrow().line()).contains("still syncing");
    }
  }

  @Test
  void daemonRejectingTheAddressIsReported() throws Exception {
    try (FakeDaemon d = healthy(new FakeDaemon(), "{\"segwit\":{\"active\":true}}")) {
      d.answer("validateaddress", "{\"isvalid\":false}");
      StartupReport r = run(d, ChainParams.LITECOIN_REGTEST, REGTEST_ADDRESS);
      assertThat(r.firstFailure().orElseThrow().check()).isEqualTo(Check.PAYOUT_ADDRESS);
    }
  }

  @Test
  void daemonChainNames() {
    assertThat(StartupChecks.daemonChainName(ChainParams.LITECOIN)).isEqualTo("main");
    assertThat(StartupChecks.daemonChainName(ChainParams.BITCOIN_TESTNET)).isEqualTo("test");
    assertThat(StartupChecks.daemonChainName(ChainParams.LITECOIN_REGTEST)).isEqualTo("regtest");
  }
}
