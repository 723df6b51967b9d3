package org.p2poolj.daemon.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RpcResponsesTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void resultIsReturned() throws Exception {
    JsonNode r =
        RpcResponses.parse("getblockcount", 200, utf8("{\"result\":431,\"error\":null,\"id\":1}"));
    assertThat(r.asLong()).isEqualTo(431);
  }

  @Test
  void nullResultIsANullNode() throws Exception {
    JsonNode r = RpcResponses.parse("submitblock", 200, utf8("{\"result\":null,\"error\":null}"));
    assertThat(r.isNull()).isTrue();
  }

  @Test
  void http500WithJsonBodyBecomesTypedDaemonError() {
    byte[] body =
        utf8(
            "{\"result\":null,\"error\":{\"code\":-8,\"message\":\"getblocktemplate must be called"
                + " with the segwit rule set\"},\"id\":1}");
    assertThatThrownBy(() -> RpcResponses.parse("getblocktemplate", 500, body))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(-8);
              assertThat(e.daemonMessage()).contains("segwit rule set");
              assertThat(e.method()).isEqualTo("getblocktemplate");
            });
  }

  @Test
  void workQueueExceededIsOverloaded() {
    assertThatThrownBy(
            () -> RpcResponses.parse("getblockcount", 500, utf8("Work queue depth exceeded")))
        .isInstanceOfSatisfying(
            RpcTransportException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcTransportException.Kind.OVERLOADED));
  }

  @Test
  void htmlBodyIsBadResponse() {
    assertThatThrownBy(() -> RpcResponses.parse("x", 404, utf8("<html>not found</html>")))
        .isInstanceOfSatisfying(
            RpcTransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RpcTransportException.Kind.BAD_RESPONSE);
              assertThat(e.getMessage()).contains("HTTP 404").contains("not found");
            });
  }

  @Test
  void jsonWithoutResultOrErrorIsBadResponse() {
    assertThatThrownBy(() -> RpcResponses.parse("x", 200, utf8("{\"foo\":1}")))
        .isInstanceOf(RpcTransportException.class);
    assertThatThrownBy(() -> RpcResponses.parse("x", 200, utf8("[1,2]")))
        .isInstanceOf(RpcTransportException.class);
  }

  @Test
  void non200WithNullErrorIsBadResponse() {
    assertThatThrownBy(() -> RpcResponses.parse("x", 500, utf8("{\"result\":null,\"error\":null}")))
        .isInstanceOfSatisfying(
            RpcTransportException.class,
            e -> assertThat(e.kind()).isEqualTo(RpcTransportException.Kind.BAD_RESPONSE));
  }
}
