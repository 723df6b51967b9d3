package org.p2poolj.stratum.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.p2poolj.stratum.testing.SessionHarness.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.stratum.job.StratumHex;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.json.StratumError;
import org.p2poolj.stratum.testing.SessionHarness;
import org.p2poolj.stratum.username.InvalidAddressPolicy;

/** Raw JSON lines through the session protocol: every method and the bad inputs. */
class SessionProtocolTest {
  private final SessionHarness h = new SessionHarness();

  private List<JsonNode> line(String raw) {
    return json(h.send(raw));
  }

  private static int errorCode(JsonNode reply) {
    assertThat(reply.get("error").isArray()).as("error array in %s", reply).isTrue();
    return reply.get("error").get(0).asInt();
  }

  @Test
  void subscribeGivesFourByteExtranonce1AndKeepsItOnResubscribe() {
    List<JsonNode> out =
        line("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"cgminer\"]}");
    assertThat(out).hasSize(1);
    JsonNode r = out.get(0);
    assertThat(r.get("id").asInt()).isEqualTo(1);
    assertThat(r.get("error").isNull()).isTrue();
    JsonNode subs = r.get("result").get(0);
    assertThat(subs.get(0).get(0).asText()).isEqualTo("mining.set_difficulty");
    assertThat(subs.get(1).get(0).asText()).isEqualTo("mining.notify");
    String xn1 = r.get("result").get(1).asText();
    assertThat(xn1).hasSize(8).matches("[0-9a-f]+");
    assertThat(r.get("result").get(2).asInt()).isEqualTo(4);

    JsonNode again = line("{\"id\":\"x\",\"method\":\"mining.subscribe\",\"params\":[]}").get(0);
    assertThat(again.get("id").asText()).isEqualTo("x");
    assertThat(again.get("result").get(1).asText()).isEqualTo(xn1);
  }

  @Test
  void oneByteExtranonce1LeavesSevenForExtranonce2() {
    SessionHarness small =
        new SessionHarness(
            SessionHarness.defaultSettings().withExtranonce1Size(1), InvalidAddressPolicy.REFUSE);
    JsonNode r =
        json(small.send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}")).get(0);
    assertThat(r.get("result").get(1).asText()).hasSize(2);
    assertThat(r.get("result").get(2).asInt()).isEqualTo(7);
  }

  @Test
  void authorizeAcceptsAndSendsDifficultyThenNotify() {
    StratumJob job = h.publish(true);
    List<JsonNode> out = h.subscribeAndAuthorize("QminerAddress.rig1");
    assertThat(out).hasSize(3);
    assertThat(out.get(0).get("result").asBoolean()).isTrue();
    assertThat(out.get(1).get("method").asText()).isEqualTo("mining.set_difficulty");
    assertThat(out.get(1).get("id").isNull()).isTrue();
    double expected = h.context.settings().units().toStratum(BigInteger.ONE.shiftLeft(250));
    assertThat(out.get(1).get("params").get(0).asDouble()).isEqualTo(expected);
    JsonNode notify = out.get(2);
    assertThat(notify.get("method").asText()).isEqualTo("mining.notify");
    JsonNode p = notify.get("params");
    assertThat(p.get(0).asText()).isEqualTo(job.jobId());
    assertThat(p.get(1).asText()).isEqualTo(StratumHex.prevhash(job.spec().previousBlock()));
    assertThat(p.get(4).size()).isEqualTo(job.spec().merkleBranch().size());
    assertThat(p.get(5).asText()).isEqualTo("20000000");
    assertThat(p.get(6).asText()).isEqualTo("207fffff");
    assertThat(p.get(8).asBoolean()).isTrue();
    assertThat(h.session.primaryWorker().payoutAddress()).isEqualTo("QminerAddress");
    assertThat(h.session.primaryWorker().username().worker()).contains("rig1");
  }

  @Test
  void authorizeBeforeSubscribeSendsWorkAfterSubscribe() {
    h.publish(true);
    List<JsonNode> auth =
        line("{\"id\":1,\"method\":\"mining.authorize\",\"params\":[\"Qaddr\",\"\"]}");
    assertThat(auth).hasSize(1);
    List<JsonNode> sub = line("{\"id\":2,\"method\":\"mining.subscribe\",\"params\":[]}");
    assertThat(sub)
        .extracting(n -> n.path("method").asText(""))
        .containsExactly("", "mining.set_difficulty", "mining.notify");
  }

  @Test
  void invalidAddressIsRefusedWithAClearMessage() {
    List<JsonNode> out = h.subscribeAndAuthorize("LbadAddress.w1");
    assertThat(out).hasSize(1);
    assertThat(errorCode(out.get(0))).isEqualTo(StratumError.UNAUTHORIZED);
    assertThat(out.get(0).get("error").get(1).asText())
        .contains("LbadAddress")
        .contains("litecoin-regtest")
        .contains("not a litecoin-regtest address");
    assertThat(h.session.isReady()).isFalse();
  }

  @Test
  void invalidAddressPaysTheNodeWhenTheOperatorChoseSo() {
    SessionHarness payNode =
        new SessionHarness(SessionHarness.defaultSettings(), InvalidAddressPolicy.PAY_NODE);
    List<JsonNode> out = payNode.subscribeAndAuthorize("LbadAddress");
    assertThat(out.get(0).get("result").asBoolean()).isTrue();
    assertThat(payNode.session.primaryWorker().payoutAddress())
        .isEqualTo(SessionHarness.NODE_ADDRESS);
    assertThat(payNode.session.primaryWorker().paidToNode()).isTrue();
  }

  @Test
  void configureIntersectsVersionRollingMasks() {
    JsonNode full =
        line("{\"id\":5,\"method\":\"mining.configure\",\"params\":[[\"version-rolling\","
                + "\"minimum-difficulty\"],{\"version-rolling.mask\":\"ffffffff\","
                + "\"version-rolling.min-bit-count\":2}]}")
            .get(0);
    assertThat(full.get("result").get("version-rolling").asBoolean()).isTrue();
    assertThat(full.get("result").get("version-rolling.mask").asText()).isEqualTo("1fffe000");
    assertThat(full.get("result").get("minimum-difficulty").asBoolean()).isFalse();
    assertThat(h.session.versionMask()).isEqualTo(0x1fffe000L);

    JsonNode partial =
        line("{\"id\":6,\"method\":\"mining.configure\",\"params\":[[\"version-rolling\"],"
                + "{\"version-rolling.mask\":\"00ffff00\"}]}")
            .get(0);
    assertThat(partial.get("result").get("version-rolling.mask").asText()).isEqualTo("00ffe000");
    assertThat(h.session.versionMask()).isEqualTo(0x00ffe000L);
  }

  @Test
  void suggestDifficultyChangesTheTargetAndResendsWork() {
    h.publish(true);
    h.subscribeAndAuthorize("Qaddr");
    List<JsonNode> out =
        line("{\"id\":7,\"method\":\"mining.suggest_difficulty\",\"params\":[0.5]}");
    assertThat(out.get(0).get("result").asBoolean()).isTrue();
    assertThat(out.get(1).get("method").asText()).isEqualTo("mining.set_difficulty");
    BigInteger target = h.context.settings().units().fromStratum(0.5);
    assertThat(h.session.vardiff().target()).isEqualTo(target);
    assertThat(out.get(2).get("params").get(8).asBoolean()).as("renotify keeps work").isFalse();
  }

  @Test
  void extranonceSubscribeAndPingAreAnswered() {
    JsonNode xs =
        line("{\"id\":8,\"method\":\"mining.extranonce.subscribe\",\"params\":[]}").get(0);
    assertThat(xs.get("result").asBoolean()).isTrue();
    assertThat(h.session.extranonceSubscribed()).isTrue();
    JsonNode ping = line("{\"id\":9,\"method\":\"mining.ping\"}").get(0);
    assertThat(ping.get("result").asText()).isEqualTo("pong");
  }

  @Test
  void malformedLinesGetJsonRpcErrors() {
    assertThat(errorCode(line("{not json").get(0))).isEqualTo(StratumError.PARSE_ERROR);
    assertThat(errorCode(line("[1,2,3]").get(0))).isEqualTo(StratumError.INVALID_REQUEST);
    assertThat(errorCode(line("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":{}}").get(0)))
        .isEqualTo(StratumError.INVALID_REQUEST);
    assertThat(errorCode(line("{\"id\":1,\"params\":[]}").get(0)))
        .isEqualTo(StratumError.INVALID_REQUEST);
    JsonNode unknown =
        line("{\"id\":3,\"method\":\"mining.get_transactions\",\"params\":[]}").get(0);
    assertThat(unknown.get("id").asInt()).isEqualTo(3);
    assertThat(errorCode(unknown)).isEqualTo(StratumError.METHOD_NOT_FOUND);
    assertThat(line("")).isEmpty();
    assertThat(line("{\"id\":99,\"result\":true,\"error\":null}")).as("a client's reply").isEmpty();
  }

  @Test
  void wrongParamsGetInvalidParams() {
    assertThat(errorCode(line("{\"id\":1,\"method\":\"mining.authorize\",\"params\":[42]}").get(0)))
        .isEqualTo(StratumError.INVALID_PARAMS);
    assertThat(
            errorCode(
                line("{\"id\":1,\"method\":\"mining.submit\",\"params\":[\"a\",\"b\"]}").get(0)))
        .isEqualTo(StratumError.INVALID_PARAMS);
    assertThat(
            errorCode(
                line("{\"id\":1,\"method\":\"mining.suggest_difficulty\",\"params\":[-1]}").get(0)))
        .isEqualTo(StratumError.INVALID_PARAMS);
    assertThat(
            errorCode(
                line("{\"id\":1,\"method\":\"mining.configure\",\"params\":[[\"version-rolling\"],"
                        + "{\"version-rolling.mask\":\"xyz\"}]}")
                    .get(0)))
        .isEqualTo(StratumError.INVALID_PARAMS);
  }

  @Test
  void repeatedGarbageClosesTheSession() {
    int limit = h.context.settings().garbageLimit();
    for (int i = 1; i < limit; i++) {
      assertThat(line("garbage " + i)).hasSize(1);
    }
    List<JsonNode> last = line("garbage again");
    assertThat(last).hasSize(2);
    assertThat(last.get(1).get("close").asText()).isEqualTo("GARBAGE");
  }

  @Test
  void goodLinesSlowlyForgiveGarbage() {
    int limit = h.context.settings().garbageLimit();
    for (int i = 1; i < limit; i++) {
      line("garbage " + i);
    }
    for (int i = 0; i < 10; i++) {
      line("{\"id\":1,\"method\":\"mining.ping\",\"params\":[]}");
    }
    assertThat(line("one more garbage")).hasSize(1);
  }

  @Test
  void floodingClosesTheSession() {
    SessionSettings s = SessionHarness.defaultSettings();
    SessionSettings strict =
        new SessionSettings(
            s.extranonce1Size(), s.poolVersionMask(), s.units(), s.vardiff(), 10, 1.0, 5, 16);
    SessionHarness fh = new SessionHarness(strict, InvalidAddressPolicy.REFUSE);
    for (int i = 0; i < 5; i++) {
      assertThat(json(fh.send("{\"id\":1,\"method\":\"mining.ping\"}"))).hasSize(1);
    }
    List<JsonNode> out = json(fh.send("{\"id\":1,\"method\":\"mining.ping\"}"));
    assertThat(out)
        .singleElement()
        .satisfies(n -> assertThat(n.get("close").asText()).isEqualTo("FLOOD"));
    fh.clock.addAndGet(2000);
    assertThat(json(fh.send("{\"id\":1,\"method\":\"mining.ping\"}"))).hasSize(1);
  }

  @Test
  void aSessionThatFindsNothingGetsAnEasierTargetOnTicks() {
    h.publish(true);
    h.subscribeAndAuthorize("Qaddr");
    BigInteger before = h.session.vardiff().target();
    h.clock.addAndGet(5_000);
    assertThat(h.protocol.onTick(h.session, h.context)).isEmpty();
    h.clock.addAndGet(30_000);
    List<JsonNode> out = json(h.protocol.onTick(h.session, h.context));
    assertThat(out)
        .extracting(n -> n.get("method").asText())
        .containsExactly("mining.set_difficulty", "mining.notify");
    assertThat(h.session.vardiff().target()).isEqualTo(before.shiftLeft(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void extranonceSizesAlwaysMakeEightBytes(int size) {
    SessionHarness sh =
        new SessionHarness(
            SessionHarness.defaultSettings().withExtranonce1Size(size),
            InvalidAddressPolicy.REFUSE);
    JsonNode r = json(sh.send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}")).get(0);
    assertThat(r.get("result").get(1).asText().length() / 2 + r.get("result").get(2).asInt())
        .isEqualTo(8);
  }
}
