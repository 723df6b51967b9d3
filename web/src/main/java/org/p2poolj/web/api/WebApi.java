package org.p2poolj.web.api;

import java.time.Clock;
import java.util.Random;
import org.p2poolj.web.graph.StatLog;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.http.StaticFiles;
import org.p2poolj.web.metrics.Metrics;
import org.p2poolj.web.view.NodeView;

/**
 * Builds the node's whole HTTP surface into one {@link Router}: the dashboard at {@code /} (and its
 * files under {@code /static/}), the reference p2pool endpoints (with {@code /web/log} from a
 * {@link StatLog}), {@code /api/v1}, and {@code /metrics}.
 */
public final class WebApi {
  public static final String STATIC_ROOT = "org/p2poolj/web/static";
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private WebApi() {}

  public static Router router(NodeView view, Metrics metrics, StatLog statLog, Clock clock) {
    Router r = new Router();
    StaticFiles files = new StaticFiles(STATIC_ROOT);
    r.get("/", files.file("index.html"));
    r.get("/share", files.file("share.html"));
    r.get("/static/{file}", files.byParam("file"));
    r.get("/metrics", req -> Response.text(PROMETHEUS_TEXT, metrics.scrape()));
    new PoolEndpoints(view, new Random()).register(r);
    r.get("/web/log", req -> Response.json(statLog.entries()));
    new LocalEndpoints(view, clock).register(r);
    new PeerEndpoints(view).register(r);
    new ShareEndpoints(view).register(r);
    new InfoEndpoints(view).register(r);
    new GraphEndpoints(view, clock).register(r);
    new ApiV1Endpoints(view).register(r);
    return r;
  }
}
