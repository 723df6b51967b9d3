package org.p2poolj.web.fake;

import java.net.InetSocketAddress;
import java.time.Clock;
import org.p2poolj.web.api.WebApi;
import org.p2poolj.web.graph.StatLog;
import org.p2poolj.web.http.WebServer;
import org.p2poolj.web.metrics.Metrics;

/** A {@link WebServer} on a free loopback port serving a {@link FakeNodeView}. */
public final class TestServer implements AutoCloseable {
  private final FakeNodeView view;
  private final Metrics metrics;
  private final WebServer server;
  private final StatLog statLog = new StatLog();

  public TestServer() {
    this(new FakeNodeView(Clock.systemUTC(), 7));
  }

  public TestServer(FakeNodeView view) {
    this.view = view;
    this.metrics = new Metrics(view);
    double now = view.clock().millis() / 1000.0;
    for (int i = 3; i >= 0; i--) {
      statLog.sample(view, now - i * StatLog.PERIOD_SECONDS);
    }
    this.server =
        new WebServer(
            new InetSocketAddress("127.0.0.1", 0),
            WebApi.router(view, metrics, statLog, view.clock()));
    server.start();
  }

  public FakeNodeView view() {
    return view;
  }

  public WebServer server() {
    return server;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.stop();
    metrics.close();
  }
}
