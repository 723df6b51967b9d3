package org.p2poolj.stratum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.json.StratumError;
import org.p2poolj.stratum.session.SessionSettings;
import org.p2poolj.stratum.testing.FakeWorkSource;
import org.p2poolj.stratum.testing.RawClient;
import org.p2poolj.stratum.testing.RecordingSink;
import org.p2poolj.stratum.testing.SessionHarness;
import org.p2poolj.stratum.testing.TestJobs;
import org.p2poolj.stratum.username.InvalidAddressPolicy;
import org.p2poolj.stratum.username.PayoutResolver;
import org.p2poolj.stratum.vardiff.DifficultyUnits;
import org.p2poolj.stratum.vardiff.VardiffConfig;

/** The server on 127.0.0.1 with raw clients: broadcast, stale work, limits and shutdown. */
class StratumServerTest {
  private final FakeWorkSource work =
      new FakeWorkSource(TestJobs.REGTEST_TARGET, TestJobs.REGTEST_TARGET.shiftRight(16));
  private final RecordingSink sink = new RecordingSink();
  private final List<RawClient> clients = new ArrayList<>();
  private StratumServer server;

  static StratumConfig config(int maxSessions, long idleMillis) {
    VardiffConfig v =
        new VardiffConfig(
            3.0,
            12,
            BigInteger.ONE.shiftLeft(200),
            TestJobs.REGTEST_TARGET,
            TestJobs.REGTEST_TARGET,
            10_000);
    return StratumConfig.defaults(
            PowFunction.SCRYPT, SessionSettings.defaults(DifficultyUnits.SCRYPT, v))
        .withLimits(maxSessions, idleMillis);
  }

  private StratumServer start(StratumConfig config) {
    server =
        new StratumServer(
            config,
            work,
            sink,
            new PayoutResolver(
                SessionHarness.VALIDATOR, InvalidAddressPolicy.REFUSE, null, "litecoin-regtest"));
    server.start();
    return server;
  }

  private RawClient client() throws Exception {
    RawClient c = new RawClient(server.port());
    clients.add(c);
    return c;
  }

  @AfterEach
  void tearDown() throws Exception {
    for (RawClient c : clients) {
      c.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void newBlockIsBroadcastWithCleanJobsAndOldWorkBecomesStale() throws Exception {
    start(config(100, 60_000));
    work.change(true);
    server.awaitBroadcasts(5000);
    RawClient c = client();
    String xn1 = c.login("Qminer.a");
    assertThat(xn1).hasSize(8);
    JsonNode first = c.readMethod("mining.notify");
    work.change(true);
    JsonNode second = c.readMethod("mining.notify");
    assertThat(second.get("params").get(0).asText())
        .isNotEqualTo(first.get("params").get(0).asText());
    assertThat(second.get("params").get(8).asBoolean()).isTrue();
    c.send(
        "{\"id\":9,\"method\":\"mining.submit\",\"params\":[\"Qminer.a\",\""
            + first.get("params").get(0).asText()
            + "\",\"00000001\",\""
            + first.get("params").get(7).asText()
            + "\",\"00000000\"]}");
    JsonNode reply = c.readReply(9);
    assertThat(reply.get("error").get(0).asInt()).isEqualTo(StratumError.JOB_NOT_FOUND);
    assertThat(reply.get("error").get(1).asText()).containsIgnoringCase("stale");
    work.change(false);
    assertThat(c.readMethod("mining.notify").get("params").get(8).asBoolean())
        .as("same block: keep working")
        .isFalse();
  }

  @Test
  void aStoppedServerHasReleasedItsPortForARestart() {
    StratumConfig base = config(100, 60_000);
    int port = start(base).port();
    for (int i = 0; i < 20; i++) {
      server.stop();
      assertThat(start(base.withPort(port)).port()).isEqualTo(port);
    }
  }

  @Test
  void oneJobIsBuiltPerPayoutAndSentToEverySession() throws Exception {
    start(config(100, 60_000));
    work.change(true);
    server.awaitBroadcasts(5000);
    for (int i = 0; i < 10; i++) {
      client().login(i == 0 ? "Qother" : "Qsame.w" + i);
    }
    for (RawClient c : clients) {
      c.readMethod("mining.notify");
    }
    long before = work.builds();
    work.change(true);
    server.awaitBroadcasts(5000);
    for (RawClient c : clients) {
      c.readMethod("mining.notify");
    }
    assertThat(work.builds() - before).isEqualTo(2);
    BroadcastStats b = server.stats().lastBroadcast();
    assertThat(b.sessionsNotified()).isEqualTo(10);
    assertThat(b.distinctJobs()).isEqualTo(2);
  }

  @Test
  void garbageLongLinesAndIdleSessionsAreClosed() throws Exception {
    start(config(100, 500));
    RawClient garbage = client();
    for (int i = 0; i < 10; i++) {
      garbage.send("this is not json " + i);
    }
    assertThat(garbage.closedByServer()).isTrue();

    RawClient longLine = client();
    longLine.send("{\"id\":1,\"method\":\"" + "x".repeat(20_000) + "\"}");
    assertThat(longLine.closedByServer()).isTrue();

    RawClient idle = client();
    assertThat(idle.closedByServer()).isTrue();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              var d = server.stats().disconnects();
              assertThat(d.get(DisconnectReason.GARBAGE)).isEqualTo(1);
              assertThat(d.get(DisconnectReason.LINE_TOO_LONG)).isEqualTo(1);
              assertThat(d.get(DisconnectReason.IDLE_TIMEOUT)).isGreaterThanOrEqualTo(1);
            });
  }

  private static final int WRITE_TIMEOUT_MILLIS = 1500;

  @Test
  void aMinerThatStopsReadingIsClosedWithoutHoldingUpTheOthers() throws Exception {
    StratumConfig base = config(100, 60_000);
    start(
        new StratumConfig(
            base.bindAddress(),
            0,
            100,
            60_000,
            base.maxLineLength(),
            WRITE_TIMEOUT_MILLIS,
            50,
            base.jobMaxAgeMillis(),
            base.maxJobs(),
            base.pow(),
            base.session()));
    work.change(true);
    server.awaitBroadcasts(5000);
    RawClient good = client();
    good.login("Qgood");
    good.readMethod("mining.notify");
    // a tiny receive window, and it never reads again: the server's socket buffer fills up
    Socket deaf = new Socket();
    deaf.setReceiveBufferSize(1024);
    deaf.connect(new InetSocketAddress("127.0.0.1", server.port()));
    OutputStream deafOut = deaf.getOutputStream();
    deafOut.write(
        ("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}\n"
                + "{\"id\":2,\"method\":\"mining.authorize\",\"params\":[\"Qdeaf\",\"x\"]}\n")
            .getBytes(StandardCharsets.UTF_8));
    deafOut.flush();
    await().atMost(Duration.ofSeconds(5)).until(() -> server.stats().sessions() == 2);
    try {
      long slowest = 0;
      for (int i = 0;
          i < 200_000 && server.stats().disconnects().get(DisconnectReason.SLOW_CONSUMER) == 0;
          i++) {
        long t = System.nanoTime();
        work.change(false);
        assertThat(server.awaitBroadcasts(5000)).isTrue();
        slowest = Math.max(slowest, System.nanoTime() - t);
        good.readMethod("mining.notify");
      }
      assertThat(server.stats().disconnects().get(DisconnectReason.SLOW_CONSUMER)).isEqualTo(1);
      // a blocked write got another lane after 20 ms: no broadcast waited for the write timeout
      // (the margin below it is for a stalled CI machine, not for the lane switch)
      assertThat(slowest).isLessThan(TimeUnit.MILLISECONDS.toNanos(WRITE_TIMEOUT_MILLIS * 2 / 3));
      work.change(false);
      assertThat(good.readMethod("mining.notify")).isNotNull();
      assertThat(server.stats().sessions()).isEqualTo(1);
    } finally {
      deaf.close();
    }
  }

  @Test
  void sessionsBeyondTheLimitAreRefused() throws Exception {
    start(config(2, 60_000));
    client().login("Qa");
    client().login("Qb");
    RawClient third = client();
    assertThat(third.closedByServer()).isTrue();
    assertThat(server.stats().disconnects().get(DisconnectReason.TOO_MANY_SESSIONS)).isEqualTo(1);
    assertThat(server.stats().sessions()).isEqualTo(2);
  }

  @Test
  void oneByteExtranoncesRunOutAndComeBackWhenSessionsLeave() throws Exception {
    StratumConfig base = config(400, 60_000);
    StratumConfig oneByte =
        new StratumConfig(
            base.bindAddress(),
            0,
            400,
            60_000,
            base.maxLineLength(),
            base.writeTimeoutMillis(),
            base.tickMillis(),
            base.jobMaxAgeMillis(),
            base.maxJobs(),
            base.pow(),
            base.session().withExtranonce1Size(1));
    start(oneByte);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      RawClient c = client();
      c.send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}");
      seen.add(c.readReply(1).get("result").get(1).asText());
    }
    assertThat(seen).doesNotHaveDuplicates();
    RawClient refused = client();
    refused.send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}");
    assertThat(refused.readReply(1).get("error").get(1).asText()).contains("extranonce1");
    assertThat(refused.closedByServer()).isTrue();

    clients.get(0).close();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(server.stats().sessions()).isEqualTo(255));
    RawClient again = client();
    again.send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}");
    assertThat(again.readReply(1).get("result").get(1).asText()).isEqualTo(seen.get(0));
  }

  @Test
  void stopClosesSessionsAndIsIdempotent() throws Exception {
    start(config(10, 60_000));
    RawClient c = client();
    c.login("Qa");
    assertThat(work.listeners()).isEqualTo(1);
    server.stop();
    server.stop();
    assertThat(server.isRunning()).isFalse();
    assertThat(c.closedByServer()).isTrue();
    assertThat(work.listeners()).isZero();
  }

  @Test
  void minedShareHeaderVerifies() throws Exception {
    start(config(10, 60_000));
    work.change(true);
    server.awaitBroadcasts(5000);
    RawClient c = client();
    String xn1 = c.login("Qminer");
    JsonNode notify = c.readMethod("mining.notify");
    String jobId = notify.get("params").get(0).asText();
    String ntime = notify.get("params").get(7).asText();
    // Regtest target: about one scrypt hash in two meets it; try nonces until one is accepted.
    JsonNode reply = null;
    for (int nonce = 0; nonce < 64; nonce++) {
      c.send(
          "{\"id\":"
              + (100 + nonce)
              + ",\"method\":\"mining.submit\",\"params\":[\"Qminer\",\""
              + jobId
              + "\",\"0000002a\",\""
              + ntime
              + "\",\""
              + String.format("%08x", nonce)
              + "\"]}");
      reply = c.readReply(100 + nonce);
      if (reply.get("error").isNull()) {
        break;
      }
      assertThat(reply.get("error").get(0).asInt()).isEqualTo(StratumError.LOW_DIFFICULTY);
    }
    assertThat(reply.get("result").asBoolean()).isTrue();
    assertThat(sink.shares).hasSize(1);
    var s = sink.shares.get(0);
    BlockHeader h = BlockHeader.parse(s.header80());
    assertThat(PowFunction.SCRYPT.powHash(s.header80())).isEqualTo(s.powHash());
    assertThat(s.powHash().toBigInteger()).isLessThanOrEqualTo(TestJobs.REGTEST_TARGET);
    assertThat(String.format("%016x", Long.reverseBytes(s.lastTxoutNonce())))
        .isEqualTo(xn1 + "0000002a");
    assertThat(h.timestamp()).isEqualTo(Long.parseLong(ntime, 16));
    assertThat(server.workerStats())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.worker()).isEqualTo("Qminer");
              assertThat(w.accepted()).isEqualTo(1);
            });
  }
}
