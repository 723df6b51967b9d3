package org.p2poolj.share.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.testkit.GoldenVectors;

/** The share-file verifier over the reference store format, with bad lines mixed in. */
class ShareFileVerifierTest {

  @Test
  void verifiesTheSyntheticChainAndReportsEveryBadLine() throws Exception {
    JsonNode v = GoldenVectors.load("share_v35_ltc_testnet_synthetic_chain.json");
    PoolNetwork net = PoolNetworks.byName("litecoin-testnet");
    List<String> lines = new ArrayList<>();
    String lastHash = null;
    for (JsonNode s : v.get("shares")) {
      lines.add("5 " + s.get("wire_share_hex").asText());
      lastHash = s.at("/derived/share_hash").asText();
    }
    String first = v.get("shares").get(0).get("wire_share_hex").asText();
    lines.add("5 " + first); // duplicate
    lines.add("2 " + new BigInteger(lastHash, 16).toString(16));
    lines.add("2 " + "ab".repeat(32)); // claimed verified, unknown to us
    lines.add("5 zz"); // bad hex
    lines.add("7 00"); // unknown entry type
    lines.add("5 1003010203"); // share_type 16: obsolete
    lines.add("5 " + first.substring(0, 40)); // truncated
    String corrupt = first.substring(0, 300) + flip(first.charAt(300)) + first.substring(301);
    lines.add("5 " + corrupt);

    VerifyReport r =
        ShareFileVerifier.verify(
            new StringReader(String.join("\n", lines) + "\n"), net, 1_714_426_100L);

    assertThat(r.lines()).isEqualTo(14);
    assertThat(r.verified()).isEqualTo(6);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.best().toHex()).isEqualTo(lastHash);
    assertThat(r.bestHeight()).isEqualTo(6);
    assertThat(r.storeVerified()).isEqualTo(2);
    assertThat(r.storeVerifiedNotConfirmed()).hasSize(1);
    assertThat(r.malformed()).extracting(VerifyReport.LineError::line).containsExactly(10, 11, 13);
    assertThat(r.invalid())
        .extracting(e -> e.line() + ":" + e.invalid().reason())
        .containsExactly("12:" + Reason.OBSOLETE_SHARE_TYPE, "14:" + Reason.POW_INVALID);

    JsonNode json = new ObjectMapper().readTree(ReportRenderer.json(r));
    assertThat(json.get("verified").asInt()).isEqualTo(6);
    assertThat(json.get("best").asText()).isEqualTo(lastHash);
    assertThat(json.get("malformed")).hasSize(3);
    assertThat(json.at("/invalidByReason/POW_INVALID").asInt()).isEqualTo(1);
    assertThat(ReportRenderer.text(r)).contains("verified:       6").contains("line 11:");
  }

  private static char flip(char c) {
    return c == '0' ? '1' : '0';
  }
}
