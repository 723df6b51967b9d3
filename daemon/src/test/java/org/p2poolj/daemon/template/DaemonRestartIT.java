package org.p2poolj.daemon.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.RpcClient;

/** The daemon goes away and comes back: one report, retries with backoff, recovery. */
class DaemonRestartIT {

  @Test
  void outageIsReportedOnceAndTheSourceRecovers() throws Exception {
    try (RegtestPair pair = RegtestPair.mwebOff();
        RpcClient client =
            new RpcClient(pair.pool().rpcConfig().withTimeout(Duration.ofSeconds(5)));
        TemplateSource source =
            new TemplateSource(
                new DaemonRpc(client),
                TemplateSourceConfig.defaults(TemplateSourceConfig.LITECOIN_RULES)
                    .withPollInterval(Duration.ofMillis(200)),
                Clock.systemUTC())) {
      LinkedBlockingQueue<BlockTemplate> got = new LinkedBlockingQueue<>();
      source.subscribe(got::add);
      source.start();
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
