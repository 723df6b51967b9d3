package org.p2poolj.web.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.p2poolj.web.graph.BinValue;
import org.p2poolj.web.graph.GraphBin;
import org.p2poolj.web.graph.GraphView;
import org.p2poolj.web.http.HttpError;
import org.p2poolj.web.http.Request;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.view.NodeView;

/**
 * {@code /web/graph_data/<stream>/<view>}: a list of {@code [center_time, value, width, default]}
 * bins, newest first, exactly as the reference's {@code DataView.get_data}.
 */
final class GraphEndpoints {
  private final NodeView view;
  private final Clock clock;

  GraphEndpoints(NodeView view, Clock clock) {
    this.view = view;
    this.clock = clock;
  }

  void register(Router r) {
    r.get("/web/graph_data/{stream}/{view}", this::graphData);
  }

  private Response graphData(Request req) {
    String stream = req.param("stream");
    GraphView gv =
        GraphView.byWireName(req.param("view"))
            .orElseThrow(
                () ->
                    HttpError.notFound(
                        "unknown view '"
                            + req.param("view")
                            + "', expected one of "
                            + Arrays.stream(GraphView.values()).map(GraphView::wireName).toList()));
    double now = clock.millis() / 1000.0;
    List<GraphBin> bins =
        view.graphs()
            .query(stream, gv, now)
            .orElseThrow(() -> HttpError.notFound("unknown graph stream '" + stream + "'"));
    List<Object> out = new ArrayList<>(bins.size());
    for (GraphBin b : bins) {
      out.add(Arrays.asList(b.centerTime(), json(b.value()), b.width(), json(b.defaultValue())));
    }
    return Response.json(out);
  }

  private static Object json(BinValue v) {
    return switch (v) {
      case BinValue.Scalar s -> s.value();
      case BinValue.Multi m -> m.values();
      case BinValue.Missing x -> null;
    };
  }
}
