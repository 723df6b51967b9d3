package org.p2poolj.stratum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratumJsonTest {
  private static JsonNode tree(String s) throws Exception {
    return StratumJson.mapper().readTree(s);
  }

  @Test
  void parsesARequest() {
    StratumRequest r =
        StratumJson.parseRequest("{\"id\":7,\"method\":\"mining.subscribe\",\"params\":[\"a\",1]}")
            .orElseThrow();
    assertThat(r.id().asInt()).isEqualTo(7);
    assertThat(r.method()).isEqualTo("mining.subscribe");
    assertThat(r.params()).hasSize(2);
    assertThat(r.param(5).isMissingNode()).isTrue();
  }

  @Test
  void missingParamsReadAsEmptyAndStringIdsAreKept() {
    StratumRequest r =
        StratumJson.parseRequest("{\"id\":\"abc\",\"method\":\"mining.ping\"}").orElseThrow();
    assertThat(r.params()).isEmpty();
    assertThat(r.id().asText()).isEqualTo("abc");
  }

  @Test
  void rejectsWhatIsNotARequest() {
    for (String bad :
        List.of(
            "{",
            "null",
            "42",
            "[]",
            "{\"id\":1,\"method\":5}",
            "{\"id\":{},\"method\":\"x\"}",
            "{\"id\":1,\"method\":\"x\",\"params\":\"p\"}",
            "{\"id\":1}")) {
      assertThatThrownBy(() -> StratumJson.parseRequest(bad))
          .as(bad)
          .isInstanceOf(MalformedLineException.class);
    }
  }

  @Test
  void deepNestingIsRefused() {
    String deep =
        "{\"id\":1,\"method\":\"x\",\"params\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThatThrownBy(() -> StratumJson.parseRequest(deep))
        .isInstanceOf(MalformedLineException.class);
  }

  @Test
  void encodesResultsErrorsAndNotifications() throws Exception {
    JsonNode ok = tree(StratumJson.encode(Outgoing.Response.ok(IntNode.valueOf(3), true)));
    assertThat(ok.get("id").asInt()).isEqualTo(3);
    assertThat(ok.get("result").asBoolean()).isTrue();
    assertThat(ok.get("error").isNull()).isTrue();

    JsonNode err =
        tree(
            StratumJson.encode(
                Outgoing.Response.error(
                    null, new StratumError(StratumError.DUPLICATE_SHARE, "Duplicate share"))));
    assertThat(err.get("id").isNull()).isTrue();
    assertThat(err.get("result").isNull()).isTrue();
    assertThat(err.get("error").get(0).asInt()).isEqualTo(22);
    assertThat(err.get("error").get(1).asText()).isEqualTo("Duplicate share");
    assertThat(err.get("error").get(2).isNull()).isTrue();

    JsonNode quoted =
        tree(
            StratumJson.encode(
                Outgoing.Response.error(
                    TextNode.valueOf("a\"b"), StratumError.other("bad \"x\" \\ \n"))));
    assertThat(quoted.get("id").asText()).isEqualTo("a\"b");
    assertThat(quoted.get("error").get(1).asText()).isEqualTo("bad \"x\" \\ \n");
    JsonNode list =
        tree(StratumJson.encode(Outgoing.Response.ok(IntNode.valueOf(4), List.of("a", 1))));
    assertThat(list.get("result").get(1).asInt()).isEqualTo(1);

    JsonNode n =
        tree(StratumJson.encode(new Outgoing.Notification("mining.set_difficulty", List.of(0.5))));
    assertThat(n.get("id").isNull()).isTrue();
    assertThat(n.get("method").asText()).isEqualTo("mining.set_difficulty");
    assertThat(n.get("params").get(0).asDouble()).isEqualTo(0.5);
  }
}
