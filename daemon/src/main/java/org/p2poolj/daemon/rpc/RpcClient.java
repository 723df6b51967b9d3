package org.p2poolj.daemon.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC 1.0 client for bitcoind-family daemons.
 *
 * <p>The daemon reports RPC errors as HTTP 500 with a JSON body, so the body is parsed whatever the
 * status; only a body that is not JSON-RPC becomes a transport error. A semaphore caps calls in
 * flight so a burst never exceeds the daemon's work queue.
 */
public final class RpcClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RpcConfig config;
  private final ExecutorService executor;
  private final HttpClient http;
  private final Semaphore slots;
  private final AtomicLong ids = new AtomicLong();

  public RpcClient(RpcConfig config) {
    this.config = config;
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.http =
        HttpClient.newBuilder()
            // bitcoind's HTTP server speaks HTTP/1.1 only; an h2c upgrade header confuses it.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.timeout())
            .executor(executor)
            .build();
    this.slots = new Semaphore(config.maxInFlight(), true);
  }

  public RpcConfig config() {
    return config;
  }

  /** Calls {@code method} with positional params and the default timeout; returns "result". */
  public JsonNode call(String method, Object... params) throws DaemonRpcException {
    return callWithTimeout(method, config.timeout(), params);
  }

  /** As {@link #call} with an explicit timeout, for long-polls. */
  public JsonNode callWithTimeout(String method, Duration timeout, Object... params)
      throws DaemonRpcException {
    long deadline = System.nanoTime() + timeout.toNanos();
    acquire(method, timeout);
    try {
      Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
      return send(method, left, timeout, params);
    } finally {
      slots.release();
    }
  }

  private void acquire(String method, Duration timeout) throws RpcTransportException {
    try {
      if (!slots.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new RpcTransportException(
            RpcTransportException.Kind.TIMEOUT,
            method + ": no free RPC slot within " + timeout.toMillis() + " ms",
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcTransportException(
          RpcTransportException.Kind.TIMEOUT, method + ": interrupted", e);
    }
  }

  private JsonNode send(String method, Duration left, Duration timeout, Object[] params)
      throws DaemonRpcException {
    byte[] body = requestBody(method, params);
    HttpResponse<byte[]> response = exchange(method, left, timeout, body);
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new RpcTransportException(
          RpcTransportException.Kind.UNAUTHORIZED,
          "daemon at "
              + config.uri()
              + " rejected the credentials ("
              + config.auth().describe()
              + "): HTTP "
              + status
              + "; check rpcuser/rpcpassword or the cookie file",
          null);
    }
    return RpcResponses.parse(method, status, response.body());
  }

  private HttpResponse<byte[]> exchange(String method, Duration left, Duration timeout, byte[] body)
      throws RpcTransportException {
    String authHeader;
    try {
      authHeader = config.auth().header();
    } catch (IOException e) {
      throw new RpcTransportException(
          RpcTransportException.Kind.NO_CREDENTIALS,
          "cannot read RPC credentials (" + config.auth().describe() + "): " + e.getMessage(),
          e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(config.uri())
            .timeout(left)
            .header("Content-Type", "application/json")
            .header("Authorization", authHeader)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw unreachable(method, e);
    } catch (HttpTimeoutException e) {
      throw new RpcTransportException(
          RpcTransportException.Kind.TIMEOUT,
          method + ": no answer from " + config.uri() + " within " + timeout.toMillis() + " ms",
          e);
    } catch (ConnectException | ClosedChannelException e) {
      throw unreachable(method, e);
    } catch (IOException e) {
      throw unreachable(method, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcTransportException(
          RpcTransportException.Kind.TIMEOUT, method + ": interrupted", e);
    }
  }

  private RpcTransportException unreachable(String method, Exception e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new RpcTransportException(
        RpcTransportException.Kind.UNREACHABLE,
        method + ": daemon unreachable at " + config.uri() + " (" + detail + ")",
        e);
  }

  private byte[] requestBody(String method, Object[] params) {
    ObjectNode request = MAPPER.createObjectNode();
    request.put("jsonrpc", "1.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object p : params) {
      array.add(p == null ? MAPPER.nullNode() : MAPPER.<JsonNode>valueToTree(p));
    }
    try {
      return MAPPER.writeValueAsBytes(request);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot encode params of " + method, e);
    }
  }

  @Override
  public void close() {
    http.shutdownNow();
    executor.shutdownNow();
  }
}
