package org.p2poolj.stratum.miner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.stratum.server.StratumServer;
import org.p2poolj.stratum.server.StratumServerTestConfig;
import org.p2poolj.stratum.submit.HeaderBuilder;
import org.p2poolj.stratum.submit.Submission;
import org.p2poolj.stratum.testing.FakeWorkSource;
import org.p2poolj.stratum.testing.RecordingSink;
import org.p2poolj.stratum.testing.SessionHarness;
import org.p2poolj.stratum.testing.TestJobs;
import org.p2poolj.stratum.username.InvalidAddressPolicy;
import org.p2poolj.stratum.username.PayoutResolver;
import org.p2poolj.stratum.vardiff.DifficultyUnits;

/** The CPU miner against the server on 127.0.0.1, scrypt at the regtest target. */
class CpuMinerTest {
  private final FakeWorkSource work =
      new FakeWorkSource(TestJobs.REGTEST_TARGET, TestJobs.REGTEST_TARGET.shiftRight(16));
  private final RecordingSink sink = new RecordingSink();
  private StratumServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private void startServer(InvalidAddressPolicy policy) {
    server =
        new StratumServer(
            StratumServerTestConfig.regtest(),
            work,
            sink,
            new PayoutResolver(
                SessionHarness.VALIDATOR, policy, SessionHarness.NODE_ADDRESS, "litecoin-regtest"));
    server.start();
    work.change(true);
  }

  private MinerConfig miner(String user, boolean rolling, int threads) {
    return new MinerConfig(
        "127.0.0.1",
        server.port(),
        user,
        "x",
        threads,
        Duration.ofSeconds(60),
        6,
        rolling,
        DifficultyUnits.SCRYPT,
        PowFunction.SCRYPT);
  }

  @Test
  void minesAcceptedSharesWithVersionRollingAndVerifiedHeaders() throws Exception {
    startServer(InvalidAddressPolicy.REFUSE);
    MinerReport report = new CpuMiner(miner("Qminer.cpu", true, 2)).run();

    assertThat(report.failure()).isNull();
    assertThat(report.accepted()).isGreaterThanOrEqualTo(6);
    assertThat(report.rejected()).isZero();
    assertThat(report.hashes()).isGreaterThanOrEqualTo(report.accepted());
    assertThat(sink.shares.size()).isGreaterThanOrEqualTo(6);

    Map<String, Submission> byHeader = new HashMap<>();
    for (Submission s : sink.shares) {
      byHeader.put(Hex.encode(s.header80()), s);
    }
    boolean rolled = false;
    for (FoundShare f : report.shares()) {
      if (!Boolean.TRUE.equals(f.accepted())) {
        continue;
      }
      Submission s = byHeader.get(Hex.encode(f.header80()));
      assertThat(s).as("the server rebuilt the header the miner hashed").isNotNull();
      assertThat(PowFunction.SCRYPT.powHash(f.header80())).isEqualTo(s.powHash());
      assertThat(s.powHash().toBigInteger()).isLessThanOrEqualTo(TestJobs.REGTEST_TARGET);
      BlockHeader h = s.header();
      assertThat(h.merkleRoot())
          .isEqualTo(HeaderBuilder.merkleRoot(s.coinbase(), s.job().spec().merkleBranch()));
      assertThat(h.version() & ~0x1fffe000L).isEqualTo(s.job().spec().version() & ~0x1fffe000L);
      rolled |= f.versionBits() != null && h.version() != s.job().spec().version();
    }
    assertThat(rolled).as("some share used rolled version bits").isTrue();
    assertThat(server.workerStats())
        .singleElement()
        .satisfies(w -> assertThat(w.accepted()).isGreaterThanOrEqualTo(6));
  }

  @Test
  void refusedAuthorizationEndsTheRun() throws Exception {
    startServer(InvalidAddressPolicy.REFUSE);
    MinerReport report = new CpuMiner(miner("Xinvalid", false, 1)).run();
    assertThat(report.failure()).contains("authorization refused").contains("Xinvalid");
    assertThat(report.accepted()).isZero();
  }
}
