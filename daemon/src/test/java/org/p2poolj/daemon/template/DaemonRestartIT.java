package org.p2poolj.daemon.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.DaemonLink;
import org.p2poolj.daemon.DaemonLinkConfig;
import org.p2poolj.daemon.p2p.DaemonP2pLink;
import org.p2poolj.daemon.regtest.RegtestPair;

/** The daemon goes away and comes back: one report, retries with backoff, recovery. */
class DaemonRestartIT {

  @Test
  void outageIsReportedOnceAndTheSourceRecovers() throws Exception {
    try (RegtestPair pair = RegtestPair.mwebOff();
        DaemonLink link =
            DaemonLink.start(
                new DaemonLinkConfig(
                    ChainParams.LITECOIN_REGTEST,
                    pair.pool().rpcConfig().withTimeout(Duration.ofSeconds(5)),
                    Optional.of(new InetSocketAddress("127.0.0.1", pair.pool().p2pPort())),
                    OptionalInt.empty(),
                    TemplateSourceConfig.defaults(TemplateSourceConfig.LITECOIN_RULES)
                        .withPollInterval(Duration.ofMillis(200))),
                Clock.systemUTC(),
                new Random(4))) {
      TemplateSource source = link.templates();
      DaemonP2pLink p2p = link.p2p().orElseThrow();
      LinkedBlockingQueue<BlockTemplate> got = new LinkedBlockingQueue<>();
      source.subscribe(got::add);
      BlockTemplate before = got.poll(10, TimeUnit.SECONDS);
      assertThat(before).isNotNull();

      pair.pool().stopProcess();
      awaitTrue(() -> source.health().isDown(), 10);
      Thread.sleep(2000); // several retries fail while it is down
      long failuresWhileDown = source.health().failures();
      assertThat(failuresWhileDown).isGreaterThan(2);
      assertThat(source.health().outages()).isEqualTo(1);
      // Backoff: far fewer attempts than one per 200 ms poll would give... and bounded retries.
      assertThat(failuresWhileDown).isLessThan(30);

      pair.pool().startProcess();
      awaitTrue(() -> !source.health().isDown(), 60);
      assertThat(source.health().outages()).isEqualTo(1);
      assertThat(source.health().recoveries()).isEqualTo(1);
      assertThat(p2p.awaitConnected(Duration.ofSeconds(15))).as("P2P link reconnected").isTrue();

      got.clear();
      String mined = pair.generate(1).getFirst();
      awaitTrue(
          () -> source.latest().map(t -> t.previousBlockHash().toHex().equals(mined)).orElse(false),
          10);
    }
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private static void awaitTrue(Check check, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (check.ok()) {
        return;
      }
      Thread.sleep(50);
    }
    assertThat(check.ok()).as("condition within " + seconds + " s").isTrue();
  }
}
