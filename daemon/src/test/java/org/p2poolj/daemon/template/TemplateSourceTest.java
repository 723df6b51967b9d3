package org.p2poolj.daemon.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.FakeDaemon;
import org.p2poolj.daemon.rpc.RpcClient;

/** The template source against a fake daemon that serves malformed, then good, templates. */
class TemplateSourceTest {

  private static TemplateSourceConfig fast() {
    return new TemplateSourceConfig(
        TemplateSourceConfig.LITECOIN_RULES,
        Duration.ofMillis(50),
        false,
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofMillis(20),
        Duration.ofMillis(100));
  }

  @Test
  void malformedTemplateIsReportedOnceAndDoesNotStopTheSource() throws Exception {
    ObjectNode good = Fixtures.json(Fixtures.MWEB_EMPTY);
    ObjectNode bad = good.deepCopy();
    bad.put("bits", "nothex!!");
    AtomicReference<JsonNode> served = new AtomicReference<>(bad);
    try (FakeDaemon daemon = new FakeDaemon().answer("getblocktemplate", served::get);
        RpcClient client = daemon.client();
        TemplateSource source =
            new TemplateSource(new DaemonRpc(client), fast(), Clock.systemUTC())) {
      LinkedBlockingQueue<BlockTemplate> got = new LinkedBlockingQueue<>();
      source.subscribe(got::add);
      source.start();
      for (int i = 0; i < 100 && daemon.calls("getblocktemplate") < 4; i++) {
        Thread.sleep(20);
      }
      assertThat(got).isEmpty();
      assertThat(source.health().isDown()).isTrue();
      assertThat(source.health().outages()).isEqualTo(1);
      assertThat(source.health().lastError()).contains("'bits'");

      served.set(good);
      BlockTemplate t = got.poll(5, TimeUnit.SECONDS);
      assertThat(t).isNotNull();
      assertThat(t.height()).isEqualTo(good.get("height").asLong());
      assertThat(source.health().recoveries()).isEqualTo(1);
      // The same template served again is not published again.
      Thread.sleep(300);
      assertThat(got).isEmpty();
      assertThat(source.published()).isEqualTo(1);
    }
  }

  @Test
  void olderTemplateDoesNotReplaceANewerOne() throws Exception {
    try (FakeDaemon daemon = new FakeDaemon();
        RpcClient client = daemon.client();
        TemplateSource source =
            new TemplateSource(new DaemonRpc(client), fast(), Clock.systemUTC())) {
      ObjectNode newer = Fixtures.json(Fixtures.MWEB_EMPTY);
      ObjectNode older = Fixtures.json(Fixtures.FIRST_MWEB_BLOCK);
      source.publish(BlockTemplateParser.parse(newer));
      source.publish(BlockTemplateParser.parse(older));
      assertThat(source.latest().orElseThrow().height()).isEqualTo(newer.get("height").asLong());
      assertThat(source.published()).isEqualTo(1);
    }
  }
}
