package org.p2poolj.daemon.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2poolj.daemon.regtest.FreePorts;
import org.p2poolj.daemon.regtest.LitecoindProcess;
import org.p2poolj.daemon.regtest.NodeSpec;
import org.p2poolj.daemon.regtest.RegtestPair;

class RpcClientIT {
  private static RegtestPair pair;

  @BeforeAll
  static void startPair() {
    pair = RegtestPair.mwebOff();
  }

  @AfterAll
  static void stopPair() {
    if (pair != null) {
      pair.close();
    }
  }

  private static RpcClient client(RpcConfig config) {
    return new RpcClient(config);
  }

  @Test
  void typedCallsAnswer() throws Exception {
    try (RpcClient c = client(pair.pool().rpcConfig())) {
      DaemonRpc rpc = new DaemonRpc(c);
      ChainInfo chain = rpc.getBlockchainInfo();
      assertThat(chain.chain()).isEqualTo("regtest");
      assertThat(chain.blocks()).isGreaterThanOrEqualTo(110);
      assertThat(chain.softforks()).containsEntry("segwit", true).doesNotContainEntry("mweb", true);
      assertThat(rpc.getBestBlockHash()).isEqualTo(chain.bestBlockHash());
      BlockHeaderInfo header = rpc.getBlockHeader(chain.bestBlockHash());
      assertThat(header.height()).isEqualTo(chain.blocks());
      assertThat(header.bits()).isEqualTo(0x207fffffL);
      NetworkInfo net = rpc.getNetworkInfo();
      assertThat(net.protocolVersion()).isEqualTo(70016);
      assertThat(net.connections()).isGreaterThanOrEqualTo(1);
      MiningInfo mining = rpc.getMiningInfo();
      assertThat(mining.chain()).isEqualTo("regtest");
      AddressValidation valid = rpc.validateAddress(pair.minerAddress());
      assertThat(valid.valid()).isTrue();
      assertThat(valid.scriptPubKeyHex()).startsWith("0014");
      assertThat(rpc.validateAddress("LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1").valid()).isFalse();
    }
  }

  @Test
  void daemonErrorsKeepCodeAndMessage() throws Exception {
    try (RpcClient c = client(pair.pool().rpcConfig())) {
      assertThatThrownBy(() -> c.call("nosuchmethod"))
          .isInstanceOfSatisfying(
              RpcException.class,
              e -> assertThat(e.code()).isEqualTo(RpcException.METHOD_NOT_FOUND));
      DaemonRpc rpc = new DaemonRpc(c);
      assertThatThrownBy(
              () ->
                  rpc.getBlockTemplateJson(
                      List.of("segwit"), Optional.empty(), Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(
              RpcException.class,
              e -> {
                assertThat(e.code()).isEqualTo(RpcException.INVALID_PARAMETER);
                assertThat(e.daemonMessage()).containsIgnoringCase("mweb");
              });
    }
  }

  @Test
  void wrongPasswordIsUnauthorizedWithAClearMessage() {
    RpcConfig bad =
        RpcConfig.local(pair.pool().rpcPort(), new RpcAuth.UserPassword("p2poolj", "wrong"));
    try (RpcClient c = client(bad)) {
      assertThatThrownBy(() -> c.call("getblockcount"))
          .isInstanceOfSatisfying(
              RpcTransportException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RpcTransportException.Kind.UNAUTHORIZED);
                assertThat(e.getMessage()).contains("credentials").doesNotContain("wrong");
              });
    }
  }

  @Test
  void wrongPortIsUnreachable() {
    RpcConfig bad =
        new RpcConfig(
            URI.create("http://127.0.0.1:" + FreePorts.next() + "/"),
            pair.pool().auth(),
            Duration.ofSeconds(3),
            2);
    try (RpcClient c = client(bad)) {
      assertThatThrownBy(() -> c.call("getblockcount"))
          .isInstanceOfSatisfying(
              RpcTransportException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RpcTransportException.Kind.UNREACHABLE);
                assertThat(e.getMessage()).contains("unreachable");
              });
    }
  }

  @Test
  void theDaemonsP2pPortIsNotAnRpcServer() {
    RpcConfig bad =
        new RpcConfig(
            URI.create("http://127.0.0.1:" + pair.pool().p2pPort() + "/"),
            pair.pool().auth(),
            Duration.ofSeconds(2),
            2);
    try (RpcClient c = client(bad)) {
      assertThatThrownBy(() -> c.call("getblockcount"))
          .isInstanceOfSatisfying(
              RpcTransportException.class,
              e ->
                  assertThat(e.kind())
                      .isIn(
                          RpcTransportException.Kind.TIMEOUT,
                          RpcTransportException.Kind.UNREACHABLE,
                          RpcTransportException.Kind.BAD_RESPONSE));
    }
  }

  @Test
  void aBurstStaysBelowASmallWorkQueue() throws Exception {
    // A daemon with a work queue of 2 and one worker: 40 parallel calls overflow it unless limited.
    try (LitecoindProcess small =
        LitecoindProcess.start(
            new NodeSpec(
                java.nio.file.Files.createTempDirectory("p2poolj-ltc-small-"),
                FreePorts.next(),
                FreePorts.next(),
                Optional.empty(),
                OptionalInt.empty(),
                List.of("-rpcworkqueue=2", "-rpcthreads=1")),
            true)) {
      // No rpcuser: this node also exercises cookie-file auth.
      assertThat(small.auth()).isInstanceOf(RpcAuth.CookieFile.class);
      RpcConfig limited =
          new RpcConfig(small.rpcConfig().uri(), small.auth(), Duration.ofSeconds(30), 2);
      assertThat(burst(limited, 40)).isEqualTo(0);
      RpcConfig unlimited =
          new RpcConfig(small.rpcConfig().uri(), small.auth(), Duration.ofSeconds(30), 64);
      assertThat(burst(unlimited, 40)).isGreaterThan(0);
    }
  }

  /** Returns how many calls of a parallel burst the daemon refused as overloaded. */
  private static int burst(RpcConfig config, int calls) throws Exception {
    try (RpcClient c = client(config);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        Callable<Boolean> call =
            () -> {
              try {
                c.call("getblockchaininfo");
                return true;
              } catch (RpcTransportException e) {
                if (e.kind() == RpcTransportException.Kind.OVERLOADED) {
                  return false;
                }
                throw e;
              }
            };
        results.add(pool.submit(call));
      }
      int refused = 0;
      for (Future<Boolean> f : results) {
        refused += f.get() ? 0 : 1;
      }
      return refused;
    }
  }
}
