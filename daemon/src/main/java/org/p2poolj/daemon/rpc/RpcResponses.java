package org.p2poolj.daemon.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Turns an HTTP status and body into a result or a typed error. Pure, so it is unit-tested. */
public final class RpcResponses {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int SNIPPET = 200;

  private RpcResponses() {}

  /**
   * Parses a daemon answer. The body is read whatever the status because bitcoind sends RPC errors
   * as HTTP 500 with a JSON body.
   */
  public static JsonNode parse(String method, int status, byte[] body) throws DaemonRpcException {
    String text = new String(body, StandardCharsets.UTF_8);
    if (status == 503 || text.contains("Work queue depth exceeded")) {
      throw new RpcTransportException(
          RpcTransportException.Kind.OVERLOADED,
          method + ": daemon overloaded (HTTP " + status + ": " + snippet(text) + ")",
          null);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw badResponse(method, status, text, e);
    }
    if (root == null || !root.isObject() || !root.has("result") && !root.has("error")) {
      throw badResponse(method, status, text, null);
    }
    JsonNode error = root.get("error");
    if (error != null && !error.isNull()) {
      int code = error.path("code").asInt(0);
      String message = error.path("message").asText(error.toString());
      throw new RpcException(method, code, message);
    }
    if (status != 200) {
      throw badResponse(method, status, text, null);
    }
    JsonNode result = root.get("result");
    return result == null ? MAPPER.nullNode() : result;
  }

  private static RpcTransportException badResponse(
      String method, int status, String text, Exception cause) {
    return new RpcTransportException(
        RpcTransportException.Kind.BAD_RESPONSE,
        method + ": not a JSON-RPC answer (HTTP " + status + "): " + snippet(text),
        cause);
  }

  private static String snippet(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET) + "...";
  }
}
