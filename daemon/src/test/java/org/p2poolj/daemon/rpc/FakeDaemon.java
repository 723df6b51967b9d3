package org.p2poolj.daemon.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A loopback HTTP server answering JSON-RPC calls with canned results, for tests of odd daemon
 * answers that a real litecoind will not give on demand (missing soft forks, malformed templates).
 */
public final class FakeDaemon implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, Supplier<JsonNode>> results = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  public FakeDaemon() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public RpcClient client() {
    return new RpcClient(RpcConfig.local(port(), new RpcAuth.UserPassword("u", "p")));
  }

  /** Answers {@code method} with {@code result} (re-evaluated at each call). */
  public FakeDaemon answer(String method, Supplier<JsonNode> result) {
    results.put(method, result);
    return this;
  }

  public FakeDaemon answer(String method, String resultJson) {
    JsonNode node = parse(resultJson);
    return answer(method, () -> node);
  }

  public int calls(String method) {
    return calls.computeIfAbsent(method, m -> new AtomicInteger()).get();
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    JsonNode request = MAPPER.readTree(exchange.getRequestBody());
    String method = request.path("method").asText();
    calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    ObjectNode response = MAPPER.createObjectNode();
    response.set("id", request.get("id"));
    Supplier<JsonNode> result = results.get(method);
    int status = 200;
    if (result == null) {
      status = 500;
      response.putNull("result");
      response.putObject("error").put("code", -32601).put("message", "Method not found");
    } else {
      response.set("result", result.get());
      response.putNull("error");
    }
    byte[] body = MAPPER.writeValueAsBytes(response);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** JSON for a healthy litecoin regtest daemon's getblockchaininfo, with {@code forks}. */
  public static String chainInfo(String chain, boolean ibd, String forksJson) {
    return ("{'chain':'%s','blocks':200,'headers':200,'bestblockhash':'%s',"
            + "'initialblockdownload':%s,'verificationprogress':1,'softforks':%s}")
        .formatted(chain, "11".repeat(32), ibd, forksJson)
        .replace('\'', '"');
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
