package org.p2poolj.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.regtest.FreePorts;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.node.config.ConfigOverride;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.demo.InProcessNode;
import org.p2poolj.node.demo.RegtestNodeConfig;
import org.p2poolj.stratum.miner.CpuMiner;
import org.p2poolj.stratum.miner.MinerConfig;

/**
 * The reference serves the web pages and stratum on one worker port: with {@code [web].port ==
 * [stratum].port} a miner and a browser both use that port.
 */
class SharedPortIT {
  private static final ChainParams PARAMS = ChainParams.byName("litecoin-regtest");

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void webAndStratumAnswerOnTheSamePort() throws Exception {
    try (RegtestPair pair = RegtestPair.mwebOff()) {
      Path tmp = Files.createTempDirectory("p2poolj-shared-port-");
      int port = FreePorts.next();
      P2poolConfig config =
          RegtestNodeConfig.build(
              pair.pool(),
              tmp.resolve("node"),
              tmp,
              List.of(
                  ConfigOverride.of("web", "port", port),
                  ConfigOverride.of("stratum", "port", port)));
      try (InProcessNode node = InProcessNode.start(config, Duration.ofSeconds(90))) {
        assertThat(node.context().mining().port())
            .as("stratum moved to a private port")
            .isNotEqualTo(port);

        HttpResponse<String> version =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/web/version"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(version.body()).isNotBlank();

        String addr = pair.pool().rpc().client().call("getnewaddress", "", "bech32").asText();
        CpuMiner miner =
            new CpuMiner(
                MinerConfig.loopback(
                    PARAMS, port, addr + ".shared", 1, Duration.ofSeconds(40), false));
        var report = miner.run();
        assertThat(report.failure()).as("miner failure").isNull();
        assertThat(report.accepted()).as("submits accepted through the shared port").isPositive();
        assertThat(node.context().mining().stats().pseudoshares()).isPositive();
      }
    }
  }
}
