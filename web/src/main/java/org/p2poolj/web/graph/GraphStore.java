package org.p2poolj.web.graph;

import java.util.Optional;

/**
 * Where the graph history is kept between runs, as the JSON of {@link GraphCodec}. The node backs
 * it with its SQLite store ({@link MetadataGraphStore}); tests use memory.
 */
public interface GraphStore {
  Optional<String> load();

  void save(String json);

  /** A store that keeps nothing, for nodes run without persistence. */
  GraphStore NONE =
      new GraphStore() {
        @Override
        public Optional<String> load() {
          return Optional.empty();
        }

        @Override
        public void save(String json) {}
      };
}
