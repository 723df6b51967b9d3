package org.p2poolj.web.graph;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory graph history: every stream of {@link GraphStreams#ALL} (or a given list) in every
 * {@link GraphView}. Thread-safe; writers are the node's event hooks and the {@link GraphSampler},
 * readers the HTTP handlers. {@link GraphCodec} turns it into JSON for persistence.
 */
public final class GraphDatabase implements GraphHistory {
  private final Map<String, StreamSpec> specs = new LinkedHashMap<>();
  private final Map<String, Map<GraphView, DataView>> streams = new LinkedHashMap<>();

  public GraphDatabase() {
    this(GraphStreams.ALL);
  }

  public GraphDatabase(List<StreamSpec> streamSpecs) {
    for (StreamSpec spec : streamSpecs) {
      specs.put(spec.name(), spec);
      Map<GraphView, DataView> views = new EnumMap<>(GraphView.class);
      for (GraphView view : GraphView.values()) {
        views.put(view, new DataView(spec, view));
      }
      streams.put(spec.name(), views);
    }
  }

  /** Adds a sample to a scalar stream at Unix time {@code t} (seconds). */
  public void add(String stream, double t, double value) {
    requireSpec(stream, false);
    addRaw(stream, t, Map.of(DataView.SCALAR, value));
  }

  /** Adds a {@code {key: value}} sample to a multivalue stream. */
  public void add(String stream, double t, Map<String, Double> values) {
    requireSpec(stream, true);
    addRaw(stream, t, values);
  }

  private synchronized void addRaw(String stream, double t, Map<String, Double> values) {
    for (DataView view : streams.get(stream).values()) {
      view.add(t, values);
    }
  }

  private void requireSpec(String stream, boolean multivalue) {
    StreamSpec spec = specs.get(stream);
    if (spec == null) {
      throw new IllegalArgumentException("unknown graph stream " + stream);
    }
    if (spec.multivalue() != multivalue) {
      throw new IllegalArgumentException(
          stream + (multivalue ? " takes a number" : " takes a {key: value} map"));
    }
  }

  @Override
  public Set<String> streams() {
    return Set.copyOf(specs.keySet());
  }

  @Override
  public synchronized Optional<List<GraphBin>> query(String stream, GraphView view, double now) {
    Map<GraphView, DataView> views = streams.get(stream);
    return views == null ? Optional.empty() : Optional.of(views.get(view).data(now));
  }

  synchronized Map<String, Map<GraphView, DataView>> viewsForCodec() {
    return streams;
  }

  StreamSpec spec(String stream) {
    return specs.get(stream);
  }

  /** Replaces one view's bins (used when loading a saved history). */
  synchronized void restore(String stream, GraphView view, DataView loaded) {
    Map<GraphView, DataView> views = streams.get(stream);
    if (views != null) {
      views.put(view, loaded);
    }
  }
}
