package org.p2poolj.web.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: one JDK {@link HttpServer} on a virtual-thread-per-request executor, every path
 * dispatched through a {@link Router}. {@link #start} and {@link #stop} are idempotent; a stopped
 * server cannot be restarted (create a new one).
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final int BACKLOG = 128;

  private enum State {
    IDLE,
    RUNNING,
    STOPPED
  }

  private final InetSocketAddress bind;
  private final Router router;
  private State state = State.IDLE;
  private HttpServer server;
  private ExecutorService executor;

  /**
   * @param bind address to listen on; port 0 picks a free port
   * @param router the routes to serve
   */
  public WebServer(InetSocketAddress bind, Router router) {
    this.bind = bind;
    this.router = router;
  }

  public synchronized void start() {
    if (state != State.IDLE) {
      return;
    }
    try {
      server = HttpServer.create(bind, BACKLOG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + bind, e);
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
    state = State.RUNNING;
    LOG.info("web server listening on http://{}:{}/", bind.getHostString(), port());
  }

  public synchronized void stop() {
    if (state != State.RUNNING) {
      state = State.STOPPED;
      return;
    }
    state = State.STOPPED;
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public void close() {
    stop();
  }

  /** The bound port (useful with port 0). */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  public synchronized boolean running() {
    return state == State.RUNNING;
  }

  private void dispatch(HttpExchange ex) {
    try (ex) {
      ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
      Response resp = respond(ex.getRequestMethod(), ex.getRequestURI());
      write(ex, resp, "HEAD".equals(ex.getRequestMethod()));
    } catch (IOException e) {
      // The client went away mid-response; nothing to tell it.
      LOG.debug("write failed: {}", e.toString());
    }
  }

  /** Routes one request; public so the routing and error mapping are tested without sockets. */
  public Response respond(String method, URI uri) {
    if ("OPTIONS".equals(method)) {
      return new Response.Bytes(204, "text/plain", new byte[0]);
    }
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return error(405, "method not allowed");
    }
    String path = uri.getPath() == null ? "/" : uri.getPath();
    Optional<Router.Match> match = router.match(path);
    if (match.isEmpty()) {
      return error(404, "not found: " + path);
    }
    try {
      return match.get().handler().handle(new Request(path, match.get().params(), query(uri)));
    } catch (HttpError e) {
      return error(e.status(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("handler for {} failed", path, e);
      return error(500, "internal error");
    }
  }

  private static Response error(int status, String message) {
    return new Response.Json(status, Map.of("error", message));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    String q = uri.getQuery();
    if (q != null) {
      for (String kv : q.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          out.put(kv.substring(0, eq), kv.substring(eq + 1));
        } else if (!kv.isEmpty()) {
          out.put(kv, "");
        }
      }
    }
    return out;
  }

  private static void write(HttpExchange ex, Response resp, boolean head) throws IOException {
    byte[] body;
    String type;
    switch (resp) {
      case Response.Json j -> {
        body = Json.bytes(j.body());
        type = "application/json";
      }
      case Response.Bytes b -> {
        body = b.body();
        type = b.contentType();
      }
    }
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    if (resp.status() == 204) {
      ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
      ex.sendResponseHeaders(204, -1);
      return;
    }
    ex.sendResponseHeaders(resp.status(), head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
