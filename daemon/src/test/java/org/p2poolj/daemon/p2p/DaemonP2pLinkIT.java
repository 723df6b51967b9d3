package org.p2poolj.daemon.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.regtest.FreePorts;
import org.p2poolj.daemon.regtest.LitecoindProcess;
import org.p2poolj.daemon.regtest.NodeSpec;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.RpcException;
import org.p2poolj.daemon.template.TemplateSourceConfig;

/** A lone litecoind: our P2P link is its only peer, which is enough for getblocktemplate. */
class DaemonP2pLinkIT {
  private static final String SOME_REGTEST_ADDRESS = "rltc1qcs0wcrjftktq5gscgv06ypn0gqtc8y8yyvcef5";

  @Test
  void theLinkAloneSatisfiesTheConnectedCheckAndHearsNewBlocks() throws Exception {
    try (LitecoindProcess node =
        LitecoindProcess.start(
            new NodeSpec(
                Files.createTempDirectory("p2poolj-ltc-lone-"),
                FreePorts.next(),
                FreePorts.next(),
                Optional.of(new NodeSpec.Credentials("u", "pw")),
                OptionalInt.empty(),
                List.of("-vbparams=mweb:-2:0:0:0")),
            true)) {
      DaemonRpc rpc = node.rpc();
      rpc.client().call("generatetoaddress", 1, SOME_REGTEST_ADDRESS);
      assertThatThrownBy(
              () ->
                  rpc.getBlockTemplateJson(
                      TemplateSourceConfig.LITECOIN_RULES, Optional.empty(), Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(
              RpcException.class,
              e -> assertThat(e.code()).isEqualTo(RpcException.CLIENT_NOT_CONNECTED));

      LinkedBlockingQueue<Hash256> announced = new LinkedBlockingQueue<>();
      try (DaemonP2pLink link =
          new DaemonP2pLink(
              new InetSocketAddress("127.0.0.1", node.p2pPort()),
              ChainParams.LITECOIN_REGTEST.p2pMagic(),
              announced::add,
              Clock.systemUTC(),
              new Random(11))) {
        link.start();
        assertThat(link.awaitConnected(Duration.ofSeconds(10))).isTrue();
        assertThat(rpc.getNetworkInfo().connections()).isEqualTo(1);
        assertThat(
                rpc.getBlockTemplateJson(
                        TemplateSourceConfig.LITECOIN_RULES,
                        Optional.empty(),
                        Duration.ofSeconds(5))
                    .get("height")
                    .asLong())
            .isEqualTo(2);

        String mined =
            rpc.client().call("generatetoaddress", 1, SOME_REGTEST_ADDRESS).get(0).asText();
        Hash256 heard = announced.poll(10, TimeUnit.SECONDS);
        assertThat(heard).isNotNull();
        assertThat(heard.toHex()).isEqualTo(mined);
      }
    }
  }
}
