package org.p2poolj.stratum.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.p2poolj.stratum.testing.SessionHarness.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.json.StratumError;
import org.p2poolj.stratum.stats.WorkerSnapshot;
import org.p2poolj.stratum.submit.ShareKind;
import org.p2poolj.stratum.submit.Submission;
import org.p2poolj.stratum.testing.NoncePow;
import org.p2poolj.stratum.testing.SessionHarness;

/**
 * {@code mining.submit} as raw lines. The fake PoW makes the hash {@code nonce << 224}; the job's
 * share target is 2^240 and block target 2^232, the session's pseudoshare target 2^250.
 */
class SessionSubmitTest {
  /** Hash 2^244: a pseudoshare only. */
  private static final String PSEUDO = "00100000";

  /** Hash 2^236: a share, not a block. */
  private static final String SHARE = "00001000";

  /** Hash 2^224: a block and a share. */
  private static final String BLOCK = "00000001";

  /** Hash about 2^256: below every target's reach. */
  private static final String WEAK = "ffffffff";

  private final SessionHarness h = new SessionHarness();
  private StratumJob job;
  private int ids = 100;

  @BeforeEach
  void authorized() {
    job = h.publish(true);
    h.subscribeAndAuthorize("Qminer.rig");
  }

  private JsonNode submit(String worker, String jobId, String xn2, String nonce, String vb) {
    String extra = vb == null ? "" : ",\"" + vb + "\"";
    String ntime = String.format("%08x", job.spec().ntime());
    List<JsonNode> out =
        json(
            h.send(
                "{\"id\":"
                    + (++ids)
                    + ",\"method\":\"mining.submit\",\"params\":[\""
                    + worker
                    + "\",\""
                    + jobId
                    + "\",\""
                    + xn2
                    + "\",\""
                    + ntime
                    + "\",\""
                    + nonce
                    + "\""
                    + extra
                    + "]}"));
    assertThat(out.get(0).get("id").asInt()).isEqualTo(ids);
    return out.get(0);
  }

  private JsonNode submit(String nonce) {
    return submit("Qminer.rig", job.jobId(), "0000abcd", nonce, null);
  }

  private static int code(JsonNode r) {
    assertThat(r.get("error").isArray()).as("an error in %s", r).isTrue();
    return r.get("error").get(0).asInt();
  }

  @Test
  void pseudoshareIsAcceptedAndOnlyCounted() {
    JsonNode r = submit(PSEUDO);
    assertThat(r.get("result").asBoolean()).isTrue();
    assertThat(r.get("error").isNull()).isTrue();
    assertThat(h.sink.pseudoshares).hasSize(1);
    assertThat(h.sink.shares).isEmpty();
    assertThat(h.sink.blocks).isEmpty();
    assertThat(h.sink.pseudoshares.get(0).kind()).isEqualTo(ShareKind.PSEUDOSHARE);
  }

  @Test
  void shareReachesTheSinkWithTheRebuiltHeaderAndNonce() {
    assertThat(submit(SHARE).get("result").asBoolean()).isTrue();
    assertThat(h.sink.shares).hasSize(1);
    assertThat(h.sink.blocks).isEmpty();
    Submission s = h.sink.shares.get(0);
    byte[] xn1 = h.session.extranonce1();
    byte[] xn2 = Hex.decode("0000abcd");
    byte[] expectedCoinbase =
        Hex.decode(
            Hex.encode(job.spec().coinb1())
                + Hex.encode(xn1)
                + Hex.encode(xn2)
                + Hex.encode(job.spec().coinb2()));
    assertThat(s.coinbase()).isEqualTo(expectedCoinbase);
    Hash256 root = Sha256d.hash256(expectedCoinbase);
    for (Hash256 b : job.spec().merkleBranch()) {
      root = Merkle.combine(root, b);
    }
    BlockHeader header = BlockHeader.parse(s.header80());
    assertThat(header.merkleRoot()).isEqualTo(root);
    assertThat(header.previousBlock()).isEqualTo(job.spec().previousBlock());
    assertThat(header.nonce()).isEqualTo(0x1000L);
    assertThat(header.version()).isEqualTo(0x20000000L);
    assertThat(s.powHash().toBigInteger()).isEqualTo(NoncePow.valueOf(0x1000));
    byte[] nonce8 = new byte[8];
    System.arraycopy(xn1, 0, nonce8, 0, 4);
    System.arraycopy(xn2, 0, nonce8, 4, 4);
    assertThat(s.lastTxoutNonce()).isEqualTo(new BigInteger(1, reverse(nonce8)).longValue());
    assertThat(s.job().spec().context()).isEqualTo(job.spec().context());
  }

  @Test
  void blockGoesToOnBlockAndOnShare() {
    assertThat(submit(BLOCK).get("result").asBoolean()).isTrue();
    assertThat(h.sink.blocks).hasSize(1);
    assertThat(h.sink.shares).hasSize(1);
    assertThat(h.sink.blocks.get(0).kind()).isEqualTo(ShareKind.BLOCK);
  }

  @Test
  void lowDifficultyIsRejected() {
    assertThat(code(submit(WEAK))).isEqualTo(StratumError.LOW_DIFFICULTY);
    assertThat(h.sink.pseudoshares).isEmpty();
  }

  @Test
  void duplicateIsRejected() {
    assertThat(submit(SHARE).get("result").asBoolean()).isTrue();
    assertThat(code(submit(SHARE))).isEqualTo(StratumError.DUPLICATE_SHARE);
    assertThat(h.sink.shares).hasSize(1);
  }

  @Test
  void unknownJobIsRejected() {
    JsonNode r = submit("Qminer.rig", "nosuchjob", "0000abcd", SHARE, null);
    assertThat(code(r)).isEqualTo(StratumError.JOB_NOT_FOUND);
    assertThat(r.get("error").get(1).asText()).isEqualTo("Job not found");
  }

  @Test
  void staleJobAfterANewBlockIsRejectedButALateJobOfTheSameBlockIsNot() {
    StratumJob first = job;
    h.publish(false);
    JsonNode late = submit("Qminer.rig", first.jobId(), "00000001", PSEUDO, null);
    assertThat(late.get("result").asBoolean()).as("same block, older job").isTrue();
    h.publish(true);
    JsonNode stale = submit("Qminer.rig", first.jobId(), "00000002", SHARE, null);
    assertThat(code(stale)).isEqualTo(StratumError.JOB_NOT_FOUND);
    assertThat(stale.get("error").get(1).asText()).containsIgnoringCase("stale");
    assertThat(h.sink.shares).isEmpty();
  }

  @Test
  void wrongExtranonce2SizeIsRejected() {
    JsonNode r = submit("Qminer.rig", job.jobId(), "00ab", SHARE, null);
    assertThat(code(r)).isEqualTo(StratumError.OTHER);
    assertThat(r.get("error").get(1).asText()).contains("extranonce2");
    assertThat(code(submit("Qminer.rig", job.jobId(), "zzzzzzzz", SHARE, null)))
        .isEqualTo(StratumError.OTHER);
  }

  @Test
  void badNonceIsRejected() {
    assertThat(code(submit("Qminer.rig", job.jobId(), "00000001", "12345", null)))
        .isEqualTo(StratumError.OTHER);
  }

  @Test
  void unauthorizedWorkerIsRejected() {
    assertThat(code(submit("Qsomeone.else", job.jobId(), "00000001", SHARE, null)))
        .isEqualTo(StratumError.UNAUTHORIZED);
  }

  @Test
  void submitBeforeSubscribeIsRejected() {
    SessionHarness fresh = new SessionHarness();
    fresh.publish(true);
    JsonNode r =
        json(fresh.send(
                "{\"id\":1,\"method\":\"mining.submit\",\"params\":[\"Q\",\"j1\",\"00000000\","
                    + "\"00000000\",\"00000000\"]}"))
            .get(0);
    assertThat(code(r)).isEqualTo(StratumError.NOT_SUBSCRIBED);
  }

  @Test
  void versionBitsOutsideTheMaskAreRejectedAndInsideAreRolled() {
    assertThat(code(submit("Qminer.rig", job.jobId(), "00000001", SHARE, "00002000")))
        .as("no mask negotiated")
        .isEqualTo(StratumError.OTHER);
    h.send(
        "{\"id\":1,\"method\":\"mining.configure\",\"params\":[[\"version-rolling\"],"
            + "{\"version-rolling.mask\":\"ffffffff\"}]}");
    assertThat(code(submit("Qminer.rig", job.jobId(), "00000001", SHARE, "00001000")))
        .as("bit 12 is outside 1fffe000")
        .isEqualTo(StratumError.OTHER);
    JsonNode ok = submit("Qminer.rig", job.jobId(), "00000001", SHARE, "1fffe000");
    assertThat(ok.get("result").asBoolean()).isTrue();
    BlockHeader header = BlockHeader.parse(h.sink.shares.get(0).header80());
    assertThat(header.version()).isEqualTo(0x3fffe000L);
  }

  @Test
  void fastSubmitsRaiseTheDifficultyAndResendTheJob() {
    List<JsonNode> last = null;
    BigInteger before = h.session.vardiff().target();
    for (int i = 0; i < 13; i++) {
      h.clock.addAndGet(10);
      last =
          json(
              h.send(
                  "{\"id\":"
                      + i
                      + ",\"method\":\"mining.submit\",\"params\":[\"Qminer.rig\",\""
                      + job.jobId()
                      + "\",\""
                      + String.format("%08x", i)
                      + "\",\""
                      + String.format("%08x", job.spec().ntime())
                      + "\",\""
                      + PSEUDO
                      + "\"]}"));
    }
    assertThat(last).hasSize(3);
    assertThat(last.get(1).get("method").asText()).isEqualTo("mining.set_difficulty");
    assertThat(last.get(2).get("params").get(8).asBoolean()).isFalse();
    assertThat(h.session.vardiff().target()).isEqualTo(before.shiftRight(1));
    double sent = last.get(1).get("params").get(0).asDouble();
    assertThat(sent).isEqualTo(h.context.settings().units().toStratum(before.shiftRight(1)));
  }

  @Test
  void statsCountAcceptedRejectedAndStale() {
    submit(PSEUDO);
    submit(SHARE);
    submit(WEAK);
    StratumJob old = job;
    h.publish(true);
    submit("Qminer.rig", old.jobId(), "00000009", PSEUDO, null);
    WorkerSnapshot s = h.stats.snapshot(h.clock.get()).get(0);
    assertThat(s.worker()).isEqualTo("Qminer.rig");
    assertThat(s.accepted()).isEqualTo(2);
    assertThat(s.shares()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.stale()).isEqualTo(1);
    assertThat(s.hashrate()).isPositive();
    assertThat(s.payoutAddress()).isEqualTo("Qminer");
  }

  @Test
  void fixedPseudoshareDifficultyFromTheUsername() {
    SessionHarness fixed = new SessionHarness();
    fixed.publish(true);
    List<JsonNode> out = fixed.subscribeAndAuthorize("Qminer+0.000001");
    assertThat(fixed.session.vardiff().isFixed()).isTrue();
    double d = out.get(1).get("params").get(0).asDouble();
    assertThat(d).isCloseTo(0.000001 * 65536, within(1e-9));
  }

  @Test
  void pseudoshareDifficultyIsNeverHarderThanAShare() {
    SessionHarness fixed = new SessionHarness();
    StratumJob j = fixed.publish(true);
    List<JsonNode> out = fixed.subscribeAndAuthorize("Qminer+1000");
    double d = out.get(1).get("params").get(0).asDouble();
    assertThat(d).isEqualTo(fixed.context.settings().units().toStratum(j.shareTarget()));
  }

  private static byte[] reverse(byte[] b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = b[b.length - 1 - i];
    }
    return r;
  }
}
