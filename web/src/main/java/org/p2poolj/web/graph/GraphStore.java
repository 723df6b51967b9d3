package org.p2poolj.web.graph;

import java.util.Optional;

/**
 * Where the web module keeps its history between runs: named JSON documents (the graphs of {@link
 * GraphCodec} and the {@link StatLog}). The node backs it with its SQLite store ({@link
 * MetadataGraphStore}); tests use memory.
 */
public interface GraphStore {
  /** Name of the graph history document. */
  String GRAPHS = "graph_history";

  /** Name of the stat log document. */
  String STAT_LOG = "stat_log";

  Optional<String> load(String name);

  void save(String name, String json);

  /** A store that keeps nothing, for nodes run without persistence. */
  GraphStore NONE =
      new GraphStore() {
        @Override
        public Optional<String> load(String name) {
          return Optional.empty();
        }

        @Override
        public void save(String name, String json) {}
      };
}
