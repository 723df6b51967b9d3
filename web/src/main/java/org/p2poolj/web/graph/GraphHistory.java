package org.p2poolj.web.graph;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read side of the graph history, as the web API needs it. */
public interface GraphHistory {

  /** Names of the streams this history has. */
  Set<String> streams();

  /** Bins of a stream's view at time {@code now} (Unix seconds), newest first; empty if unknown. */
  Optional<List<GraphBin>> query(String stream, GraphView view, double now);
}
